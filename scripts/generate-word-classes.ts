/**
 * Writes src/core/extract/model/word-classes.json: a coarse word class (verb form, noun, adjective,
 * role noun, organisation word, function word) for the common English words of compromise's built-in
 * lexicon, so that the tagger generalises to words PolNeAR's train split never showed it (a reporting
 * verb of another field, a title it did not see). Proper names, places and other capitalised entries
 * are left out: the tagger reads capitalisation from the token's shape.
 *
 *   npx tsx scripts/generate-word-classes.ts
 */
import { writeFileSync } from "node:fs";
import nlp from "compromise";
import { WORD_CLASSES } from "../src/core/extract/word-classes";

const OUT = "src/core/extract/model/word-classes.json";

// compromise tags (first match wins) -> our class names (see WORD_CLASSES).
const MAPPING: Array<[string, string]> = [
  ["Modal", "modal"],
  ["Copula", "auxiliary"],
  ["Auxiliary", "auxiliary"],
  ["Pronoun", "pronoun"],
  ["Possessive", "pronoun"],
  ["Determiner", "determiner"],
  ["Preposition", "preposition"],
  ["Conjunction", "conjunction"],
  ["QuestionWord", "conjunction"],
  ["Actor", "role"],
  ["Organization", "organisation"],
  ["Participle", "participle"],
  ["PastTense", "past"],
  ["PresentTense", "present"],
  ["Gerund", "gerund"],
  ["Infinitive", "infinitive"],
  ["Plural", "plural"],
  ["Singular", "singular"],
  ["Uncountable", "singular"],
  ["Noun", "singular"],
  ["Comparative", "adjective"],
  ["Superlative", "adjective"],
  ["Adjective", "adjective"],
  ["Adverb", "adverb"],
];
const SKIP = ["ProperNoun", "Person", "FirstName", "LastName", "MaleName", "FemaleName", "Place", "City", "Country", "Region", "SportsTeam", "Demonym", "Emoticon", "Abbreviation", "Value", "Date", "Month", "WeekDay", "Unit", "Currency", "Expression"];

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const byClass = new Map<string, string[]>(WORD_CLASSES.map((name) => [name, []]));
for (const [word, tagField] of Object.entries(lexicon)) {
  if (!/^[a-z][a-z'-]*$/.test(word)) continue; // single lowercase words only
  const tags = Array.isArray(tagField) ? tagField : String(tagField).split(",");
  if (tags.some((t) => SKIP.includes(t))) continue;
  const hit = MAPPING.find(([tag]) => tags.includes(tag));
  if (hit) byClass.get(hit[1])!.push(word);
}
// Auxiliaries compromise tags as verbs: keep them apart from the reporting verbs they precede.
for (const word of ["be", "is", "are", "was", "were", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did"]) {
  for (const list of byClass.values()) {
    const at = list.indexOf(word);
    if (at >= 0) list.splice(at, 1);
  }
  byClass.get("auxiliary")!.push(word);
}
const words: Record<string, string> = {};
for (const [name, list] of byClass) words[name] = [...new Set(list)].sort().join(" ");
writeFileSync(OUT, JSON.stringify({ version: 1, words }, null, 0) + "\n");
console.log(`wrote ${OUT}: ${[...byClass].map(([name, list]) => `${name} ${list.length}`).join(", ")}`);
