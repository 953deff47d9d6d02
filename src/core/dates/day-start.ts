/**
 * Whether a date of a single day can cover the text at an offset: the first word there must be one
 * that a date chrono-node reads can begin with (a digit, a month or weekday name, "last", "two",
 * "the", "within", "earlier"...) or be glued to one ("lastweek"), or a sign or bracket chrono lets
 * open a date. Said right after a cue ("said that ...", "told reporters ..."), most words cannot, and
 * the sentence need not be read for the date the cue may carry. A linear scan of one word.
 */

/** Every word a match of chrono-node's English patterns can open with, and the words our reading moves a date's start to. */
const OPENING_WORDS = [
  // months and weekdays, whole and shortened
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "weekday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  // relative and casual words
  "this", "last", "past", "next", "after", "now", "today", "tonight", "tomorrow", "overmorrow", "tmr", "tmrw", "yesterday",
  "morning", "afternoon", "evening", "night", "midnight", "midday", "noon", "end", "earlier", "later",
  // amounts before a unit ("two days ago", "the day before", "a couple of weeks", "within about a month")
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "half", "few", "several", "the", "couple", "acouple", "about", "around", "within", "roughly", "approximately", "just",
  // ordinals ("first of March", "twenty-first of May")
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
  "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
  "twenty", "thirty",
  // prepositions a date's words may keep in front
  "on", "in", "at", "from", "for", "since", "by", "until", "during", "of",
];
const OPENING_SET = new Set(OPENING_WORDS);
/** Words that open a date only as they are: "a" and "an" need a word break after them. */
const WHOLE_ONLY = new Set(["a", "an"]);
/** Characters a date may open with: digits, signs ("+2 days"), brackets and a comma before a weekday. */
const OPENING_CHARACTER = /[\d~+\-(（,]/;
const isLetter = (ch: string): boolean => (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z");

/** Steps taken (characters looked at), so that tests can see the work is linear. */
export const dayStartWork = { steps: 0 };

/** True when a chrono-node date may cover `at`, its words starting there or just before, in spaces and commas. */
export function mayOpenDate(text: string, at: number): boolean {
  const first = text[at];
  dayStartWork.steps++;
  if (first === undefined) return false;
  if (!isLetter(first)) return OPENING_CHARACTER.test(first);
  let end = at;
  // The words are at most 13 letters long: a longer run only matters through its start.
  while (end < text.length && end - at < 14 && isLetter(text[end]!)) end++;
  dayStartWork.steps += end - at;
  const word = text.slice(at, end).toLowerCase();
  if (WHOLE_ONLY.has(word)) return end === text.length || !isLetter(text[end]!);
  // The word opens a date when one of its beginnings is an opening word: at most 14 lookups, not one per opening word.
  for (let length = 1; length <= word.length; length++) if (OPENING_SET.has(word.slice(0, length))) return true;
  return false;
}

/**
 * The end of the gap a cue's date may sit behind: spaces and commas, then "on" and a space ("said,
 * on Tuesday"). Returns the offset of the first character after it.
 */
export function afterDateGap(text: string, from: number, limit = text.length): number {
  let at = from;
  while (at < limit && (text[at] === "," || /\s/.test(text[at]!))) at++;
  if ((text[at] === "o" || text[at] === "O") && (text[at + 1] === "n" || text[at + 1] === "N") && at + 2 < limit && /\s/.test(text[at + 2]!)) {
    at += 2;
    while (at < limit && /\s/.test(text[at]!)) at++;
  }
  dayStartWork.steps += at - from;
  return at;
}
