/**
 * Reads the dates pages give machines (JSON-LD, meta tags, <time datetime>, URLs). The day kept is
 * the one the publisher wrote, before any time-zone shift: "2026-01-30T23:30:00-05:00" is 30 January.
 */
import { parseDates } from "./gated-chrono";
import { isoDay, isValidDay } from "./calendar";

const ISO_PREFIX = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s])/;
/** Machine dates are short; anything longer is not one and is not worth parsing. */
const MAX_LENGTH = 80;

/** A YYYY-MM-DD day from a machine-readable date string, or null when it holds no valid day. */
export function parseMachineDate(raw: string): string | null {
  if (raw.length > MAX_LENGTH) return null;
  const iso = ISO_PREFIX.exec(raw) ?? COMPACT.exec(raw);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // RFC 2822 and other written forms ("Fri, 30 Jan 2026 14:05:00 GMT", "January 30, 2026").
  const [result] = parseDates(raw, new Date(Date.UTC(2000, 0, 1)));
  if (!result || !result.start.isCertain("year") || !result.start.isCertain("month") || !result.start.isCertain("day")) {
    return null;
  }
  return validDay(result.start.get("year") ?? 0, result.start.get("month") ?? 0, result.start.get("day") ?? 0);
}

function validDay(year: number, month: number, day: number): string | null {
  return isValidDay(year, month, day) ? isoDay(year, month, day) : null;
}

const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/\-_.]|$)/;
const URL_COMPACT_DATE = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=\/)/;

/** The day a news URL carries in its path: /2026/01/30/, /2026-01-30-slug, /20260130/. */
export function dateFromUrl(url: string): string | null {
  if (url.length > 2048) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const found = URL_DATE.exec(path) ?? URL_COMPACT_DATE.exec(path);
  return found ? validDay(Number(found[1]), Number(found[2]), Number(found[3])) : null;
}
