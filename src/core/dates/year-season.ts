/**
 * Years and seasons, which chrono-node leaves alone: "in 2025", "for 2025", "since 2014",
 * "this summer", "last winter", "by the fall of 2026". Each pattern needs a leading word so that a
 * bare number ("2025 soldiers") or a verb ("prices fall") is not taken for a date.
 */
import { daysInMonth, isoDay, yearPeriod, type Period } from "./calendar";
import { choosePeriod } from "./resolve";
import type { Tense } from "./tense";

export interface WordPeriod {
  /** Offsets relative to the scanned sentence. */
  start: number;
  end: number;
  period: Period;
  yearStated: boolean;
  relative: boolean;
  preposition: string | null;
}

const YEAR = /\b(in|for|during|since|by|until|through|throughout|from|of|to|before|after|early|late|mid|the|fiscal|year)[\s-]+((?:19|20)\d{2})(?![\d%]|[.,]\d|['’]?s\b)/gi;
const SEASON = /\b(this|last|next|early|late|mid|in|by|during|until|through|over|since)(?: the)?[\s-]+(spring|summer|fall|autumn|winter)\b(?: (?:of )?((?:19|20)\d{2})\b)?/gi;
const SEASON_MONTHS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], fall: [9, 11], autumn: [9, 11], winter: [12, 2] };
const PREPOSITIONS = new Set(["in", "for", "during", "since", "by", "until", "through", "throughout", "from", "of", "to", "before", "after"]);

export function yearAndSeasonPeriods(sentence: string, reference: string | null, tenseAt: (start: number, end: number) => Tense): WordPeriod[] {
  const found: WordPeriod[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(sentence); m; m = YEAR.exec(sentence)) {
    const lead = m[1]!.toLowerCase();
    const start = m.index + m[0].length - m[2]!.length;
    found.push({
      start,
      end: m.index + m[0].length,
      period: yearPeriod(Number(m[2])),
      yearStated: true,
      relative: false,
      preposition: PREPOSITIONS.has(lead) ? lead : null,
    });
  }
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(sentence); m; m = SEASON.exec(sentence)) {
    const lead = m[1]!.toLowerCase();
    const season = m[2]!.toLowerCase();
    const stated = m[3] ? Number(m[3]) : null;
    const start = lead === "this" || lead === "last" || lead === "next" ? m.index : m.index + m[1]!.length + 1;
    const end = m.index + m[0].length;
    let period: Period | null = null;
    if (stated !== null) period = seasonOf(season, stated);
    else if (reference) period = relativeSeason(season, lead, reference, tenseAt(start, end));
    if (!period) continue;
    found.push({ start, end, period, yearStated: stated !== null, relative: stated === null, preposition: PREPOSITIONS.has(lead) ? lead : null });
  }
  return found;
}

function seasonOf(season: string, year: number): Period {
  const [first, last] = SEASON_MONTHS[season]!;
  const endYear = last < first ? year + 1 : year;
  return { start: isoDay(year, first, 1), end: isoDay(endYear, last, daysInMonth(endYear, last)), granularity: "season" };
}

function relativeSeason(season: string, lead: string, reference: string, tense: Tense): Period | null {
  const year = Number(reference.slice(0, 4));
  const candidates = [year - 2, year - 1, year, year + 1].map((y) => seasonOf(season, y));
  if (lead === "this") {
    return candidates.find((p) => p.start <= reference && reference <= p.end) ?? candidates.find((p) => p.start.startsWith(String(year))) ?? null;
  }
  if (lead === "last") return candidates.filter((p) => p.end < reference).pop() ?? null;
  if (lead === "next") return candidates.find((p) => p.start > reference) ?? null;
  return choosePeriod(candidates, reference, lead === "by" || lead === "until" ? "future" : tense);
}
