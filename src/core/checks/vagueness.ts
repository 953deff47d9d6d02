/**
 * How vague a source is, from its own words. "experts" and "these assessments" name nobody;
 * "sources familiar with the matter" say only that someone has access; "U.S. officials" and
 * "Pentagon officials" give an affiliation. The head noun decides whether a phrase is a vague source at
 * all, so a name or an ordinary noun phrase is never taken for one.
 */

export type Vagueness = "high" | "medium" | "low";

/** Heads that stand for a hidden informant: "sources said", "a source said", "reports say". */
const ANONYMOUS_HEADS = new Set(["source", "sources", "insiders", "rumors", "rumours", "reports", "whispers"]);
/**
 * Heads for an unnamed crowd: "some believe", "many of his supporters". They voice opinions rather
 * than hide an informant, so they count as vague, but not as the most vague.
 */
const CROWD_HEADS = new Set(["people", "person", "someone", "somebody", "some", "many", "others", "few", "most"]);
/** Heads that name a kind of person or document, but not which one. */
const GENERIC_HEADS = new Set([
  "expert", "experts", "analyst", "analysts", "official", "officials", "observer", "observers", "assessment",
  "assessments", "estimate", "estimates", "researcher", "researchers", "scientist", "scientists", "critic", "critics",
  "diplomat", "diplomats", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "insider",
  "spokesperson", "spokesman", "spokeswoman", "governments", "commentators", "economists", "strategists",
  "intelligence", "studies", "documents", "report", "study", "survey", "data", "figures", "witnesses", "residents", "lawmakers", "staffers", "members",
]);
/** Words before the head that leave it unnamed: determiners, quantifiers, ranks. */
const EMPTY_MODIFIERS = new Set([
  "a", "an", "another", "the", "these", "those", "this", "that", "some", "several", "many", "multiple", "various", "numerous",
  "few", "two", "three", "four", "five", "other", "unnamed", "anonymous", "unidentified", "independent", "senior",
  "top", "high-ranking", "ranking", "leading", "prominent", "certain", "most", "one", "knowledgeable", "outside",
  "western", "foreign", "local", "international", "european", "american", "u.s.", "us", "informed", "well-placed",
]);
/** Heads for documents: named when their author is ("a Reuters survey", "a report by the Institute"). */
const DOCUMENT_HEADS = new Set(["report", "reports", "study", "studies", "survey", "data", "figures", "estimate", "estimates", "assessment", "assessments", "documents", "analysis", "poll"]);
/** Records rather than people: relaying them hides less than relaying an unnamed person. */
export const ARTIFACT_HEADS = new Set(["documents", "data", "records", "filings", "emails", "memo", "memos", "census"]);
/** What the source is said to know, without saying who it is. */
const ACCESS = /\b(?:familiar with|close to|with knowledge of|briefed on|knowledgeable about|involved in|aware of)\b/i;
const STATEMENT = /^it\s+(?:is|was|has been|had been)\s+(?:widely\s+)?(?:believed|said|reported|understood|thought|rumou?red|alleged|claimed)\b/i;

/** Answers already given: articles name the same few sources ("officials", "he", "Trump") again and again. */
const answers = new Map<string, Vagueness | null>();
const ANSWER_LIMIT = 20_000;

/** The vagueness of a source phrase, or null when it names someone (or is not a source phrase at all). */
export function vaguenessOf(phrase: string): Vagueness | null {
  const known = answers.get(phrase);
  if (known !== undefined) return known;
  const answer = judgeVagueness(phrase);
  if (answers.size >= ANSWER_LIMIT) answers.clear();
  answers.set(phrase, answer);
  return answer;
}

function judgeVagueness(phrase: string): Vagueness | null {
  const trimmed = phrase.trim().replace(/[,.;:]+$/, "");
  if (trimmed.length === 0 || trimmed.length > 120) return null;
  if (STATEMENT.test(trimmed)) return "high";
  // "Quentin Kidd, a political scientist", "Obama, others", "Trump and his aides": someone is named.
  const parts = trimmed.split(/,\s+|\s+and\s+/);
  if (parts.some(isProperName)) return null;
  return vaguenessOfPart(parts[0]!);
}

