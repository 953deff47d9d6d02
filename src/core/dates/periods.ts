/**
 * Every date or period expression in a stretch of text, resolved against a reference day (the
 * publication date): "on November 30", "in December", "last week", "this summer", "for 2025",
 * "since February 2022". chrono-node reads the calendar expressions; years and seasons are read
 * by year-season.ts; the year an expression leaves out follows its tense (resolve.ts).
 */
import type * as chrono from "chrono-node";
import { spanOf, type Span } from "../report";
import { parseDates } from "./gated-chrono";
import { dayPeriod, isoDay, isValidDay, monthPeriod, valueOfPeriod, weekdayOf, type Period } from "./calendar";
import { relativePeriod } from "./relative";
import { resolveMonthDay, resolveWeekday } from "./resolve";
import { tenseAmong, tenseMarkers, type Tense, type TenseMarker } from "./tense";
import { sentencesOf, type TextRange } from "./text-units";
import { yearAndSeasonPeriods, type WordPeriod } from "./year-season";

export interface TextPeriod extends Period {
  span: Span;
  /** The narrowest calendar value holding the period: YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  yearStated: boolean;
  /** The weekday the text names (0 = Sunday), when it names one beside a full date. */
  weekday: number | null;
  /** The word before the expression when it says how the period is used: "since", "by", "in", "on". */
  preposition: string | null;
  tense: Tense;
  /** Relative to the publication date: "last week", "yesterday", "this summer". */
  relative: boolean;
}

/** Longer "sentences" are page furniture or hostile input, not prose worth reading dates from. */
const MAX_SENTENCE = 2_000;
const LEADING_PREPOSITION = /^(on|in|at|since|by|until|from|during|for|of)\s+/i;
const RELATIVE = /\b(?:yesterday|today|tonight|tomorrow|last|this|next|past|ago|earlier|later|days?|weeks?|months?|years?)\b/i;
/** "several weeks ago", "a few days": too loose to place on a calendar. */
const LOOSE = /\b(?:several|few|couple|many|some)\b/i;
const FULL_WEEKDAY = /\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
const MONTH_NAME = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/** A weekday written beside a full date: "Thursday, October 12", "Thursday 12 October". */
const WEEKDAY_WITH_DATE = /\b(?:sun|mon|tues|wednes|thurs|fri|satur)day,?\s+(?:the\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3,9})/i;
const AMBIGUOUS_MONTH = /\b(?:may|march)\b/;
/** "now" is not a date, and "the past 15 years" is a duration, not a period the text dates. */
const NOT_A_DATE = /^(?:right )?now$|\b(?:hours?|minutes?|seconds?)\b|\b(?:past|last|next|coming)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few|couple)\b/i;
const PREPOSITIONS = new Set(["on", "in", "at", "since", "by", "until", "from", "during", "for", "of", "before", "after", "through", "throughout"]);

export function findPeriods(text: string, reference: string | null, range?: TextRange): TextPeriod[] {
  const result: TextPeriod[] = [];
  for (const sentence of sentencesOf(text, range)) {
    for (const period of sentencePeriods(text, sentence, reference)) result.push(period);
  }
  return result;
}

/**
 * A sentence can only hold a date this module keeps if it has one of these: a digit, a month or
 * weekday name, a relative word with its unit ("yesterday", "last week", "this morning", "two days
 * ago", "last d"), a season. Most sentences have none, and chrono-node, the slow part, is skipped
 * for them; the result is the same (tests/unit/dates/date-candidates.test.ts holds the cases).
 */
const DATE_CANDIDATE = new RegExp(
  "\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)" +
    "|day|tonight|tomorrow|night|morning|evening|afternoon|noon|midnight|midday|ago|earlier|later|week|month|year|quarter" +
    "|spring|summer|fall|autumn|winter" +
    "|\\b(?:this|last|next|past|after)\\s*(?:\\w+\\s+){0,3}(?:s|m|h|d|w|y|mo|mos|yr|yrs|hr|hrs|sec|secs|min|mins|mon|qtr)\\b",
  "i",
);

/**
 * A period of a single day has one of these in its words: a digit, a month or weekday name,
 * "yesterday", "today", "tonight", "tomorrow", a time of day ("last night", "this morning"), "the end
 * of this year" (its last day), or a unit written short ("a d ago"). A stretch of text without any
 * holds no day.
 */
