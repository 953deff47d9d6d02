/**
 * Source boundaries as PolNeAR marks them, applied to the span the tagger found. A name keeps its
 * descriptive apposition ("Alan Abramowitz, a demographer at Emory University"; before the cue with
 * the comma that closes it: "Huma Abedin, vice chairwoman for the campaign, emailed") and a relative
 * clause that gives a role ("Jon Ralston, who runs a newsletter"), but not an adverbial or a clause
 * of what they did ("Trump, in Kentucky,", "Cruz, who has seen his lead fall,"), and a bare name
 * loses a trailing comma ("Mike Murphy, praised"). Every scan is bounded by a few dozen tokens.
 */
import { LY_NOUNS } from "./noun-phrase";
import { PRONOUNS } from "./source-type";
import type { TokenSpan } from "./spans";
import { Kind, type Token } from "./tokenize";

const RELATIVES = new Set(["who", "which", "that"]);

/** Longest apposition taken (bounded work per claim; PolNeAR's longest are about this long). */
const MAX_APPOSITION = 40;

/** First words of a phrase after "Name," that is not a description of the speaker. */
const NOT_APPOSITION = new Set([
  "of", "in", "from", "by", "at", "on", "for", "with", "to", "and", "but", "or", "however", "too", "though", "meanwhile",
  "who", "which", "whose", "where", "when", "after", "before", "while", "as", "if", "then", "also", "instead", "still",
  "although", "because", "said", "says", "told", "tells", "wrote", "added", "is", "was", "has",
  "had", "will", "would", "according", "citing", "not", "now", "jr", "jr.", "sr", "sr.", "he", "she",
  "they", "it", "i", "we", "you", "this", "that", "these", "those", "there", "here",
]);

/** Verbs of a relative clause that states a role: "who is", "who was", "who runs", "who chairs". */
const ROLE_VERBS = new Set([
  "is", "was", "are", "were", "has", "had", "runs", "ran", "chairs", "chaired", "leads", "led", "heads", "headed", "directs",
  "directed", "works", "worked", "serves", "served", "represents", "represented", "tracks", "teaches", "taught", "oversees",
  "oversaw", "manages", "managed", "hosts", "owns", "advises", "advised", "studies", "covers", "co-founded", "founded",
  "specializes", "lives", "grew", "attended", "helped", "spent", "organized",
]);

/** After "who" / "whose": a role verb first (an adverb or a noun may come between: "whose district includes"). */
function isRoleClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 3); k++) {
    const lower = tokens[k]!.lower;
    if (ROLE_VERBS.has(lower) || lower === "includes") {
      // "who has seen", "who has made": a perfect tense tells what they did, not what they are.
      const next = tokens[k + 1]?.lower ?? "";
      return !((lower === "has" || lower === "had") && next !== "been");
    }
  }
  return false;
}

/** Whether tokens [from, to) read as a descriptive apposition of a name. */
function isApposition(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  const first = tokens[from]!;
  // An age opens an apposition ("Sara Walker, 44, a home-care aide from Nashua").
  if (first.kind === Kind.Number) return true;
  // A relative clause that gives the speaker's role describes them too ("Jon Ralston, who runs a
  // newsletter"); one that tells what they did or think does not ("Cruz, who has seen his lead ...").
  if (first.lower === "who" || first.lower === "whose") return to > from + 1 && isRoleClause(tokens, from + 1, to);
  if (first.kind !== Kind.Word || NOT_APPOSITION.has(first.lower)) return false;
  // A participle opens a clause ("adding that ...", "speaking to reporters"), not a description.
  if (!first.upper && (first.lower.endsWith("ing") || first.lower.endsWith("ed")) && first.lower.length > 4) return false;
  for (let k = from; k < to && k - from < MAX_APPOSITION; k++) if (tokens[k]!.kind === Kind.OpenQuote || tokens[k]!.kind === Kind.CloseQuote) return false;
  return true;
}

/** Before the cue an age or a relative clause counts too ("Clinton, 35, the daughter of ...,", "Chris Cox, who runs ...,"). */
function isPreCueApposition(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from]!;
  if (first.kind === Kind.Number) return to > from;
  return isApposition(tokens, from, to);
}

