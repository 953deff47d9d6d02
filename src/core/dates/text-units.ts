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

/** Sentences of `text` (optionally only those inside `range`), trimmed of surrounding space. */
export function sentencesOf(text: string, range: TextRange = { start: 0, end: text.length }): TextRange[] {
  const result: TextRange[] = [];
  let start = range.start;
  const push = (end: number): void => {
    const trimmed = trim(text, start, end);
    if (trimmed.end > trimmed.start) result.push(trimmed);
    start = end;
  };
  // The marks are found by a regular expression's scan (a character class, linear) and only they are looked
  // at in code: this runs over every character of the article.
  const marks = new RegExp(SENTENCE_MARK.source, "g");
  marks.lastIndex = range.start;
  while (marks.test(text)) {
    const i = marks.lastIndex - 1;
    if (i >= range.end) break;
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      push(i);
      continue;
    }
    let end = i + 1;
    while (end < range.end && isCloser(text.charCodeAt(end))) end++;
    if (end < range.end && !isSpace(text.charCodeAt(end))) continue;
    if (code === FULL_STOP && isAbbreviation(text, start, i)) continue;
    push(end);
    marks.lastIndex = end;
  }
  push(range.end);
  return result;
}

/** What can end a sentence: a line break, a full stop, an exclamation or a question mark. */
const SENTENCE_MARK = /[\n.!?]/;
const NEWLINE = 0x0a;
const FULL_STOP = 0x2e;

/** The characters of CLOSERS: '"', '”', '’', "'", ")", "]". */
function isCloser(code: number): boolean {
  return code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x27 || code === 0x29 || code === 0x5d;
}

/** Exactly the characters /\s/ matches, without a regular expression per character. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
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

/** Paragraphs: runs of text between line breaks (found by indexOf: no string per character). */
export function paragraphsOf(text: string): TextRange[] {
  const result: TextRange[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const trimmed = trim(text, start, end);
    if (trimmed.end > trimmed.start) result.push(trimmed);
    start = end + 1;
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
  let hasDot = false;
  while (wordStart > sentenceStart) {
    const code = text.charCodeAt(wordStart - 1);
    if (code === FULL_STOP) hasDot = true;
    else if (!isAsciiLetter(code)) break;
    wordStart--;
  }
  const length = dot - wordStart;
  // an initial: "George W. Bush"
  if (length === 1) {
    const code = text.charCodeAt(wordStart);
    if (code >= 0x41 && code <= 0x5a) return true;
  }
  if (hasDot) return true; // "U.S.", "a.m."
  // A word longer than every abbreviation is none, and is not sliced or lower-cased.
  return length > 0 && length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(wordStart, dot).toLowerCase());
}

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function trim(text: string, start: number, end: number): TextRange {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
