/**
 * What every check reads: the text, the claims, the article's dates, the registry, and what is
 * derived from them once (sentences, paragraphs, every date expression placed in the calendar).
 */
import type { ArticleDates } from "../dates/publication";
import { sentencePeriods, type TextPeriod } from "../dates/periods";
import { paragraphsOf, textSentences, unitAt, type TextRange } from "../dates/text-units";
import type { Registry } from "../registry";
import type { Article, Claim, Severity, Span } from "../report";

export interface CheckContext {
  text: string;
  claims: readonly Claim[];
  article: Article;
  registry: Registry;
  /** The article's dates with the lower bound used when no publication date is known. */
  dates: ArticleDates;
}

/** A finding before it gets its id. */
export interface Draft {
  kind: string;
  severity: Severity;
  message: string;
  claimIds: string[];
  spans: Span[];
}

export interface Analysis extends CheckContext {
  /** The day relative dates are read against: the publication date, else the lower bound. */
  reference: string | null;
  sentences: readonly TextRange[];
  paragraphs: TextRange[];
  claimById: Map<string, Claim>;
  /** Claims by the start of the sentence their cue is in. */
  claimsBySentence: Map<number, Claim[]>;
  /** attributionPeriod's answers, computed once per claim. */
  attributionCache: Map<string, TextPeriod | null>;
}

export function analyseText(context: CheckContext): Analysis {
  const reference = context.dates.published ?? context.dates.notBefore;
  const sentences = textSentences(context.text);
  const claimsBySentence = new Map<number, Claim[]>();
  for (const claim of context.claims) {
    const sentence = unitAt(sentences, claim.cue.start);
    if (!sentence) continue;
    const inSentence = claimsBySentence.get(sentence.start);
    if (inSentence) inSentence.push(claim);
    else claimsBySentence.set(sentence.start, [claim]);
  }
  return {
    ...context,
    reference,
    sentences,
    paragraphs: paragraphsOf(context.text),
    claimById: new Map(context.claims.map((claim) => [claim.id, claim])),
    claimsBySentence,
    attributionCache: new Map(),
  };
}

const lowered = new WeakMap<Analysis, string>();

/** The text in lower case, made once per analysis: a check can look for a word in any case with indexOf. */
export function loweredText(analysis: Analysis): string {
  let text = lowered.get(analysis);
  if (text === undefined) {
    text = analysis.text.toLowerCase();
    lowered.set(analysis, text);
  }
  return text;
}

