/**
 * Feature templates of the attribution tagger, shared by training (scripts/train-extractor.ts) and
 * the extractor so both see exactly the same features. Each template yields at most one feature
 * per token: an index into that template's weight table (-1 when absent). Lexical templates index
 * by vocabulary id (0 is the unknown word) times the template's enumeration size.
 */
import { Kind, type Token } from "./tokenize";
import { CLASS_COUNT } from "./word-classes";

export interface Template {
  name: string;
  /** Indexed by a vocabulary id (word or suffix). */
  lexical: boolean;
  /** Number of values of the enumerated part. */
  size: number;
}

export const TEMPLATES: readonly Template[] = [
  { name: "bias", lexical: false, size: 1 },
  { name: "w0", lexical: true, size: 1 },
  { name: "w-1", lexical: true, size: 1 },
  { name: "w+1", lexical: true, size: 1 },
  { name: "w-2", lexical: true, size: 1 },
  { name: "w+2", lexical: true, size: 1 },
  { name: "suf3", lexical: true, size: 1 },
  { name: "shape-1.0.+1", lexical: false, size: 216 },
  { name: "w0.quote", lexical: true, size: 4 },
  { name: "cueRight", lexical: false, size: 18 },
  { name: "cueLeft", lexical: false, size: 18 },
  { name: "w0.cueRight", lexical: true, size: 9 },
  { name: "w0.cueLeft", lexical: true, size: 9 },
  { name: "position", lexical: false, size: 64 },
  { name: "quoteContext", lexical: false, size: 32 },
  { name: "w-1.cueHere", lexical: true, size: 2 },
  { name: "w+1.cueHere", lexical: true, size: 2 },
  { name: "suf3.cueRight", lexical: true, size: 9 },
  { name: "cueLevel-1.0.+1", lexical: false, size: 64 },
  { name: "sourceLevel-1.0.+1", lexical: false, size: 64 },
  { name: "sourceLevel.cueRight", lexical: false, size: 36 },
  { name: "shape.cueRight.quote", lexical: false, size: 108 },
  { name: "shape.cueLeft.quote", lexical: false, size: 108 },
  { name: "marksRight", lexical: false, size: 16 },
  { name: "marksLeft", lexical: false, size: 16 },
  // Word classes (word-classes.ts; C = CLASS_COUNT values, 0 for an unlisted word).
  { name: "class-1.0.+1", lexical: false, size: CLASS_COUNT * CLASS_COUNT * CLASS_COUNT },
  { name: "class-2.-1", lexical: false, size: CLASS_COUNT * CLASS_COUNT },
  { name: "class+1.+2", lexical: false, size: CLASS_COUNT * CLASS_COUNT },
  { name: "class0.cueRight", lexical: false, size: CLASS_COUNT * 18 },
  { name: "class0.cueLeft", lexical: false, size: CLASS_COUNT * 18 },
  { name: "w-1.class0", lexical: true, size: CLASS_COUNT },
  { name: "class0.quote.shape-1", lexical: false, size: CLASS_COUNT * 4 * 6 },
];
export const TEMPLATE_COUNT = TEMPLATES.length;
/** The word-class templates come last: a model trained without them scores only the ones before. */
export const FIRST_CLASS_TEMPLATE = TEMPLATES.findIndex((t) => t.name === "class-1.0.+1");

/** What the feature extractor needs from a vocabulary: an id per string, 0 when unknown. */
export type VocabLookup = (key: string) => number;

export function shapeOf(token: Token | undefined): number {
  if (!token) return 0;
  switch (token.kind) {
    case Kind.Number:
      return 1;
    case Kind.OpenQuote:
      return 2;
    case Kind.CloseQuote:
      return 3;
    case Kind.Punct:
      return token.lower === "," ? 4 : 5;
    default:
      return token.upper ? 0 : token.lower.length <= 3 ? 2 : 1;
  }
}

export function marksOf(token: Token): number {
  if (token.kind === Kind.OpenQuote || token.kind === Kind.CloseQuote) return 4;
  switch (token.lower) {
    case "that":
      return 1;
    case ":":
      return 2;
    case ",":
      return 8;
    default:
      return 0;
  }
}

