/**
 * Dates relative to the publication day: "yesterday", "last week", "this weekend", "next month",
 * "three months ago", "earlier this year". chrono-node computes the day; this gives the period the
 * words mean (a week, a month, a year) at the precision the words have.
 */
import type * as chrono from "chrono-node";
import { addDays, dayPeriod, isoDay, isValidDay, monthPeriod, parts, weekdayOf, yearPeriod, type Period } from "./calendar";
import type { Tense } from "./tense";

export function relativePeriod(words: string, result: chrono.ParsedResult, reference: string, earlierLater: string | null, tense: Tense): Period | null {
  const c = result.start;
  const year = c.get("year") ?? 0;
  const month = c.get("month") ?? 1;
  let period: Period | null = null;
  if (/\bweekend\b/.test(words)) {
    // "this weekend" in a past-tense sentence is the one just gone; chrono always looks ahead.
    const saturday = tense === "past" ? addDays(reference, -((weekdayOf(reference) + 1) % 7)) : addDays(reference, (6 - weekdayOf(reference) + 7) % 7);
    const shifted = /\blast\b/.test(words) && tense !== "past" ? addDays(saturday, -7) : /\bnext\b/.test(words) ? addDays(saturday, 7) : saturday;
    period = { start: shifted, end: addDays(shifted, 1), granularity: "week" };
  } else if (/\bweeks?\s+ago\b/.test(words)) {
    // "two weeks ago": the week that day falls in, no more precise than the words.
    const day = isoDay(year, month, c.get("day") ?? 1);
    const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
    period = { start: monday, end: addDays(monday, 6), granularity: "week" };
  } else if (/\bweeks?\b/.test(words)) {
    const offset = /\b(?:last|past)\b/.test(words) ? -7 : /\bnext\b/.test(words) ? 7 : 0;
    const monday = addDays(reference, -((weekdayOf(reference) + 6) % 7) + offset);
    period = { start: monday, end: addDays(monday, 6), granularity: "week" };
  } else if (c.isCertain("day") || c.isCertain("weekday")) {
    const day = c.get("day") ?? 1;
    period = isValidDay(year, month, day) ? dayPeriod(isoDay(year, month, day)) : null;
  } else if (c.isCertain("month") && /\bmonth\b/.test(words)) {
    // chrono counts "next month" from the reference day (30 Jan + 1 month = March); the calendar month is meant.
    const shift = /\b(?:last|past)\b/.test(words) ? -1 : /\bnext\b/.test(words) ? 1 : 0;
    const { year: refYear, month: refMonth } = parts(reference);
    const index = refYear * 12 + refMonth - 1 + shift;
    period = monthPeriod(Math.floor(index / 12), (index % 12) + 1);
  } else if (c.isCertain("month")) {
    period = monthPeriod(year, month);
  } else if (c.isCertain("year")) {
    const shift = /\blast\b/.test(words) ? -1 : /\bnext\b/.test(words) ? 1 : 0;
    period = /\b(?:this|last|next)\s+year\b/.test(words) ? yearPeriod(parts(reference).year + shift) : yearPeriod(year);
  }
  if (!period || !earlierLater) return period;
  // "earlier this year": from the start of the year up to publication; "later this year": after it.
  return earlierLater === "earlier"
    ? { ...period, end: reference < period.end ? reference : period.end }
    : { ...period, start: reference > period.start ? reference : period.start };
}