const DAY_CANDIDATE = new RegExp(
  "\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)" +
    "|day|tonight|tomorrow|night|morning|evening|afternoon|noon|midnight|midday|quarter|\\bend\\b" +
    "|\\b(?:s|m|h|d|w|y|mo|mos|yr|yrs|hr|hrs|sec|secs|min|mins|qtr)\\b",
  "i",
);

/** True when the stretch of text may hold a day-granularity period (a cheap test that never misses one). */
export function mayHoldDay(words: string): boolean {
  return DAY_CANDIDATE.test(words);
}

/** A period with its year stated has it in digits ("2016", "'16"): a sentence without one states no year. */
export const YEAR_IN_DIGITS = /\d{4}|['’]\d\d/;

/**
 * True when the sentence may hold a period that names its weekday beside a full date (a TextPeriod
 * whose `weekday` is set): its words, which begin and end at word breaks, would match this in it.
 */
export function mayNameWeekdayWithDate(sentence: string): boolean {
  return WEEKDAY_WITH_DATE.test(sentence);
}

/** True when the sentence may hold a date expression (a cheap test that never misses one findPeriods keeps). */
export function mayHoldDate(sentence: string): boolean {
  return DATE_CANDIDATE.test(sentence);
}

/**
 * The periods of one sentence of `text`. Claim dates and the checks ask for the same sentences of
 * the same text with the same reference day, so the answers for the last text are kept (callers
 * only read them).
 */
export function sentencePeriods(text: string, sentence: TextRange, reference: string | null): readonly TextPeriod[] {
  if (sentence.end - sentence.start > MAX_SENTENCE) return NONE;
  if (text !== cachedText) {
    cachedText = text;
    cache.clear();
  }
  const key = `${sentence.start}:${sentence.end}:${reference ?? ""}`;
  let periods = cache.get(key);
  if (!periods) {
    periods = readSentence(text, sentence, reference);
    cache.set(key, periods);
  }
  return periods;
}

const NONE: readonly TextPeriod[] = Object.freeze([]);
let cachedText: string | null = null;
const cache = new Map<string, readonly TextPeriod[]>();

function readSentence(text: string, sentence: TextRange, reference: string | null): readonly TextPeriod[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!DATE_CANDIDATE.test(body)) return NONE;
  // The sentence's tense markers are found once, when a date first needs its tense.
  let markers: readonly TenseMarker[] | null = null;
  const tenseAt = (start: number, end: number): Tense => tenseAmong((markers ??= tenseMarkers(body)), start, end);
  const found: WordPeriod[] = [];
  for (const candidate of [...chronoPeriods(body, reference, tenseAt), ...yearAndSeasonPeriods(body, reference, tenseAt)]) {
    if (found.some((f) => candidate.start < f.end && f.start < candidate.end)) continue;
    found.push(candidate);
  }
  if (found.length === 0) return NONE;
  found.sort((a, b) => a.start - b.start);
  return found.map((f) => {
    const span = spanOf(text, sentence.start + f.start, sentence.start + f.end);
    const weekdayWord = WEEKDAY_WITH_DATE.test(span.text) ? FULL_WEEKDAY.exec(span.text) : null;
    return {
      ...f.period,
      span,
      value: valueAtGranularity(f.period),
      yearStated: f.yearStated,
      weekday: weekdayWord && f.period.granularity === "day" && !f.relative ? weekdayNumber(weekdayWord[0]) : null,
      preposition: f.preposition,
      tense: tenseAt(f.start, f.end),
      relative: f.relative,
    };
  });
}

