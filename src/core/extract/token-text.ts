/**
 * Character classes and token strings for the tokenizer, without regular expressions or a string
 * per character: a table answers "letter or digit", "space" and "upper case" for any UTF-16 code
 * unit (filled on first sight of a code unit outside ASCII), and a token's lower-cased text is
 * interned, so the words a text repeats cost no new string and carry a small integer key that
 * encoding caches vocabulary ids by (see encode-cache.ts).
 */

const LETTER_OR_DIGIT = 1;
const SPACE = 2;
const UPPER = 4;
const KNOWN = 128;

/** Class bits per code unit; 0 until the code unit is first asked about. */
const CLASS = new Uint8Array(0x10000);

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  let bits = KNOWN;
  let letter: boolean;
  if (code < 128) letter = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // General punctuation, quotes and dashes (U+2000-U+206F) are the common non-ASCII characters of news text.
  else if (code >= 0x2000 && code <= 0x206f) letter = false;
  else if (code >= 0xc0 && code <= 0x24f) letter = code !== 0xd7 && code !== 0xf7;
  // Other letters: anything that has distinct cases, or common scripts without case.
  else letter = lower !== ch.toUpperCase() || (code >= 0x3040 && code <= 0x9fff);
  if (letter) bits |= LETTER_OR_DIGIT;
  if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000) bits |= SPACE;
  if (code < 128 ? code >= 65 && code <= 90 : ch !== lower) bits |= UPPER;
  return bits;
}

/** The ASCII part on its own: a small table the hot loops read without a first-sight check. */
const ASCII_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) CLASS[code] = ASCII_CLASS[code] = classify(code);

function classOf(code: number): number {
  if (code < 128) return ASCII_CLASS[code]!;
  const bits = CLASS[code]!;
  if (bits !== 0) return bits;
  return (CLASS[code] = classify(code));
}

export function isLetterOrDigit(code: number): boolean {
  return (classOf(code) & LETTER_OR_DIGIT) !== 0;
}

export function isSpace(code: number): boolean {
  return (classOf(code) & SPACE) !== 0;
}

/** The code unit is an upper-case letter (its lower case differs). */
export function isUpper(code: number): boolean {
  return (classOf(code) & UPPER) !== 0;
}

/**
 * Interned lower-cased token texts. Keys 0..127 are the single ASCII characters (the key is the
 * lower-cased code); other single code units and ASCII words up to 64 characters get keys from 128
 * on. The table is bounded: when it is full it starts again (keys handed out before then may be
 * reused, so a key is only a cache hint: whoever caches by key checks that the cached string
 * equals the token's).
 *
 * Words of up to 12 ASCII characters (nearly all tokens) are found by their characters packed
 * 7 bits each into three integers (4 characters each), an exact key: finding them compares
 * numbers, never strings. Longer ones by a 32-bit hash and a character comparison.
 */
const ASCII_KEYS = 128;
const MAX_ENTRIES = 1 << 15;
/** Longer tokens are rare and would make the table hold long strings: they are not interned. */
const MAX_INTERNED_LENGTH = 64;
export const PACKED_LENGTH = 12;
const SLOTS = MAX_ENTRIES * 2;
const SLOT_MASK = SLOTS - 1;

const asciiSingles: string[] = [];
export const ASCII_LOWER = new Uint8Array(ASCII_KEYS);
for (let code = 0; code < ASCII_KEYS; code++) {
  asciiSingles.push(String.fromCharCode(code).toLowerCase());
  ASCII_LOWER[code] = code >= 65 && code <= 90 ? code + 32 : code;
}
/** Lower-cased single code units beyond ASCII, made on first sight, and their keys + 1 (0: none yet). */
const otherSingles = new Map<number, string>();
const otherSingleKeys = new Int32Array(0x10000);
/** Short words: per slot [first, second, third, entry + 1] (entry + 1 is 0 when empty). */
const packedSlots = new Int32Array(SLOTS * 4);
/** Other words: per slot [hash, entry + 1]. */
const hashedSlots = new Int32Array(SLOTS * 2);
const entryStrings: string[] = [];
let entries = 0;
/** The lower-cased code units of the token being interned. */
const lowered = new Uint16Array(MAX_INTERNED_LENGTH);

/** Upper bound of the keys `lowerOf` hands out (for caches indexed by key). */
export const KEY_LIMIT = ASCII_KEYS + MAX_ENTRIES;

/** Key of the string the last call to `lowerOf` or `packedLower` returned, -1 when it is not interned. */
export const interned = { key: -1 };

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** A new entry for `word` (a string of its own, not a slice of page text); starts the table again when full. */
function addEntry(word: string): number {
  if (entries === MAX_ENTRIES) {
    packedSlots.fill(0);
    hashedSlots.fill(0);
    otherSingleKeys.fill(0);
    entryStrings.length = 0;
    entries = 0;
  }
  entryStrings.push(word);
  return entries++;
}