/** A source ends with a name: its last word is capitalised or a closing parenthesis ("Rep. Jim Clyburn (D-S.C.)"). */
function endsWithName(tokens: readonly Token[], source: TokenSpan): boolean {
  const last = tokens[source.to - 1]!;
  if (source.to - source.from === 1 && PRONOUNS.has(last.lower)) return false;
  return last.upper || last.lower === ")" || last.lower === ".";
}

/** The first comma in [from, to), or -1. */
function commaIn(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to && k - from < MAX_APPOSITION; k++) if (tokens[k]!.lower === ",") return k;
  return -1;
}

/**
 * Adjusts a linked source's end to PolNeAR's conventions: a descriptive apposition is kept (extended
 * when the tagger stopped at the name), a non-descriptive one is cut, and the closing comma of an
 * apposition before the cue is part of the source.
 */
export function adjustSourceEnd(tokens: readonly Token[], source: TokenSpan, cue: TokenSpan, sentence: TokenSpan): TokenSpan {
  const before = source.to <= cue.from;
  const limit = before ? cue.from : sentence.to;
  const trimmed = trailingCommaCut(tokens, before ? trailingAdverbCut(tokens, source) : occasionCut(tokens, source));
  const firstComma = commaIn(tokens, source.from + 1, trimmed.to);
  if (before) {
    // The tagger's source already holds an apposition: it keeps the comma that closes it, unless
    // what follows the name is an adverbial ("Trump, in Kentucky, said").
    if (firstComma >= 0) {
      const name = { from: source.from, to: firstComma };
      // "Obama, he said": the pronoun is the subject of the cue.
      // A relative pronoun is the subject of its own clause ("Ted Cruz, who last year threatened"), not of a
      // cue after that clause has closed ("Mr. Kirk, who still speaks with difficulty, also noted").
      const relative = RELATIVES.has(tokens[firstComma + 1]!.lower);
      if (relative && tokens[cue.from - 1]?.lower !== ",") return { from: firstComma + 1, to: firstComma + 2 };
      if (trimmed.to === firstComma + 2 && PRONOUNS.has(tokens[firstComma + 1]!.lower) && !relative) return { from: firstComma + 1, to: trimmed.to };
      if (endsWithName(tokens, name) && !isPreCueApposition(tokens, firstComma + 1, trimmed.to)) return name;
      return tokens[trimmed.to]?.lower === "," && trimmed.to < limit ? { from: source.from, to: trimmed.to + 1 } : trimmed;
    }
    // "Name, title, cue" or "Name, title, emailed ..., telling": the apposition closes with a comma
    // before the predicate ("Trump, in Kentucky, said" is an adverbial, not an apposition).
    if (tokens[trimmed.to]?.lower !== "," || trimmed.to >= limit || !endsWithName(tokens, trimmed)) return trimmed;
    const start = trimmed.to + 1;
    if (!isPreCueApposition(tokens, start, limit)) return trimmed;
    for (let k = start + 1; k < limit && k - start < MAX_APPOSITION; k++) {
      if (tokens[k]!.lower === "," && startsPredicate(tokens[k + 1])) return { from: source.from, to: k + 1 };
    }
    return trimmed;
  }
  // "said Name, title of the office." The apposition runs to the sentence end, or to a clause that
  // continues the sentence (", adding ...", a quotation); an age or a home town is left out.
  const nameEnd = firstComma >= 0 ? firstComma : trimmed.to;
  const name: TokenSpan = { from: source.from, to: nameEnd };
  if (tokens[nameEnd]?.lower !== "," || nameEnd >= limit || !endsWithName(tokens, name)) return trimmed;
  // Only '“...,” said Name, title.': after "According to Name," the reported clause follows.
  const beforeCue = tokens[cue.from - 1];
  if (tokens[cue.from]!.lower === "according") return closedApposition(tokens, source, nameEnd, limit) ?? trimmed;
  if (!beforeCue || (beforeCue.lower !== "," && beforeCue.kind !== Kind.CloseQuote)) return trimmed;
  const start = nameEnd + 1;
  let end = start;
  while (end < limit && end - start < MAX_APPOSITION) {
    const t = tokens[end]!;
    if (t.kind === Kind.OpenQuote || t.kind === Kind.CloseQuote || t.lower === ";" || t.lower === ":") break;
    if (t.lower === "," && end + 1 < limit && !isApposition(tokens, end + 1, limit)) break;
    end++;
  }
  // An apposition closed by a comma keeps it ("said Ed Rendell, a former governor, who ..."), as before the cue.
  const closedByComma = tokens[end]?.lower === "," && end < limit;
  while (end > start && (tokens[end - 1]!.lower === "." || tokens[end - 1]!.lower === ",")) end--;
  if (end - start >= MAX_APPOSITION || !isApposition(tokens, start, end)) return name;
  return { from: source.from, to: closedByComma ? end + 1 : end };
}

