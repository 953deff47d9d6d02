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
  // Every figure has a digit: most sentences have none.
  if (!hasDigit(text, range)) return [];
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

/** Whether text[range] holds a digit: a binary search in the text's runs of digits, found once per text. */
function hasDigit(text: string, range: TextRange): boolean {
  const runs = digitRuns(text);
  let low = 0;
  let high = runs.length >> 1;
  // The first run ending after range.start (runs hold start, end pairs in text order).
  while (low < high) {
    const middle = (low + high) >> 1;
    if (runs[2 * middle + 1]! <= range.start) low = middle + 1;
    else high = middle;
  }
  return 2 * low < runs.length && runs[2 * low]! < range.end;
}

const DIGITS = /\d+/g;
let runsText: string | null = null;
let runs: number[] = [];

/** Start and end of every run of digits in the text; the last text's are kept, as the checks ask sentence by sentence. */
function digitRuns(text: string): readonly number[] {
  if (text !== runsText) {
    runsText = text;
    runs = [];
    DIGITS.lastIndex = 0;
    for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) runs.push(m.index, m.index + m[0].length);
  }
  return runs;
}
