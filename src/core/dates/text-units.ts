/**
 * Sentences and paragraphs of plain text, found by a single linear scan (no backtracking regular
 * expressions), so that hostile page text cannot make it slow.
 */

export interface TextRange {
  start: number;
  end: number;
}

/** Words after which a full stop does not end a sentence: titles, initials, months, "U.S.". */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
  "st", "jr", "sr", "rev", "hon", "pres", "supt", "vs", "no", "inc", "co", "corp", "ltd", "dept", "est", "approx",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
  "thu", "thurs", "fri", "sat", "sun", "a.m", "p.m", "e.g", "i.e", "etc", "al", "ft", "mt",
]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]"]);

/** Sentences of `text` (optionally only those inside `range`), trimmed of surrounding space. */
export function sentencesOf(text: string, range: TextRange = { start: 0, end: text.length }): TextRange[] {
  const result: TextRange[] = [];
  let start = range.start;
  const push = (end: number): void => {
    const trimmed = trim(text, start, end);
    if (trimmed.end > trimmed.start) result.push(trimmed);
    start = end;
  };
  for (let i = range.start; i < range.end; i++) {
    const ch = text[i]!;
    if (ch === "\n") {
      push(i);
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let end = i + 1;
    while (end < range.end && CLOSERS.has(text[end]!)) end++;
    if (end < range.end && !/\s/.test(text[end]!)) continue;
    if (ch === "." && isAbbreviation(text, start, i)) continue;
    push(end);
    i = end - 1;
  }
  push(range.end);
  return result;
}

/**
 * The sentences of the whole text. The article's dates, the claim dates and the checks all ask for
 * them, so the last text's are kept (callers only read them).
 */
export function textSentences(text: string): readonly TextRange[] {
  if (text !== sentencesText) {
    sentencesText = text;
    sentences = sentencesOf(text);
  }
  return sentences;
}

let sentencesText: string | null = null;
let sentences: readonly TextRange[] = [];

/** Paragraphs: runs of text between line breaks. */
export function paragraphsOf(text: string): TextRange[] {
  const result: TextRange[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "\n") continue;
    const trimmed = trim(text, start, i);
    if (trimmed.end > trimmed.start) result.push(trimmed);
    start = i + 1;
  }
  return result;
}

/** The unit among `units` (sorted, disjoint) that contains `offset`, or null. */
export function unitAt<T extends TextRange>(units: readonly T[], offset: number): T | null {
  let low = 0;
  let high = units.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const unit = units[middle]!;
    if (offset < unit.start) high = middle - 1;
    else if (offset >= unit.end) low = middle + 1;
    else return unit;
  }
  return null;
}

function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > sentenceStart && /[A-Za-z.]/.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word.length === 1 && /[A-Z]/.test(word)) return true; // an initial: "George W. Bush"
  if (word.includes(".")) return true; // "U.S.", "a.m."
  return ABBREVIATIONS.has(word.toLowerCase());
}

function trim(text: string, start: number, end: number): TextRange {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
