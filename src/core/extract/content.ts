/**
 * The content of an attribution: what follows the cue ("said that ...", a quotation, even over
 * paragraphs) or what precedes it ('“...,” he said', "..., according to X"), without the dateline,
 * the relay clause or a trailing participial clause.
 */
import { DASHES, RELAY_CUES, type QuoteIndex, type TokenSpan } from "./spans";
import { Kind, type Token } from "./tokenize";

/** "KYIV, Ukraine (AP) — Russian forces ...": the dateline before the dash is not content. */
function skipDateline(tokens: readonly Token[], sentence: TokenSpan): number {
  const first = tokens[sentence.from]!;
  // A dateline opens its paragraph with a capitalised place followed by a comma or a parenthesis.
  const second = tokens[sentence.from + 1];
  if (!first.paragraphStart || !first.upper || !second || (second.lower !== "," && second.lower !== "(")) return sentence.from;
  for (let k = sentence.from + 1; k < Math.min(sentence.to, sentence.from + 10); k++) {
    const t = tokens[k]!;
    if (t.lower === "—" || t.lower === "–" || t.lower === "-") return k + 1;
  }
  return sentence.from;
}

const SENTENCE_END = new Set([".", "!", "?"]);

/**
 * Participles that open a second report (", adding that ...", ", saying ..."), which ends the content;
 * other participles continue it (", including speeches", ", leading the GOP field").
 */
const REPORTING_PARTICIPLES = new Set([
  "adding", "saying", "calling", "noting", "arguing", "citing", "quoting", "telling", "writing", "claiming", "insisting",
  "warning", "asking", "explaining", "referring", "describing", "accusing", "urging", "suggesting", "declaring",
  "stating", "acknowledging", "admitting", "denying", "pointing", "praising", "criticizing", "blaming", "vowing",
  "promising", "predicting", "asserting", "contending", "charging", "stressing", "emphasizing", "recalling", "joking",
]);

/** Words after ", X said," that start a new clause rather than continue the reported one. */
const NEW_CLAUSE = new Set(["and", "but", "while", "as", "because", "although", "though", "so", "which", "who", "according", "citing", "quoting", "when", "after", "before"]);

function parentheticalContinues(token: Token | undefined): boolean {
  return !!token && token.kind !== Kind.OpenQuote && !NEW_CLAUSE.has(token.lower) && !REPORTING_PARTICIPLES.has(token.lower);
}

/** Words that open a phrase of place, time or manner between a cue and its "that" clause. */
const PHRASE_OPENERS = new Set(["in", "during", "at", "on", "for", "from", "after", "before", "however", "though", "also", "earlier", "later"]);

/**
 * "claimed in an interview with Breitbart News that ...", "said at the time that ...": the phrase
 * between the cue and "that" is not content; the "that" clause is. Only words and commas may come between.
 */
function thatAfterPhrase(tokens: readonly Token[], from: number, end: number): number {
  if (!PHRASE_OPENERS.has(tokens[from]?.lower ?? "")) return from;
  for (let k = from + 1; k < end && k - from < 16; k++) {
    const t = tokens[k]!;
    if (t.lower === "that") return k;
    if (t.kind !== Kind.Word && t.kind !== Kind.Number && t.lower !== ",") return from;
  }
  return from;
}

/** Past-tense reporting verbs and subject pronouns that open a second predicate or clause after "and". */
const NEW_PREDICATE = new Set(["said", "told", "wrote", "called", "accused", "added", "urged", "argued", "warned", "noted", "praised", "criticized", "vowed", "promised", "insisted", "asked", "suggested", "declared", "he", "she", "they"]);

/** After a comma a subject pronoun opens a clause that may continue the report ("if elected, he would ..."). */
const PRONOUN_SUBJECTS = new Set(["he", "she", "they"]);

function startsNewPredicate(token: Token): boolean {
  return token.kind === Kind.Word && !token.upper && NEW_PREDICATE.has(token.lower);
}

