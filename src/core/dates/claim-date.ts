/**
 * Fills a claim's date value: the extractor marks the words ("on November 30"), this reads them in
 * their sentence, so that tense can place a month without a year.
 */
import type { ExtractedClaim } from "../extract/types";
import type { ClaimDate } from "../report";
import { afterDateGap, mayOpenDate } from "./day-start";
import { findPeriods, mayHoldDay, type TextPeriod } from "./periods";
import { sentencesOf, textSentences, unitAt, type TextRange } from "./text-units";

/** The period the claim's date span names, or null when it names none that can be placed. */
export function claimPeriod(claim: Pick<ExtractedClaim, "date">, reference: string | null, text: string): TextPeriod | null {
  const date = claim.date;
  if (!date || date.end > text.length) return null;
  const sentence = sentenceAround(text, date.start, date.end) ?? { start: date.start, end: date.end };
  let best: TextPeriod | null = null;
  let bestOverlap = 0;
  for (const period of findPeriods(text, reference, sentence)) {
    const overlap = Math.min(period.span.end, date.end) - Math.max(period.span.start, date.start);
    if (overlap > bestOverlap) {
      best = period;
      bestOverlap = overlap;
    }
  }
  return best;
}

/**
 * The claim's date with its calendar value. Without the article text the date words are read on
 * their own, so tense cannot help place a yearless month; pass the text whenever there is one.
 */
export function resolveClaimDate(claim: ClaimForDate, reference: string | null, text?: string): ClaimDate | null {
  if (!claim.date) return text !== undefined && claim.cue ? dateBesideCue(claim as Required<ClaimForDate>, reference, text) : null;
  const period = text === undefined
    ? (findPeriods(claim.date.text, reference)[0] ?? null)
    : claimPeriod(claim, reference, text);
  return period ? { ...claim.date, value: period.value } : null;
}

type ClaimForDate = Pick<ExtractedClaim, "date"> & Partial<Pick<ExtractedClaim, "cue" | "source" | "content">>;

/**
 * When the extractor left the date out: a date written right after the source or the cue
 * ("according to Bloomberg on November 30", "said Tuesday") is when the source spoke.
 */
function dateBesideCue(claim: Required<ClaimForDate>, reference: string | null, text: string): ClaimDate | null {
  const anchors = [claim.cue.end, ...(claim.source ? [claim.source.end] : [])];
  // The day's words must cover the first word after an anchor's gap: "said that ..." holds none there,
  // and its sentence need not even be found.
  if (!anchors.some((end) => dateMayFollow(text, end))) return null;
  const sentence = sentenceAround(text, claim.cue.start, claim.cue.end);
  if (!sentence) return null;
  // A day named after the anchors needs a word for it there (a digit, a month, "Tuesday", "yesterday"):
  // without one, the sentence is not read.
  if (!mayHoldDay(text.slice(Math.min(...anchors), sentence.end))) return null;
  for (const period of findPeriods(text, reference, sentence)) {
    if (claim.content && period.span.start >= claim.content.start && period.span.end <= claim.content.end) continue;
    // Only a day: "said December was hard" begins the content, "said on Tuesday" dates the saying.
    if (period.granularity !== "day") continue;
    const gapFits = anchors.some((end) => period.span.start >= end && /^[\s,]*(?:on\s+)?$/i.test(text.slice(end, period.span.start)));
    if (gapFits) return { ...period.span, value: period.value };
  }
  return null;
}

/** Gaps of spaces and commas longer than this are not followed to their end: the sentence is read instead. */
const MAX_GAP = 200;

/** True when a date may start right after `end`, behind spaces, commas and "on". */
function dateMayFollow(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + MAX_GAP);
  const at = afterDateGap(text, end, limit);
  return at >= limit ? limit < text.length : mayOpenDate(text, at);
}

/**
 * The sentence holding [start, end): read in the line around it, cut to a window around it; when that is
 * the whole line, the text's own sentences are the same ones and are already found.
 */
function sentenceAround(text: string, start: number, end: number): TextRange | null {
  const around = windowAround(text, start, end);
  const wholeLine = (around.start === 0 || text[around.start - 1] === "\n") && (around.end === text.length || text[around.end] === "\n");
  return unitAt(wholeLine ? textSentences(text) : sentencesOf(text, around), start);
}

/** The line holding the date, cut to a window around it: sentences never cross a line break, and the sentence is all that matters. */
function windowAround(text: string, start: number, end: number): { start: number; end: number } {
  const from = Math.max(0, start - WINDOW);
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const newline = text.indexOf("\n", end);
  const lineEnd = newline === -1 ? text.length : newline;
  return { start: Math.max(from, lineStart), end: Math.min(lineEnd, end + WINDOW) };
}

const WINDOW = 1_000;
