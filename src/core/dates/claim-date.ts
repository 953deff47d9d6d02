/**
 * Fills a claim's date value: the extractor marks the words ("on November 30"), this reads them in
 * their sentence, so that tense can place a month without a year.
 */
import type { ExtractedClaim } from "../extract/types";
import type { ClaimDate } from "../report";
import { findPeriods, type TextPeriod } from "./periods";
import { sentencesOf, unitAt } from "./text-units";

/** The period the claim's date span names, or null when it names none that can be placed. */
export function claimPeriod(claim: Pick<ExtractedClaim, "date">, reference: string | null, text: string): TextPeriod | null {
  const date = claim.date;
  if (!date || date.end > text.length) return null;
  const sentences = sentencesOf(text, paragraphAround(text, date.start));
  const sentence = unitAt(sentences, date.start) ?? { start: date.start, end: date.end };
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

export function resolveClaimDate(claim: ExtractedClaim, reference: string | null, text: string): ClaimDate | null {
  if (!claim.date) return null;
  const period = claimPeriod(claim, reference, text);
  return period ? { ...claim.date, value: period.value } : null;
}

/** The line holding `offset`: sentences never cross a line break, so it is enough to split. */
function paragraphAround(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  return { start, end: newline === -1 ? text.length : newline };
}
