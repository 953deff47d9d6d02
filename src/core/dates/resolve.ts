/**
 * Places a date whose year (or week) the text leaves out, relative to a reference day (the
 * publication date), corrected for tense: "killed … in December" in an article of 30 January 2026
 * is December 2025; "will meet in December" is December 2026.
 */
import { addDays, daysBetween, monthPeriod, isoDay, isValidDay, dayPeriod, type Period } from "./calendar";
import type { Tense } from "./tense";

/** Chooses, among candidate periods (oldest first), the one the tense and the reference point to. */
export function choosePeriod(candidates: readonly Period[], reference: string, tense: Tense): Period | null {
  if (candidates.length === 0) return null;
  if (tense === "past") {
    // A day or two of slack: a dateline written in a time zone ahead of the publication stamp.
    const latest = addDays(reference, 2);
    const started = candidates.filter((p) => p.start <= latest);
    return started[started.length - 1] ?? null;
  }
  if (tense === "future") return candidates.find((p) => p.end >= reference) ?? null;
  let best: Period | null = null;
  let bestDistance = Infinity;
  for (const period of candidates) {
    const distance = period.end < reference ? daysBetween(period.end, reference) : period.start > reference ? daysBetween(reference, period.start) : 0;
    // Ties go to the past: news reports what has happened more often than what will.
    if (distance < bestDistance) {
      best = period;
      bestDistance = distance;
    }
  }
  return best;
}

/** A month (and day) without a year, placed in the year around `reference` the tense points to. */
export function resolveMonthDay(month: number, day: number | null, reference: string, tense: Tense): Period | null {
  const year = Number(reference.slice(0, 4));
  const candidates: Period[] = [];
  for (let y = year - 2; y <= year + 1; y++) {
    if (day === null) candidates.push(monthPeriod(y, month));
    else if (isValidDay(y, month, day)) candidates.push(dayPeriod(isoDay(y, month, day)));
  }
  return choosePeriod(candidates, reference, tense);
}

/** A weekday alone ("on Thursday"): the nearest such day before (past) or after (future) the reference. */
export function resolveWeekday(weekday: number, reference: string, tense: Tense): Period {
  const referenceWeekday = new Date(`${reference}T00:00:00Z`).getUTCDay();
  if (tense === "future") {
    const ahead = (weekday - referenceWeekday + 7) % 7 || 7;
    return dayPeriod(addDays(reference, ahead));
  }
  // Past and unknown: news mostly reports what happened; the same weekday as publication is that day.
  const back = (referenceWeekday - weekday + 7) % 7;
  return dayPeriod(addDays(reference, -back));
}