export function contentOf(tokens: readonly Token[], quotes: QuoteIndex, cue: TokenSpan, source: TokenSpan | null, sentence: TokenSpan): TokenSpan | null {
  // '“...” ― Name': the quotation before the dash, which may end the previous sentence.
  if (DASHES.has(tokens[cue.from]!.lower) && cue.from > 0 && tokens[cue.from - 1]!.kind === Kind.CloseQuote) {
    const open = quotes.openBefore[cue.from - 1]!;
    return open >= 0 && cue.from - open < 400 ? { from: open, to: cue.from } : null;
  }
  const first = Math.min(cue.from, source?.from ?? cue.from);
  const last = Math.max(cue.to, source?.to ?? cue.to);
  let words = 0;
  // Counts stop early: every loop per cue is bounded so that many cues in one sentence stay linear.
  for (let i = last; i < sentence.to && words < 2 && i - last < 50; i++) if (tokens[i]!.kind !== Kind.Punct) words++;
  let wordsBefore = 0;
  for (let i = sentence.from; i < first && wordsBefore < 3; i++) if (tokens[i]!.kind !== Kind.Punct) wordsBefore++;
  // "..., according to X on Monday, citing Y." reports what comes before the comma.
  const after = tokens[last]?.lower;
  // '“...,” Zelensky said in his nightly address.': a quotation closes just before the source and cue.
  const quoteBefore = first > sentence.from + 1 && (tokens[first - 1]!.kind === Kind.CloseQuote || (tokens[first - 1]!.lower === "," && tokens[first - 2]!.kind === Kind.CloseQuote));
  // 'On ABC Tuesday, he said, “I never said ...”': a quotation that opens right after the cue is its content.
  const quoteAfter = (after === "," || after === ":") && tokens[last + 1]?.kind === Kind.OpenQuote;
  const trailing =
    quoteBefore || (!quoteAfter && first > sentence.from && tokens[first - 1]!.lower === "," && wordsBefore >= 3 && (after === "," || after === "on" || after === "in"));
  // "Peskov told reporters:" and the quotation opens the next paragraph.
  const colonThenQuote = tokens[sentence.to - 1]!.lower === ":" && tokens[sentence.to]?.kind === Kind.OpenQuote;
  if (colonThenQuote && last >= sentence.to - 3) {
    const close = quotes.closeAfter[sentence.to]!;
    if (close >= 0 && close - sentence.to < 400) return { from: sentence.to, to: close + 1 };
  }
  if (words >= 2 && !trailing) {
    let from = last;
    while (from < sentence.to && from - last < 20 && (tokens[from]!.lower === "," || tokens[from]!.lower === ":")) from++;
    // "reported, citing three people briefed on the talks, that ...": the relay clause is not content.
    if (RELAY_CUES.has(tokens[from]?.lower ?? "")) {
      for (let k = from + 1; k < Math.min(sentence.to, from + 16); k++) {
        if (tokens[k]!.lower === ",") {
          from = k + 1;
          break;
        }
      }
    }
    from = thatAfterPhrase(tokens, from, sentence.to);
    let to = sentence.to;
    while (to > from && SENTENCE_END.has(tokens[to - 1]!.lower)) to--;
    // "..., saying that ..." / "..., according to ...": a trailing participial clause is not content.
    for (let k = from + 1; k + 1 < to && k - from < 200; k++) {
      const next = tokens[k + 1]!;
      // ", said he agrees": the predicate of the clause the cue's relative clause sits in.
      const predicate = startsNewPredicate(next) && !PRONOUN_SUBJECTS.has(next.lower);
      if (tokens[k]!.lower === "," && !next.inQuote && (predicate || (k >= from + 3 && (REPORTING_PARTICIPLES.has(next.lower) || next.lower === "according")))) {
        to = k;
        break;
      }
      // "... he found Trump charming and called his standing unheard of": a second predicate of the
      // speaker, or a new clause with a pronoun subject, is not part of what was said.
      if (tokens[k]!.lower === "and" && !tokens[k]!.inQuote && startsNewPredicate(next)) {
        to = tokens[k - 1]!.lower === "," ? k - 1 : k;
        break;
      }
    }
    // A quotation that opens here runs to its closing mark, even over sentences and paragraphs
    // (a paragraph that continues a quotation reopens it without closing the previous one).
    if (tokens[from]?.kind === Kind.OpenQuote) {
      const close = quotes.closeAfter[from]!;
      if (close >= 0 && close - from < 400) to = Math.max(to, close + 1);
    }
    return to > from ? { from, to } : null;
  }
  // "In his state, Christie said, nonviolent offenders are sent to treatment": a cue set off by commas
  // inside the sentence; PolNeAR's content is both parts, scored as the covering span.
  if (!quoteBefore && after === "," && words >= 2 && parentheticalContinues(tokens[last + 1])) {
    let end = sentence.to;
    while (end > last && SENTENCE_END.has(tokens[end - 1]!.lower)) end--;
    const start = skipDateline(tokens, sentence);
    if (end - last > 2 && start < first) return { from: start, to: end };
  }
  let to = first;
  while (to > sentence.from && first - to < 20 && (tokens[to - 1]!.lower === "," || tokens[to - 1]!.kind === Kind.Punct && tokens[to - 1]!.lower !== ".")) to--;
  let from = skipDateline(tokens, sentence);
  // '"...," he said.' — a closing quote before the cue: take the whole quotation back to its start.
  if (to > sentence.from && tokens[to - 1]!.kind === Kind.CloseQuote) {
    const open = quotes.openBefore[to - 1]!;
    if (open >= 0 && open < from) from = open;
    // '“Judge,” Brafman said, “I have never ...”' or '“...,” he said. “...”': the quotation resumes after
    // the cue. The content is then the covering span of both parts (PolNeAR marks them as one content).
    const resumed = resumedQuote(tokens, last, sentence);
    if (resumed >= 0) {
      const close = quotes.closeAfter[resumed]!;
      if (close >= 0 && close - resumed < 400) to = close + 1;
    }
  }
  return to > from ? { from, to } : null;
}

/** The opening quote that resumes a quotation right after the cue, in its sentence or the next one, or -1. */
function resumedQuote(tokens: readonly Token[], after: number, sentence: TokenSpan): number {
  for (let k = after; k <= sentence.to && k < tokens.length && k - after < 30; k++) {
    const t = tokens[k]!;
    if (t.kind === Kind.OpenQuote) return t.paragraphStart ? -1 : k;
    if (t.kind === Kind.CloseQuote) return -1;
    if (k === sentence.to) return -1;
  }
  return -1;
}
