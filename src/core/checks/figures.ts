/**
 * Statistics in text: percentages, amounts of money, and counts large enough to be data rather than
 * narrative ("627,900 cases", "1.2 million casualties", "46 percent"). Years and small counts are not.
 */
import type { TextRange } from "../dates/text-units";

export interface Figure extends TextRange {
  text: string;
}

const NUMBER = /([$€£]\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s?(?:%|percent\b|per cent\b|percentage points?\b|(?:million|billion|trillion|thousand)\b))?/g;

export function figuresIn(text: string, range: TextRange): Figure[] {
  const body = text.slice(range.start, range.end);
  const found: Figure[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(body); m; m = NUMBER.exec(body)) {
    const before = body[m.index - 1] ?? " ";
    const after = body[m.index + m[0].length] ?? " ";
    // Part of a word, a time (5:30), a range or code ("9/11", "A-10"): not a statistic.
    if (/[\w/:.-]/.test(before) || /[\w/:]/.test(after)) continue;
    if (!isStatistic(m[1] ?? "", m[2]!, m[3] ?? "")) continue;
    const start = range.start + m.index;
    found.push({ start, end: start + m[0].length, text: m[0] });
  }
  return found;
}

function isStatistic(currency: string, digits: string, unit: string): boolean {
  if (currency || unit) return true;
  if (digits.includes(",")) return true;
  if (digits.includes(".")) return false; // "2.5" alone is usually a rating or a version
  const value = Number(digits);
  // A bare four-digit number from 1900 to 2099 is a year far more often than a count.
  return value >= 1000 && !(value >= 1900 && value <= 2099);
}