function chronoPeriods(body: string, reference: string | null, tenseAt: (start: number, end: number) => Tense): WordPeriod[] {
  const instant = new Date(`${reference ?? "2000-01-01"}T12:00:00Z`);
  const found: WordPeriod[] = [];
  // Times of day alone carry no date and are never kept: a sentence where only they can be found is not read.
  // Without a reference only dates that state their year are kept (below): nor is one with only weekdays and times.
  for (const result of parseDates(body, { instant, timezone: 0 }, undefined, true, reference === null)) {
    let start = result.index;
    let end = result.index + result.text.length;
    const lead = LEADING_PREPOSITION.exec(result.text);
    let preposition = lead ? lead[1]!.toLowerCase() : null;
    if (lead) start += lead[0].length;
    while (end > start && /[\s,.;:]/.test(body[end - 1]!)) end--; // chrono keeps "December," with its comma
    if (!preposition) preposition = wordBefore(body, start);
    const words = body.slice(start, end);
    const c = result.start;
    const yearStated = c.isCertain("year") && /\d{4}|['’]\d{2}\b/.test(words);
    if (!/[a-z]/i.test(words) && !yearStated) continue; // "9/11", "24/7": numbers, not dates
    if (AMBIGUOUS_MONTH.test(words) || NOT_A_DATE.test(words)) continue; // "may" and "march" in lower case are verbs
    if (/^[A-Z]{4,}$/.test(words)) continue; // "USA TODAY", "DONATE NOW": names and buttons
    let period: Period | null = null;
    let relative = false;
    if (RELATIVE.test(words)) {
      if (!reference || LOOSE.test(words)) continue;
      relative = true;
      const earlierLater = /\b(earlier|later)\s+$/i.exec(body.slice(Math.max(0, start - 9), start));
      if (earlierLater) start -= earlierLater[0].length;
      period = relativePeriod(words.toLowerCase(), result, reference, earlierLater?.[1]?.toLowerCase() ?? null, tenseAt(start, end));
    } else if (c.isCertain("month")) {
      // A month needs its name or numbers in the words: "the day after Monday" is not a calendar date.
      if (!MONTH_NAME.test(words) && !/\d/.test(words)) continue;
      period = calendarPeriod(result, yearStated, reference, tenseAt(start, end));
    } else if (c.isCertain("weekday") && !c.isCertain("day") && reference && FULL_WEEKDAY.test(words)) {
      period = resolveWeekday(c.get("weekday") ?? 0, reference, tenseAt(start, end));
    }
    if (!period) continue;
    found.push({ start, end, period, yearStated, relative, preposition });
  }
  return found;
}

function calendarPeriod(result: chrono.ParsedResult, yearStated: boolean, reference: string | null, tense: Tense): Period | null {
  const c = result.start;
  const month = c.get("month") ?? 0;
  const day = c.isCertain("day") ? (c.get("day") ?? null) : null;
  let period: Period | null;
  if (yearStated) {
    const year = c.get("year") ?? 0;
    if (day === null) period = isValidDay(year, month, 1) ? monthPeriod(year, month) : null;
    else period = isValidDay(year, month, day) ? dayPeriod(isoDay(year, month, day)) : null;
  } else {
    if (!reference) return null;
    period = resolveMonthDay(month, day, reference, tense);
    // A weekday beside the date ("Thursday, October 12") picks between the two nearest years.
    const weekday = c.isCertain("weekday") ? c.get("weekday") : null;
    if (period && day !== null && weekday !== null && weekday !== undefined && weekdayOf(period.start) !== weekday) {
      const otherYear = Number(period.start.slice(0, 4)) + (tense === "future" ? 1 : -1);
      if (isValidDay(otherYear, month, day) && weekdayOf(isoDay(otherYear, month, day)) === weekday && tense === "unknown") {
        period = dayPeriod(isoDay(otherYear, month, day));
      }
    }
  }
  if (period && result.end && result.end.isCertain("day") && day !== null) {
    const endMonth = result.end.get("month") ?? month;
    const endDay = result.end.get("day") ?? day;
    const endYear = Number(period.start.slice(0, 4)) + (endMonth < month ? 1 : 0);
    const endIso = isValidDay(endYear, endMonth, endDay) ? isoDay(endYear, endMonth, endDay) : null;
    if (endIso && endIso > period.start) period = { start: period.start, end: endIso, granularity: "day" };
  }
  return period;
}

/** The value a reader would write for the period: "earlier this year" is a year even in January. */
function valueAtGranularity(period: Period): string {
  if (period.granularity === "year") return period.start.slice(0, 4);
  if (period.granularity === "month") return period.start.slice(0, 7);
  return valueOfPeriod(period);
}

function wordBefore(body: string, start: number): string | null {
  const before = /(\w+)\s+$/.exec(body.slice(Math.max(0, start - 12), start));
  const word = before ? before[1]!.toLowerCase() : null;
  return word && PREPOSITIONS.has(word) ? word : null;
}

function weekdayNumber(word: string): number {
  return ["sun", "mon", "tue", "wed", "thu", "fri", "sat"].indexOf(word.slice(0, 3).toLowerCase());
}
