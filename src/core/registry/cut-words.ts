/**
 * Cutting text into words by a single linear scan (no backtracking regular expressions over page
 * text). Hyphens and other punctuation separate words; "&" inside a word stays (AT&T); a possessive
 * "'s" is left out; "U.S." is one word, "US". Each word gets its FNV-1a hash, computed as it is
 * read, so that the matcher's word table finds a word already seen without cutting a string out
 * of the text.
 */

/** Words as parallel arrays: word k is text[starts[k], ends[k]), or joined.get(k) for a dotted acronym. */
export interface WordCuts {
  starts: number[];
  ends: number[];
  /** hashRange of each word's characters (of its joined letters for a dotted acronym). */
  hashes: number[];
  /** A dotted acronym's letters ("US" for "U.S."), by word index; null when the text has none. */
  joined: Map<number, string> | null;
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

export function cutWords(text: string): WordCuts {
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
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
    while (end < n) {
      if (isWordAt(text, end)) {
        hash = Math.imul(hash ^ text.charCodeAt(end), FNV_PRIME);
        end++;
        continue;
      }
      if (end + 1 >= n || !isWordAt(text, end + 1)) break;
      const code = text.charCodeAt(end);
      if (code === 39 || code === 0x2019 || code === 0x2bc) {
        // "Bloomberg's" ends the word before the possessive; "O'Brien" keeps the apostrophe inside.
        const next = text.charCodeAt(end + 1);
        if ((next === 115 || next === 83) && !(end + 2 < n && isWordAt(text, end + 2))) {
          possessive = true;
          break;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
        end++;
        continue;
      }
      if (code === 38 /* & */) {
        hash = Math.imul(hash ^ code, FNV_PRIME);
        end++;
        continue;
      }
      // A one-letter word before a dot and a word: maybe a piece of "U.S.".
      if (code === 46 /* . */ && end === start + 1) dotted = true;
      break;
    }
    starts.push(start);
    ends.push(end);
    hashes.push(hash);
    i = possessive ? end + 2 : end;
  }
  const cuts: WordCuts = { starts, ends, hashes, joined: null };
  return dotted ? joinDottedAcronyms(text, cuts) : cuts;
}

/** Whether the UTF-16 unit at `at` (< text.length) is part of a word: ASCII letters and digits fast, the rest by Unicode class. */
function isWordAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = wordClass[code]!;
  if (known === 0) {
    known = WORD_CHAR.test(text[at]!) ? 1 : 2;
    wordClass[code] = known;
  }
  return known === 1;
}

/** Per UTF-16 unit beyond ASCII, asked once: 0 not yet asked, 1 part of a word, 2 not. */
const wordClass = new Uint8Array(65_536);

/** "U.S." and "U.K." are written with dots between single capitals: join them into one word. */
function joinDottedAcronyms(text: string, cuts: WordCuts): WordCuts {
  const { starts, ends, hashes } = cuts;
  const result: WordCuts = { starts: [], ends: [], hashes: [], joined: new Map() };
  let i = 0;
  while (i < starts.length) {
    let j = i;
    while (
      j + 1 < starts.length &&
      isSingleCapitalAt(text, starts[j]!, ends[j]!) &&
      isSingleCapitalAt(text, starts[j + 1]!, ends[j + 1]!) &&
      text[ends[j]!] === "." &&
      starts[j + 1] === ends[j]! + 1
    ) {
      j++;
    }
    if (j > i) {
      let raw = "";
      for (let k = i; k <= j; k++) raw += text.slice(starts[k]!, ends[k]!);
      result.joined!.set(result.starts.length, raw);
      result.hashes.push(hashRange(raw, 0, raw.length));
    } else {
      result.hashes.push(hashes[i]!);
    }
    result.starts.push(starts[i]!);
    result.ends.push(ends[j]!);
    i = j + 1;
  }
  if (result.joined!.size === 0) result.joined = null;
  return result;
}

function isSingleCapitalAt(text: string, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const ch = text[start]!;
  return ch !== ch.toLowerCase();
}
