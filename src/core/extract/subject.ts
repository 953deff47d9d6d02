/**
 * The subject of a cue when the tagger marked no source for it. Two readings of English clause
 * structure, each accepted only when the phrase is cleanly delimited:
 * - the noun phrase right before a finite cue, opening its clause ("after the police has announced",
 *   "The New York Times is expected"): a sentence start, a comma or a clause word must precede it;
 * - the subject shared by a second predicate: a cue after "and" ("Reid caucused in Nevada and says")
 *   or a participle after a comma ("Trump returned the compliment, telling Reuters") reports what
 *   the subject of the sentence's first clause said.
 * Every walk is bounded by a few dozen tokens, so the work per cue is constant.
 */
import { dateAt } from "./dates";
import { isAdverb, MAX_SUBJECT, phraseBeforeVerb, phraseEndingAt, SUBJECT_PRONOUNS } from "./noun-phrase";
import type { TokenSpan } from "./spans";
import { Kind, type Token } from "./tokenize";
import { BE, isPassive } from "./voice";

/** Longest apposition looked through ("Rep. Chris Collins, R-NY, says"). */
const MAX_APPOSITION = 30;

/**
 * The noun phrase right before a finite cue, over adverbs between ("Obama himself seemed"), or a
 * name before an apposition closed by a comma ("Rep. Chris Collins, R-NY, says": the name; the
 * source boundaries then take the apposition), or null.
 */
export function subjectBefore(tokens: readonly Token[], cue: TokenSpan, sentence: TokenSpan): TokenSpan | null {
  if (isPassive(tokens, cue)) return null;
  // "Trump at the time said", "the Kentucky Republican on Tuesday dismissed": a time between subject and verb.
  let end = timeBefore(tokens, cue.from, sentence);
  const verbGroup = end;
  while (end > sentence.from && verbGroup - end < 2 && isAdverb(tokens[end - 1]!)) end--;
  end = timeBefore(tokens, end, sentence);
  // A participle after a comma shares the subject of the clause before (sharedSubject), not an apposition's.
  const participle = tokens[cue.from]!.lower.endsWith("ing");
  if (end > sentence.from && tokens[end - 1]!.lower === ",") {
    if (participle) return null;
    for (let k = end - 2; k > sentence.from && end - k < MAX_APPOSITION; k--) {
      if (tokens[k]!.lower !== ",") continue;
      const name = phraseEndingAt(tokens, k, sentence);
      return name && tokens[name.to - 1]!.upper ? name : null;
    }
    return null;
  }
  const phrase = phraseEndingAt(tokens, end, sentence);
  // "it is not clear whether": the expletive "it" of a copula is no source.
  if (phrase && tokens[phrase.from]!.lower === "it" && BE.has(tokens[cue.from]!.lower)) return null;
  return phrase;
}

/** Dashes that set off a clause or a participle ("flipped his choice – saying"). */
const DASHES = new Set(["—", "–"]);

/** Prepositions and conjunctions before a participle that shares the clause's subject ("followed up by asking"). */
const PARTICIPLE_LINKS = new Set(["by", "while", "before", "after", "when", "without", "in"]);

/** Clause starts looked at: the sentence start and the words after its first few commas. */
const MAX_CLAUSE_STARTS = 4;

/**
 * The subject a second predicate shares with the first clause: for a cue after "and" ("Reid caucused
 * in Nevada and says") or a participle after a comma ("Trump returned the compliment, telling
 * Reuters"). The subject is the first noun phrase, at the sentence start or after a fronted phrase
 * and its comma ("Hours later, Trump returned"), that a verb group follows; null when there is none.
 */
export function sharedSubject(tokens: readonly Token[], cue: TokenSpan, sentence: TokenSpan): TokenSpan | null {
  const first = tokens[cue.from]!;
  if (first.kind !== Kind.Word || first.upper || isPassive(tokens, cue)) return null;
  let before = cue.from - 1;
  while (before > sentence.from && cue.from - before <= 2 && isAdverb(tokens[before]!)) before--;
  if (before <= sentence.from) return null;
  const link = tokens[before]!.lower;
  const participle = first.lower.endsWith("ing") && first.lower.length > 4;
  const comma = link === "," || DASHES.has(link);
  if (!(link === "and" || (participle && (comma || PARTICIPLE_LINKS.has(link))))) return null;
  if (comma && afterAbsolutePhrase(tokens, before, sentence)) return null;
  let starts = 0;
  for (let k = sentence.from; k < before && k - sentence.from < 60 && starts < MAX_CLAUSE_STARTS; k++) {
    // A clause starts the sentence or follows a comma or a dash ("WASHINGTON (AFP) – Democrat Hillary Clinton has taken").
    if (k !== sentence.from && tokens[k - 1]!.lower !== "," && !DASHES.has(tokens[k - 1]!.lower)) continue;
    starts++;
    const subject = phraseBeforeVerb(tokens, k, before);
    if (subject) return subject;
  }
  return null;
}

