/**
 * Cutting text into words by a single linear scan (no backtracking regular expressions over page
 * text). Hyphens and other punctuation separate words; "&" inside a word stays (AT&T); a possessive
 * "'s" is left out; "U.S." is one word, "US". Each word's FNV-1a hash is computed as it is read
 * and the word looked up where it stands in a word table, so that a word already seen costs one
 * probe and no string is cut out of the text.
 */
import type { WordInfo, WordTable } from "./words";

/** Words as parallel arrays: word k spans text[starts[k], ends[k]) and is words[k] ("US" for "U.S."). */
export interface WordCuts {
  starts: number[];
  ends: number[];
  words: WordInfo[];
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The FNV-1a hash of text[start, end), the hash cutWords gives each word. */
export function hashRange(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** Longest word packRange packs: 4 characters of 7 bits in each of three ints. */
export const PACKED_CHARS = 12;
/** The second and third ints of the last packRange. */
export const packed = { second: 0, third: 0 };

/**
 * text[start, end) packed 7 bits a character: characters 0-3 in the returned int, 4-7 in
 * `packed.second`, 8-11 in `packed.third`; -1 when the word is longer or not ASCII. No word
 * character is 0, so the three ints are an exact key (they tell the length too). cutWords packs
 * the same way as it reads a word.
 */
export function packRange(text: string, start: number, end: number): number {
  packed.second = 0;
  packed.third = 0;
  if (end - start > PACKED_CHARS) return -1;
  let first = 0;
  let second = 0;
  let third = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return -1;
    if (i - start < 4) first = (first << 7) | code;
    else if (i - start < 8) second = (second << 7) | code;
    else third = (third << 7) | code;
  }
  packed.second = second;
  packed.third = third;
  return first;
}

export function cutWords(text: string, table: WordTable): WordCuts {
  const starts: number[] = [];
  const ends: number[] = [];
  const words: WordInfo[] = [];
  const n = text.length;
  let i = 0;
  let dotted = false;
  while (i < n) {
    if (!isWordAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    let possessive = false;
    let hash = FNV_OFFSET;
    // The word's characters packed as it is read (see packRange): 0-3 in `first`, 4-7 in `second`, 8-11 in `third`.
    let first = 0;
    let second = 0;
    let third = 0;
    let ascii = true;
    while (end < n) {
      const code = text.charCodeAt(end);
      if (isWordCode(code, text, end)) {
        hash = Math.imul(hash ^ code, FNV_PRIME);
        if (end - start < 4) first = (first << 7) | code;
        else if (end - start < 8) second = (second << 7) | code;
        else third = (third << 7) | code;
        if (code >= 128) ascii = false;
        end++;
        continue;
      }
      if (end + 1 >= n || !isWordAt(text, end + 1)) break;
      if (code === 39 || code === 0x2019 || code === 0x2bc) {
        // "Bloomberg's" ends the word before the possessive; "O'Brien" keeps the apostrophe inside.
        const next = text.charCodeAt(end + 1);
        if ((next === 115 || next === 83) && !(end + 2 < n && isWordAt(text, end + 2))) {
          possessive = true;
          break;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
        if (end - start < 4) first = (first << 7) | code;
        else if (end - start < 8) second = (second << 7) | code;
        else third = (third << 7) | code;
        if (code >= 128) ascii = false;
        end++;
        continue;
      }
      if (code === 38 /* & */) {
        hash = Math.imul(hash ^ code, FNV_PRIME);
        if (end - start < 4) first = (first << 7) | code;
        else if (end - start < 8) second = (second << 7) | code;
        else third = (third << 7) | code;
        end++;
        continue;
      }
      // A one-letter word before a dot and a word: maybe a piece of "U.S.".
      if (code === 46 /* . */ && end === start + 1) dotted = true;
      break;
    }
    starts.push(start);
    ends.push(end);
    const packable = ascii && end - start <= PACKED_CHARS;
    words.push(table.at(text, start, end, hash, packable ? first : -1, packable ? second : 0, packable ? third : 0));
    i = possessive ? end + 2 : end;
  }
  const cuts: WordCuts = { starts, ends, words };
  return dotted ? joinDottedAcronyms(text, cuts, table) : cuts;
}

/** Whether the UTF-16 unit at `at` (< text.length) is part of a word: ASCII letters and digits fast, the rest by Unicode class. */
function isWordAt(text: string, at: number): boolean {
  return isWordCode(text.charCodeAt(at), text, at);
}

/** isWordAt for the code already read at `at`. */
function isWordCode(code: number, text: string, at: number): boolean {
  const known = wordClass[code]!;
  if (known !== 0) return known === 1;
  const word = WORD_CHAR.test(text[at]!);
  wordClass[code] = word ? 1 : 2;
  return word;
}

/** Per UTF-16 unit: 1 part of a word, 2 not, 0 not yet asked (ASCII letters and digits are words, known from the start). */
const wordClass = new Uint8Array(65_536);
for (let code = 0; code < 128; code++) {
  wordClass[code] = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 2;
}

/**
 * "U.S." and "U.K." are written with dots between single capitals: join them into one word. In
 * place (nearly every article has a "U.S.", and copying every word's three entries cost more than
 * the joining): a group is written at or before where it was read, so nothing unread is overwritten.
 */
function joinDottedAcronyms(text: string, cuts: WordCuts, table: WordTable): WordCuts {
  const { starts, ends, words } = cuts;
  let written = 0;
  let i = 0;
  while (i < starts.length) {
    let j = i;
    while (
      j + 1 < starts.length &&
      isSingleCapitalAt(text, starts[j]!, ends[j]!) &&
      isSingleCapitalAt(text, starts[j + 1]!, ends[j + 1]!) &&
      text.charCodeAt(ends[j]!) === 46 /* . */ &&
      starts[j + 1] === ends[j]! + 1
    ) {
      j++;
    }
    if (j > i) {
      let raw = "";
      for (let k = i; k <= j; k++) raw += text.slice(starts[k]!, ends[k]!);
      words[written] = table.of(raw);
    } else {
      words[written] = words[i]!;
    }
    starts[written] = starts[i]!;
    ends[written] = ends[j]!;
    written++;
    i = j + 1;
  }
  starts.length = written;
  ends.length = written;
  words.length = written;
  return cuts;
}

function isSingleCapitalAt(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const ch = text[start]!;
  return ch !== ch.toLowerCase();
}