/**
 * "According to John Smith, a spokesman for the ministry, the plan failed": after "according to" an
 * apposition is the source's only when a comma closes it before the reported clause; null otherwise.
 */
/** A described role opens with an article ("a spokesman for the ministry"); other phrases after the comma are the clause. */
const ROLE_OPENERS = new Set(["a", "an", "the"]);

function closedApposition(tokens: readonly Token[], source: TokenSpan, nameEnd: number, limit: number): TokenSpan | null {
  const start = nameEnd + 1;
  for (let k = start + 1; k < limit - 1 && k - start < MAX_APPOSITION; k++) {
    const t = tokens[k]!;
    if (t.kind === Kind.OpenQuote || t.kind === Kind.CloseQuote || t.lower === ";" || t.lower === ":" || RELATIVES.has(t.lower)) return null;
    if (t.lower === ",") return ROLE_OPENERS.has(tokens[start]!.lower) && isApposition(tokens, start, k) ? { from: source.from, to: k } : null;
  }
  return null;
}

/** Words that continue a noun phrase after a comma rather than start its predicate. */
const NOT_PREDICATE = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "who", "whose", "which", "of", "in", "at", "for", "from", "with", "and", "or", "on", "by", "to", "as", "one", "now", "then", "formerly"]);

/** "..., said", "..., also praised": a lowercase word after the apposition's comma opens the predicate. */
function startsPredicate(token: Token | undefined): boolean {
  return !!token && token.kind === Kind.Word && !token.upper && !NOT_PREDICATE.has(token.lower);
}

/** "Kasich jokingly", "Trump subsequently": an "-ly" adverb after the noun phrase belongs to the predicate, not the source. */
function trailingAdverbCut(tokens: readonly Token[], source: TokenSpan): TokenSpan {
  let to = source.to;
  while (to - source.from > 1 && source.to - to < 2 && isLyAdverb(tokens[to - 1]!)) to--;
  return to === source.to ? source : { from: source.from, to };
}

/** Prepositions that open the occasion of a report ("in a statement", "at the time", "on Twitter"). */
const OCCASION_PREPOSITIONS = new Set(["in", "at", "on", "during", "via", "through"]);

/** Nouns of the occasion or medium of a report, not of the speaker's affiliation ("at the University of ..."). */
const OCCASIONS = new Set([
  "statement", "statements", "interview", "interviews", "release", "email", "e-mail", "speech", "tweet", "tweets", "twitter",
  "facebook", "post", "time", "conference", "call", "briefing", "rally", "letter", "appearance", "hearing", "remarks",
  "debate", "event", "meeting", "message", "video", "podcast", "broadcast", "op-ed", "column", "memo", "filing", "text",
]);

/** "said House Speaker Paul Ryan in a statement", "said Rep. Bobby Scott at the time": the occasion is not the speaker. */
function occasionCut(tokens: readonly Token[], source: TokenSpan): TokenSpan {
  for (let k = source.from + 1; k < source.to - 1 && k - source.from < MAX_APPOSITION; k++) {
    if (!OCCASION_PREPOSITIONS.has(tokens[k]!.lower)) continue;
    for (let j = k + 1; j < Math.min(source.to, k + 4); j++) {
      if (OCCASIONS.has(tokens[j]!.lower)) return { from: source.from, to: k };
    }
  }
  return source;
}

function isLyAdverb(token: Token): boolean {
  if (token.kind !== Kind.Word || token.upper) return false;
  const w = token.lower;
  return w.length > 4 && w.endsWith("ly") && !LY_NOUNS.has(w);
}

/** "Mike Murphy," -> "Mike Murphy": a trailing comma belongs to the sentence, not the name. */
function trailingCommaCut(tokens: readonly Token[], source: TokenSpan): TokenSpan {
  return source.to - source.from > 1 && tokens[source.to - 1]!.lower === "," ? { from: source.from, to: source.to - 1 } : source;
}