/** The index of the sentence holding `offset` (or the first after it). */
export function sentenceIndexAt(analysis: Analysis, offset: number): number {
  const sentences = analysis.sentences;
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Claims whose cue is in the sentences around the range (two either side): where its source or content can be. */
export function claimsNear(analysis: Analysis, range: TextRange): Claim[] {
  const first = Math.max(0, sentenceIndexAt(analysis, range.start) - 2);
  const last = Math.min(analysis.sentences.length - 1, sentenceIndexAt(analysis, range.end) + 2);
  const found: Claim[] = [];
  for (let i = first; i <= last; i++) found.push(...claimsInSentence(analysis, analysis.sentences[i]!));
  return found;
}

/** Claims whose cue lies in the sentence. */
export function claimsInSentence(analysis: Analysis, sentence: TextRange): Claim[] {
  return analysis.claimsBySentence.get(sentence.start) ?? [];
}

/**
 * The date expressions of sentence `index`, read against the reference day. Only the sentences a
 * check asks about are read (chrono-node is the slow part of the checks), each once.
 */
export function periodsOfSentence(analysis: Analysis, index: number): readonly TextPeriod[] {
  return sentencePeriods(analysis.text, analysis.sentences[index]!, analysis.reference);
}

/** The periods whose words lie inside the range, in text order; only in the sentences `read` accepts, when given. */
export function periodsIn(analysis: Analysis, range: TextRange, read?: (sentence: TextRange) => boolean): TextPeriod[] {
  const found: TextPeriod[] = [];
  const sentences = analysis.sentences;
  for (let i = sentenceIndexAt(analysis, range.start); i < sentences.length && sentences[i]!.start < range.end; i++) {
    if (read && !read(sentences[i]!)) continue;
    for (const period of periodsOfSentence(analysis, i)) {
      if (period.span.start >= range.start && period.span.start < range.end && period.span.end <= range.end) found.push(period);
    }
  }
  return found;
}

export function sentenceAt(analysis: Analysis, offset: number): TextRange | null {
  return unitAt(analysis.sentences, offset);
}

export function paragraphAt(analysis: Analysis, offset: number): TextRange | null {
  return unitAt(analysis.paragraphs, offset);
}

/**
 * The date a claim's source spoke on ("according to Bloomberg on November 30"), when the date
 * words sit outside what the source is reported to have said; a date inside the content is what
 * the content is about, not when it was said.
 */
export function attributionPeriod(analysis: Analysis, claim: Claim): TextPeriod | null {
  const cached = analysis.attributionCache.get(claim.id);
  if (cached !== undefined) return cached;
  const period = findAttributionPeriod(analysis, claim);
  analysis.attributionCache.set(claim.id, period);
  return period;
}

function findAttributionPeriod(analysis: Analysis, claim: Claim): TextPeriod | null {
  const date = claim.date;
  if (!date) return null;
  // A period overlapping the date lies in a sentence overlapping it: the sentences around are not read.
  const period = periodsIn(analysis, { start: Math.max(0, date.start - 200), end: date.end + 200 }, (sentence) => overlaps(sentence, date))
    .find((p) => p.span.start < date.end && date.start < p.span.end);
  // "since Jan. 1, 2015" starts a period; it is not when the source spoke.
  if (!period || !ATTRIBUTION_PREPOSITIONS.has(period.preposition ?? "on")) return null;
  const sentence = unitAt(analysis.sentences, claim.cue.start);
  if (!sentence || period.span.start < sentence.start || period.span.end > sentence.end) return null;
  // Right after the source or cue ("according to Bloomberg on November 30"), the date is the
  // citation's, even if an extractor stretched the content over it.
  // A month needs its "in": "said in December that …" dates the saying, "said December was hard" does not.
  const anchors = [claim.cue.end, ...(claim.source ? [claim.source.end] : [])];
  const gaps = anchors
    .filter((end) => period.span.start >= end)
    .map((end) => /^[\s,]*(on|in)?\s*$/i.exec(analysis.text.slice(end, period.span.start)))
    .filter((gap) => gap !== null);
  if (gaps.some((gap) => period.granularity === "day" || gap[1] !== undefined)) return period;
  if (gaps.length > 0) return null; // "said February was hard": the date begins what was said
  if (claim.content && date.start >= claim.content.start && date.end <= claim.content.end) return null;
  const anchor = claim.source ?? claim.cue;
  const near = Math.min(Math.abs(period.span.start - claim.cue.end), Math.abs(period.span.start - anchor.end), Math.abs(anchor.start - period.span.end));
  return near <= 40 ? period : null;
}

const ATTRIBUTION_PREPOSITIONS = new Set(["on", "in", "at", "during"]);

/** The name a claim's source goes by: its resolved name, else its own words. */
export function sourceName(claim: Claim): string | null {
  if ((claim.sourceType === "pronoun" || claim.sourceType === "nominal") && claim.resolvedSource) return claim.resolvedSource;
  return claim.source?.text ?? claim.resolvedSource;
}

/** The source's name as a message can carry it: short, or cut at a word with an ellipsis. */
export function nameForMessage(claim: Claim): string | null {
  const name = sourceName(claim);
  if (!name) return null;
  if (name.length <= 40) return name;
  const cut = name.slice(0, 40);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 20))}…`;
}

export function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: TextRange, inner: TextRange): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when `offset` lies inside quotation marks opened earlier in its paragraph: quoted speech, not the article's own voice. */
export function insideQuotation(analysis: Analysis, offset: number): boolean {
  const paragraph = paragraphAt(analysis, offset);
  if (!paragraph) return false;
  let open = false;
  // A quotation longer than this is not one the reader would still be inside.
  const text = analysis.text;
  for (let i = Math.max(paragraph.start, offset - 3_000); i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x201c /* “ */) open = true;
    else if (code === 0x201d /* ” */) open = false;
    else if (code === 0x22 /* " */) open = !open;
  }
  return open;
}