/**
 * "..., with a total of 627,900 cases reported, indicating a decline": a participle after an absolute
 * phrase ("with" + noun phrase + participle) comments on the fact it states, not on the clause's subject.
 */
function afterAbsolutePhrase(tokens: readonly Token[], comma: number, sentence: TokenSpan): boolean {
  for (let k = comma - 1; k >= sentence.from && comma - k <= MAX_SUBJECT + 2; k--) {
    const t = tokens[k]!;
    if (t.lower === "with") return k === sentence.from || tokens[k - 1]!.lower === ",";
    if (t.kind !== Kind.Word && t.kind !== Kind.Number) return false;
  }
  return false;
}

/**
 * "with assessments from multiple European governments noting that ...": in an absolute phrase the
 * noun phrase between "with" and the participle is the participle's subject; null when the cue is no
 * "-ing" participle or no "with" opens the phrase (within a few words, no clause break between).
 */
export function absoluteSubject(tokens: readonly Token[], cue: TokenSpan, sentence: TokenSpan): TokenSpan | null {
  const first = tokens[cue.from]!;
  if (first.kind !== Kind.Word || first.upper || !first.lower.endsWith("ing") || first.lower.length <= 4) return null;
  for (let k = cue.from - 1; k > sentence.from && cue.from - k <= MAX_SUBJECT; k--) {
    const t = tokens[k]!;
    if (t.kind !== Kind.Word && t.kind !== Kind.Number) return null;
    if (t.lower === "with") return k + 1 < cue.from && !isAdverb(tokens[cue.from - 1]!) ? { from: k + 1, to: cue.from } : null;
  }
  return null;
}

/** Speech verbs that take no object, so a noun phrase after them is their inverted subject. */
const INVERTED_SPEECH = new Set(["said", "says", "say", "added", "adds", "wrote", "writes", "argued", "argues", "noted", "notes", "explained", "explains", "recalled", "recalls"]);

/** Words that may open the subject after an inverted cue ("said Mattie Thomas", "says a source involved in ..."). */
const DETERMINERS = new Set(["the", "a", "an", "one", "another", "his", "her", "their", "its", "two", "three", "several", "some", "many"]);

/**
 * '“...,” said DeSantis, who was elected ...': a cue right after a closing quotation mark
 * and followed by a name or a determined noun phrase is inverted; its subject follows it, up to a
 * comma, a quotation mark or the sentence end (the source boundaries then add an apposition).
 */
export function subjectAfter(tokens: readonly Token[], cue: TokenSpan, sentence: TokenSpan): TokenSpan | null {
  // Only right after the quotation it reports ('“...,” said X'): after a plain comma the phrase is
  // as often an object ("Schilling's son, Grant, defended his father").
  // The quotation may end its own sentence ('“... from him?” asked Bennett').
  const before = tokens[cue.from - 1];
  // "..., said several observers.": a speech verb after a comma is inverted when its phrase ends the sentence.
  const commaInversion = !!before && before.lower === "," && cue.to - cue.from === 1 && INVERTED_SPEECH.has(tokens[cue.from]!.lower);
  if (!before || (before.kind !== Kind.CloseQuote && !commaInversion)) return null;
  const first = tokens[cue.to];
  if (!first || cue.to >= sentence.to || first.kind !== Kind.Word || !(first.upper || DETERMINERS.has(first.lower)) || SUBJECT_PRONOUNS.has(first.lower)) return null;
  let to = cue.to;
  while (to < sentence.to && to - cue.to < MAX_SUBJECT + 6) {
    const t = tokens[to]!;
    if (t.lower === "," || t.lower === "." || t.lower === ";" || t.lower === ":" || t.lower === "that" || t.kind === Kind.OpenQuote || t.kind === Kind.CloseQuote) break;
    to++;
  }
  const end = tokens[to];
  if (to === cue.to || (to < sentence.to && end!.lower !== "," && end!.lower !== ".")) return null;
  if (commaInversion && to < sentence.to && end!.lower !== ".") return null;
  return { from: cue.to, to };
}

/** Longest time expression looked for between a subject and its verb. */
const MAX_TIME = 4;

/** The start of a time expression that ends at `end` ("on Tuesday", "last week", "at the time"), or `end` when there is none. */
function timeBefore(tokens: readonly Token[], end: number, sentence: TokenSpan): number {
  if (end - 3 >= sentence.from && tokens[end - 3]!.lower === "at" && tokens[end - 2]!.lower === "the" && tokens[end - 1]!.lower === "time") return end - 3;
  let start = end;
  for (let k = end - 1; k >= sentence.from && end - k <= MAX_TIME; k--) if (dateAt(tokens, k, end) === end - k) start = k;
  return start;
}