export function distanceBucket(d: number): number {
  if (d <= 0) return 0;
  if (d <= 4) return d;
  if (d <= 7) return 5;
  if (d <= 12) return 6;
  if (d <= 20) return 7;
  return 8;
}

// Per-sentence buffers, reused (the extractor runs sentence after sentence on one thread).
let rightBuffer = new Int32Array(256);
let rightQuoteBuffer = new Uint8Array(256);
// Shape and marks of each token of the sentence, computed once (each is read by up to seven templates).
let shapeBuffer = new Uint8Array(256);
let marksBuffer = new Uint8Array(256);

/**
 * Writes the feature indices of tokens [from, to) (one sentence) into out[(i - from) * TEMPLATE_COUNT + t].
 * `wordIds` and `suffixIds` are per-token vocabulary ids; `cueLevel` and `sourceLevel` grade (0-3) how
 * often the word is part of a cue / a source in the training data (level 2 and up: the cue lexicon);
 * `wordClass` is the word's class (word-classes.ts); the class templates are written only when `classes`.
 */
export function sentenceFeatures(
  tokens: readonly Token[],
  from: number,
  to: number,
  wordIds: Int32Array,
  suffixIds: Int32Array,
  cueLevel: Uint8Array,
  sourceLevel: Uint8Array,
  wordClass: Uint8Array,
  classes: boolean,
  out: Int32Array,
): void {
  const n = to - from;
  // Distance to the nearest lexicon cue on each side inside the sentence, and whether a quotation
  // mark lies between (speakers sit outside the quotes they introduce).
  if (rightBuffer.length < n) {
    rightBuffer = new Int32Array(n * 2);
    rightQuoteBuffer = new Uint8Array(n * 2);
    shapeBuffer = new Uint8Array(n * 2);
    marksBuffer = new Uint8Array(n * 2);
  }
  const right = rightBuffer;
  const rightQuote = rightQuoteBuffer;
  const shapes = shapeBuffer;
  const marks = marksBuffer;
  for (let k = 0; k < n; k++) {
    const token = tokens[from + k]!;
    shapes[k] = shapeOf(token);
    marks[k] = marksOf(token);
  }
  let next = -1;
  let quoteSince = 0;
  for (let k = n - 1; k >= 0; k--) {
    right[k] = next < 0 ? 0 : next - k;
    rightQuote[k] = quoteSince;
    const kind = tokens[from + k]!.kind;
    if (cueLevel[from + k]! >= 2) {
      next = k;
      quoteSince = 0;
    } else if (kind === Kind.OpenQuote || kind === Kind.CloseQuote) quoteSince = 1;
  }
  let previous = -1;
  quoteSince = 0;
  const sentenceOpensWithQuote = tokens[from]!.kind === Kind.OpenQuote ? 1 : 0;
  for (let k = 0; k < n; k++) {
    const i = from + k;
    const token = tokens[i]!;
    const base = k * TEMPLATE_COUNT;
    const w = wordIds[i]!;
    const rightBucket = distanceBucket(right[k]!);
    const leftBucket = distanceBucket(previous < 0 ? 0 : k - previous);
    const quote = (token.inQuote ? 1 : 0) + (token.kind === Kind.OpenQuote || token.kind === Kind.CloseQuote ? 2 : 0);
    out[base + 0] = 0;
    out[base + 1] = w;
    out[base + 2] = k > 0 ? wordIds[i - 1]! : -1;
    out[base + 3] = k + 1 < n ? wordIds[i + 1]! : -1;
    out[base + 4] = k > 1 ? wordIds[i - 2]! : -1;
    out[base + 5] = k + 2 < n ? wordIds[i + 2]! : -1;
    out[base + 6] = suffixIds[i]!;
    const shape = shapes[k]!;
    out[base + 7] = (k > 0 ? shapes[k - 1]! : 0) * 36 + shape * 6 + (k + 1 < n ? shapes[k + 1]! : 0);
    out[base + 8] = w * 4 + quote;
    out[base + 9] = rightBucket * 2 + rightQuote[k]!;
    out[base + 10] = leftBucket * 2 + quoteSince;
    out[base + 11] = w * 9 + rightBucket;
    out[base + 12] = w * 9 + leftBucket;
    out[base + 13] = Math.min(k, 7) * 8 + Math.min(n - 1 - k, 3) * 2 + sentenceOpensWithQuote;
    out[base + 14] =
      (token.paragraphStart ? 16 : 0) +
      (k > 0 && tokens[i - 1]!.kind === Kind.CloseQuote ? 8 : 0) +
      (k + 1 < n && tokens[i + 1]!.kind === Kind.OpenQuote ? 4 : 0) +
      (k > 0 && tokens[i - 1]!.lower === "," ? 2 : 0) +
      (k + 1 < n && tokens[i + 1]!.lower === "," ? 1 : 0);
    const cueHere = cueLevel[i]! >= 2 ? 1 : 0;
    out[base + 15] = k > 0 ? wordIds[i - 1]! * 2 + cueHere : -1;
    out[base + 16] = k + 1 < n ? wordIds[i + 1]! * 2 + cueHere : -1;
    out[base + 17] = suffixIds[i]! * 9 + rightBucket;
    const prevCue = k > 0 ? cueLevel[i - 1]! : 0, nextCue = k + 1 < n ? cueLevel[i + 1]! : 0;
    const prevSource = k > 0 ? sourceLevel[i - 1]! : 0, nextSource = k + 1 < n ? sourceLevel[i + 1]! : 0;
    out[base + 18] = prevCue * 16 + cueLevel[i]! * 4 + nextCue;
    out[base + 19] = prevSource * 16 + sourceLevel[i]! * 4 + nextSource;
    out[base + 20] = sourceLevel[i]! * 9 + rightBucket;
    out[base + 21] = shape * 18 + rightBucket * 2 + rightQuote[k]!;
    out[base + 22] = shape * 18 + leftBucket * 2 + quoteSince;
    // What follows / precedes within three tokens: "that", a colon, a quotation mark, a comma.
    let marksRight = 0;
    for (let d = 1; d <= 3 && k + d < n; d++) marksRight |= marks[k + d]!;
    let marksLeft = 0;
    for (let d = 1; d <= 3 && k - d >= 0; d++) marksLeft |= marks[k - d]!;
    out[base + 23] = marksRight;
    out[base + 24] = marksLeft;
    if (classes) classFeatures(wordClass, wordIds, i, k, n, rightBucket * 2 + rightQuote[k]!, leftBucket * 2 + quoteSince, quote * 6 + (k > 0 ? shapes[k - 1]! : 0), out, base);
    if (cueHere) {
      previous = k;
      quoteSince = 0;
    } else if (token.kind === Kind.OpenQuote || token.kind === Kind.CloseQuote) quoteSince = 1;
  }
}

/** The word-class templates of token i (k-th of the sentence's n). */
function classFeatures(wordClass: Uint8Array, wordIds: Int32Array, i: number, k: number, n: number, right: number, left: number, quoteShape: number, out: Int32Array, base: number): void {
    const c0 = wordClass[i]!;
    const cPrev = k > 0 ? wordClass[i - 1]! : 0, cNext = k + 1 < n ? wordClass[i + 1]! : 0;
    out[base + 25] = (cPrev * CLASS_COUNT + c0) * CLASS_COUNT + cNext;
    out[base + 26] = (k > 1 ? wordClass[i - 2]! : 0) * CLASS_COUNT + cPrev;
    out[base + 27] = cNext * CLASS_COUNT + (k + 2 < n ? wordClass[i + 2]! : 0);
    out[base + 28] = c0 * 18 + right;
    out[base + 29] = c0 * 18 + left;
    out[base + 30] = k > 0 ? wordIds[i - 1]! * CLASS_COUNT + c0 : -1;
    out[base + 31] = c0 * 24 + quoteShape;
}

/** The vocabulary key of a token's suffix (kept apart from words by a leading "~"). */
export function suffixKey(lower: string): string {
  return "~" + (lower.length > 3 ? lower.slice(-3) : lower);
}
