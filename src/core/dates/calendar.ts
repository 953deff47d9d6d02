/**
 * Calendar arithmetic on ISO day strings (YYYY-MM-DD). Everything is computed in UTC so that a
 * reader's time zone never shifts a date by one day.
 */

/** How precisely the text names a time: "on November 30" is a day, "in December" a month. */
export type Granularity = "day" | "week" | "month" | "season" | "year";

/** A stretch of calendar days, both ends included. */
export interface Period {
  start: string;
  end: string;
  granularity: Granularity;
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const pad = (n: number): string => String(n).padStart(2, "0");

export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

export function parts(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) || 1, day: Number(iso.slice(8, 10)) || 1 };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when year, month and day name a real calendar day in a plausible range for news. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && year >= 1800 && year <= 2200 &&
    Number.isInteger(month) && month >= 1 && month <= 12 &&
    Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month)
  );
}

function toTime(iso: string): number {
  const { year, month, day } = parts(iso);
  return Date.UTC(year, month - 1, day);
}

function fromTime(time: number): string {
  const date = new Date(time);
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  return fromTime(toTime(iso) + days * 86_400_000);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(toTime(iso)).getUTCDay();
}

export function dayPeriod(iso: string): Period {
  return { start: iso, end: iso, granularity: "day" };
}

export function monthPeriod(year: number, month: number): Period {
  return { start: isoDay(year, month, 1), end: isoDay(year, month, daysInMonth(year, month)), granularity: "month" };
}

export function yearPeriod(year: number): Period {
  return { start: isoDay(year, 1, 1), end: isoDay(year, 12, 31), granularity: "year" };
}

/** The period a calendar value (YYYY, YYYY-MM or YYYY-MM-DD) stands for. */
export function periodOfValue(value: string): Period {
  const { year, month } = parts(value);
  if (value.length === 4) return yearPeriod(year);
  if (value.length === 7) return monthPeriod(year, month);
  return dayPeriod(value);
}

/** The narrowest calendar value (day, month or year) that contains the whole period. */
export function valueOfPeriod(period: Period): string {
  if (period.start === period.end) return period.start;
  if (period.start.slice(0, 7) === period.end.slice(0, 7)) return period.start.slice(0, 7);
  return period.start.slice(0, 4);
}

/** "30 Nov 2025", "December 2025" or "2025", as precise as the period is. */
export function describePeriod(period: Period): string {
  const { year, month, day } = parts(period.start);
  if (period.granularity === "day") return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
  if (period.granularity === "month") return `${LONG_MONTH_NAMES[month - 1]} ${year}`;
  if (period.granularity === "year") return String(year);
  const end = parts(period.end);
  return `${day} ${MONTH_NAMES[month - 1]} ${year} to ${end.day} ${MONTH_NAMES[end.month - 1]} ${end.year}`;
}

export function describeDay(iso: string): string {
  return describePeriod(dayPeriod(iso));
}

/** True when the two periods share no day. */
export function disjoint(a: Period, b: Period): boolean {
  return a.end < b.start || b.end < a.start;
}