function vaguenessOfPart(part: string): Vagueness | null {
  const head = headPhrase(part);
  const words = head.split(/\s+/);
  const headWord = words[words.length - 1]!;
  const headNoun = headWord.toLowerCase();
  const anonymous = ANONYMOUS_HEADS.has(headNoun);
  if (!anonymous && !GENERIC_HEADS.has(headNoun) && !CROWD_HEADS.has(headNoun)) return null;
  const modifiers = words.slice(0, -1);
  const tail = (affiliationOf(part) ?? "").split(/\s+/).filter((word) => !/^(?:matter|situation|case|talks|the|of|and)$/i.test(word));
  const namesOrganisation = (word: string): boolean => !EMPTY_MODIFIERS.has(word.toLowerCase()) && /^[A-Z]/.test(word) && !isDemonym(word);
  // "The Charlotte Observer" is a name; "a Reuters survey" and "a report by the Institute" name their author.
  if (/^[A-Z]/.test(headWord) && modifiers.some(namesOrganisation)) return null;
  const after = part.slice(head.length).split(/\s+/);
  if (DOCUMENT_HEADS.has(headNoun) && (modifiers.some(namesOrganisation) || after.some(namesOrganisation))) return null;
  const possessive = [...modifiers, ...tail].some((word) => /^(?:his|her|their|its)$/i.test(word) || /['’]s$/.test(word));
  const affiliated = possessive || modifiers.some(namesOrganisation) || tail.some(namesOrganisation);
  const qualified = modifiers.some((word) => !EMPTY_MODIFIERS.has(word.toLowerCase()));
  if (affiliated) return "low";
  if (ACCESS.test(part)) return "medium";
  if (anonymous && !qualified) return "high";
  return "medium";
}

/** "Quentin Kidd", "Obama": capitalised words that are not a determiner, a quantifier or a vague head. */
function isProperName(part: string): boolean {
  const words = part.trim().split(/\s+/);
  if (words.length === 0 || words.length > 5) return false;
  return words.every((word) => /^[A-Z][\w.'’-]*$/.test(word) && !EMPTY_MODIFIERS.has(word.toLowerCase()) && !isDemonym(word)) &&
    !words.some((word) => ANONYMOUS_HEADS.has(word.toLowerCase()) || GENERIC_HEADS.has(word.toLowerCase()) || CROWD_HEADS.has(word.toLowerCase()));
}

/** The noun phrase before any "from …", "familiar with …", "who …" tail: "assessments from X" → "assessments". */
function headPhrase(phrase: string): string {
  const cut = /\s(?:by|from|of|at|in|with|familiar|close|who|that|said|says|according|briefed|knowledgeable|involved|aware)\b/i.exec(phrase);
  return (cut ? phrase.slice(0, cut.index) : phrase).trim();
}

function isDemonym(word: string): boolean {
  return /^(?:[A-Z][a-z]+(?:an|ean|ian|ese|ish|ic|i)|U\.S\.|US|EU|UN|Western|Eastern|Arab|Allied)$/.test(word);
}

/**
 * "these assessments", "the data": a definite phrase points back to something named earlier. It is
 * as vague as its antecedent, the nearest earlier mention of the same head noun; with none, the
 * reader presumably knows what is meant and it is not vague.
 */
export function vaguenessInContext(phrase: string, textBefore: string): Vagueness | null {
  const own = vaguenessOf(phrase);
  if (!own) return null;
  const definite = /^(?:the|these|those|this|that)\s+(\S+)$/i.exec(headPhrase(phrase.trim()));
  if (!definite) return own;
  const stem = definite[1]!.toLowerCase().slice(0, 5);
  const mentions = [...textBefore.matchAll(/[A-Za-z]+/g)].filter((m) => m[0].toLowerCase().startsWith(stem));
  const antecedent = mentions[mentions.length - 1];
  if (!antecedent) return null;
  const tail = textBefore.slice(antecedent.index, antecedent.index + 80).split(/[,.;:]/)[0]!;
  // "The State Department published data": the antecedent's own sentence names who it comes from.
  const sentenceStart = Math.max(textBefore.lastIndexOf(".", antecedent.index), textBefore.lastIndexOf("\n", antecedent.index)) + 1;
  const lead = textBefore.slice(sentenceStart, antecedent.index).trim().split(/\s+/).slice(1);
  if (lead.some((word) => /^[A-Z][a-z]/.test(word) && !isDemonym(word.replace(/[^A-Za-z.]/g, "")))) return null;
  // Modifiers of the antecedent ("multiple European assessments"), read backwards until another word.
  const modifiers: string[] = [];
  const words = textBefore.slice(Math.max(0, antecedent.index - 60), antecedent.index).split(/\s+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0 && modifiers.length < 3; i--) {
    const word = words[i]!;
    if (!/^[A-Za-z.-]+$/.test(word) || !(/^[A-Z]/.test(word) || EMPTY_MODIFIERS.has(word.toLowerCase()))) break;
    modifiers.unshift(word);
  }
  return vaguenessOf([...modifiers, tail].join(" ").replace(/^(?:the|these|those|this|that)\s+/i, ""));
}

/** The tail of a source phrase that names an affiliation: "assessments from multiple European governments". */
export function affiliationOf(phrase: string): string | null {
  const from = /\s(?:by|from|of|at|in)\s+(.+)$/i.exec(phrase.trim());
  return from ? from[1]! : null;
}