function fromLowered(length: number): string {
  return String.fromCharCode.apply(null, lowered.subarray(0, length) as unknown as number[]);
}

/** Entry of the `length` code units in `lowered` (hashed to `hash`), added when new. */
function hashedEntry(hash: number, length: number, word: string | null): number {
  let slot = hash & SLOT_MASK;
  for (; ; slot = (slot + 1) & SLOT_MASK) {
    const entry = hashedSlots[2 * slot + 1]! - 1;
    if (entry < 0) break;
    if (hashedSlots[2 * slot] !== hash) continue;
    const candidate = entryStrings[entry]!;
    if (candidate.length !== length) continue;
    let same = true;
    for (let k = 0; k < length && same; k++) same = candidate.charCodeAt(k) === lowered[k];
    if (same) return entry;
  }
  const entry = addEntry(word ?? fromLowered(length));
  // The table may have started again: find a free slot afresh.
  if (entries === 1) for (slot = hash & SLOT_MASK; hashedSlots[2 * slot + 1] !== 0; slot = (slot + 1) & SLOT_MASK);
  hashedSlots[2 * slot] = hash;
  hashedSlots[2 * slot + 1] = entry + 1;
  return entry;
}

function singleOf(code: number): string {
  if (code < ASCII_KEYS) {
    const lower = asciiSingles[code]!;
    interned.key = lower.charCodeAt(0);
    return lower;
  }
  let lower = otherSingles.get(code);
  if (lower === undefined) otherSingles.set(code, (lower = String.fromCharCode(code).toLowerCase()));
  let key = otherSingleKeys[code]! - 1;
  if (key < 0) {
    let hash = FNV_OFFSET;
    for (let k = 0; k < lower.length; k++) {
      lowered[k] = lower.charCodeAt(k);
      hash = Math.imul(hash ^ lowered[k]!, FNV_PRIME);
    }
    key = ASCII_KEYS + hashedEntry(hash, lower.length, lower);
    otherSingleKeys[code] = key + 1;
  }
  interned.key = key;
  return lower;
}

function notInterned(text: string, start: number, end: number): string {
  interned.key = -1;
  return text.slice(start, end).toLowerCase();
}

function packedSlotOf(first: number, second: number, third: number): number {
  return (Math.imul(first ^ Math.imul(second ^ Math.imul(third, 0x27d4eb2f), 0x9e3779b1), 0x85ebca6b) >>> 15) & SLOT_MASK;
}

/**
 * Lower-cased text of the ASCII word [start, end) of 2 to 12 characters, given its lower-cased
 * characters packed 7 bits each, 4 per number (`first` holds characters 0-3, `second` 4-7,
 * `third` 8-11), as the tokenizer's word scan builds them. Characters are never 0, so the packed
 * numbers also tell the length: they are an exact key.
 */
export function packedLower(first: number, second: number, third: number, text: string, start: number, end: number): string {
  let slot = packedSlotOf(first, second, third);
  for (; ; slot = (slot + 1) & SLOT_MASK) {
    const at = 4 * slot;
    const entry = packedSlots[at + 3]! - 1;
    if (entry < 0) break;
    if (packedSlots[at] === first && packedSlots[at + 1] === second && packedSlots[at + 2] === third) {
      interned.key = ASCII_KEYS + entry;
      return entryStrings[entry]!;
    }
  }
  const length = end - start;
  for (let k = 0; k < length; k++) lowered[k] = ASCII_LOWER[text.charCodeAt(start + k)]!;
  const entry = addEntry(fromLowered(length));
  // The table may have started again: find a free slot afresh.
  if (entries === 1) for (slot = packedSlotOf(first, second, third); packedSlots[4 * slot + 3] !== 0; slot = (slot + 1) & SLOT_MASK);
  packedSlots[4 * slot] = first;
  packedSlots[4 * slot + 1] = second;
  packedSlots[4 * slot + 2] = third;
  packedSlots[4 * slot + 3] = entry + 1;
  interned.key = ASCII_KEYS + entry;
  return entryStrings[entry]!;
}

/** `text.slice(start, end).toLowerCase()`, interned when the token is one code unit or an ASCII word of up to 64 characters. */
export function lowerOf(text: string, start: number, end: number): string {
  const length = end - start;
  if (length === 1) return singleOf(text.charCodeAt(start));
  if (length > MAX_INTERNED_LENGTH) return notInterned(text, start, end);
  let hash = FNV_OFFSET;
  for (let k = 0; k < length; k++) {
    const code = text.charCodeAt(start + k);
    if (code >= ASCII_KEYS) return notInterned(text, start, end);
    lowered[k] = ASCII_LOWER[code]!;
    hash = Math.imul(hash ^ lowered[k]!, FNV_PRIME);
  }
  const entry = hashedEntry(hash, length, null);
  interned.key = ASCII_KEYS + entry;
  return entryStrings[entry]!;
}
