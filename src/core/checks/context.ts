/**
 * What every check reads: the text, the claims, the article's dates, the registry, and what is
 * derived from them once (sentences, paragraphs, every date expression placed in the calendar).
 */
import type { ArticleDates } from "../dates/publication";
import { findPeriods, type TextPeriod } from "../dates/periods";
import { paragraphsOf, sentencesOf, unitAt, type TextRange } from "../dates/text-units";
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
  sentences: TextRange[];
  paragraphs: TextRange[];
  periods: TextPeriod[];
  claimById: Map<string, Claim>;
}

export function analyseText(context: CheckContext): Analysis {
  const reference = context.dates.published ?? context.dates.notBefore;
  return {
    ...context,
    reference,
    sentences: sentencesOf(context.text),
    paragraphs: paragraphsOf(context.text),
    periods: findPeriods(context.text, reference),
    claimById: new Map(context.claims.map((claim) => [claim.id, claim])),
  };
}

export function sentenceAt(analysis: Analysis, offset: number): TextRange | null {
  return unitAt(analysis.sentences, offset);
}

export function paragraphAt(analysis: Analysis, offset: number): TextRange | null {
  return unitAt(analysis.paragraphs, offset);
}

export function periodsIn(analysis: Analysis, range: TextRange): TextPeriod[] {
  return analysis.periods.filter((p) => p.span.start >= range.start && p.span.end <= range.end);
}

/**
 * The date a claim's source spoke on ("according to Bloomberg on November 30"), when the date
 * words sit outside what the source is reported to have said; a date inside the content is what
 * the content is about, not when it was said.
 */
export function attributionPeriod(analysis: Analysis, claim: Claim): TextPeriod | null {
  const date = claim.date;
  if (!date) return null;
  if (claim.content && date.start >= claim.content.start && date.end <= claim.content.end) return null;
  const period = analysis.periods.find((p) => p.span.start < date.end && date.start < p.span.end);
  // "since Jan. 1, 2015" starts a period; it is not when the source spoke.
  if (!period || !ATTRIBUTION_PREPOSITIONS.has(period.preposition ?? "on")) return null;
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
  for (let i = paragraph.start; i < offset; i++) {
    const ch = analysis.text[i];
    if (ch === "“") open = true;
    else if (ch === "”") open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}
