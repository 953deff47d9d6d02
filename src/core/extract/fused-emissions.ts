/**
 * Emission scores of one sentence for the extractor, in one pass: each token's features
 * (features.ts gives their meaning; this computes the same indices) go straight to the rows of
 * score-layout.ts, with no per-template feature buffer in between. Token facts are read once per
 * sentence into arrays padded with three empty tokens on each side, so neighbours outside the
 * sentence need no branch: they read as an all-zero id, shape 0, level 0, class 0, no marks, which
 * is what the templates give for an absent neighbour. Training keeps the template-by-template
 * emissions (tagger.ts), which a unit test holds these scores equal to.
 */
import { distanceBucket, marksOf, shapeOf } from "./features";
import { DENSE_ROW as DENSE, PACK_BIAS, PACKED, ROLE, ROLE_COUNT, type ScoreLayout } from "./score-layout";
import { L } from "./labels";
import type { Encoded } from "./tagger";
import { Kind, type Token } from "./tokenize";
import { CLASS_COUNT } from "./word-classes";

const PAD = 3;
const QUOTE_MARK = 1, OPENS = 2, CLOSES = 4, COMMA = 8, IN_QUOTE = 16, PARAGRAPH = 32;
// The layout's offsets as constants of this module (read in the hottest loop).
const { word: WORD, wordCueRight: WORD_CUE_RIGHT, wordCueLeft: WORD_CUE_LEFT, previous: PREVIOUS, next: NEXT } = ROLE;
const { previous2: PREVIOUS2, next2: NEXT2, previousClass: PREVIOUS_CLASS, suffix: SUFFIX } = ROLE;
const { positionQuote: POSITION_QUOTE, shape: SHAPE, shapeCueRight: SHAPE_CUE_RIGHT, shapeCueLeft: SHAPE_CUE_LEFT, levels: LEVELS, marks: MARKS } = DENSE;
const { classes3: CLASSES3, classesLeft: CLASSES_LEFT, classesRight: CLASSES_RIGHT, classCues: CLASS_CUES, classQuoteShape: CLASS_QUOTE_SHAPE } = DENSE;

let capacity = 0;
let ids = new Int32Array(0);
let cue = new Uint8Array(0);
let source = new Uint8Array(0);
let classes = new Uint8Array(0);
let shapes = new Uint8Array(0);
let marks = new Uint8Array(0);
let flags = new Uint8Array(0);
let right = new Int32Array(0);
let rightQuote = new Uint8Array(0);
/** Where each row a token reads starts in layout.values. */
const rows = new Int32Array(32);

function reserve(n: number): void {
  if (n + 2 * PAD <= capacity) return;
  capacity = 2 * n + 2 * PAD;
  ids = new Int32Array(capacity);
  cue = new Uint8Array(capacity);
  source = new Uint8Array(capacity);
  classes = new Uint8Array(capacity);
  shapes = new Uint8Array(capacity);
  marks = new Uint8Array(capacity);
  flags = new Uint8Array(capacity);
  right = new Int32Array(capacity);
  rightQuote = new Uint8Array(capacity);
}

/** Reads the sentence's tokens [from, to) into the padded arrays (token k at k + PAD). */
function load(tokens: readonly Token[], from: number, to: number, encoded: Encoded, none: number): void {
  const n = to - from;
  for (const k of [0, 1, 2, n + 3, n + 4, n + 5]) {
    ids[k] = none;
    cue[k] = source[k] = classes[k] = shapes[k] = marks[k] = flags[k] = 0;
  }
  for (let k = 0; k < n; k++) {
    const i = from + k, at = k + PAD;
    const token = tokens[i]!;
    const id = encoded.wordIds[i]!;
    ids[at] = id < none ? id : none;
    cue[at] = encoded.cueLevel[i]!;
    source[at] = encoded.sourceLevel[i]!;
    classes[at] = encoded.wordClass[i]!;
    shapes[at] = shapeOf(token);
    marks[at] = marksOf(token);
    const kind = token.kind;
    flags[at] =
      (kind === Kind.OpenQuote ? OPENS | QUOTE_MARK : kind === Kind.CloseQuote ? CLOSES | QUOTE_MARK : 0) |
      (token.lower === "," ? COMMA : 0) | (token.inQuote ? IN_QUOTE : 0) | (token.paragraphStart ? PARAGRAPH : 0);
  }
  // Distance to the next lexicon cue and whether a quotation mark lies between (as sentenceFeatures).
  let next = -1;
  let quoteSince = 0;
  for (let k = n - 1; k >= 0; k--) {
    right[k] = next < 0 ? 0 : next - k;
    rightQuote[k] = quoteSince;
    if (cue[k + PAD]! >= 2) {
      next = k;
      quoteSince = 0;
    } else if (flags[k + PAD]! & QUOTE_MARK) quoteSince = 1;
  }
}

/** Scores of tokens [from, to) (one sentence) into scores[(i - from) * L + label]. */
export function fusedEmissions(tokens: readonly Token[], from: number, to: number, encoded: Encoded, layout: ScoreLayout, scores: Float64Array): void {
  const n = to - from;
  reserve(n);
  const { packed, directory, none } = layout;
  load(tokens, from, to, encoded, none);
  const opensWithQuote = flags[PAD]! & OPENS ? 1 : 0;
  const withClasses = layout.classes;
  const count = withClasses ? 20 : 14; // rows per token, at most MAX_ROWS (score-layout.ts)
  const bias = count * PACK_BIAS;
  let previous = -1;
  let quoteSince = 0;
  for (let k = 0; k < n; k++) {
    const at = k + PAD;
    const i = from + k;
    const rightBucket = distanceBucket(right[k]!);
    const leftBucket = distanceBucket(previous < 0 ? 0 : k - previous);
    const rightKey = rightBucket * 2 + rightQuote[k]!, leftKey = leftBucket * 2 + quoteSince;
    const flag = flags[at]!;
    const before = flags[at - 1]!, after = flags[at + 1]!;
    const quoteContext = (flag & PARAGRAPH ? 16 : 0) + (before & CLOSES ? 8 : 0) + (after & OPENS ? 4 : 0) + (before & COMMA ? 2 : 0) + (after & COMMA ? 1 : 0);
    const quote = (flag & IN_QUOTE ? 1 : 0) + (flag & QUOTE_MARK ? 2 : 0);
    const cueHere = cue[at]! >= 2 ? 1 : 0;
    const shape = shapes[at]!, shapePrev = shapes[at - 1]!;
    const word = ids[at]! * ROLE_COUNT;
    const suffixId = encoded.suffixIds[i]!;
    const prev = ids[at - 1]! * ROLE_COUNT;
    rows[0] = directory[word + WORD]! + quote;
    rows[1] = directory[word + WORD_CUE_RIGHT]! + rightBucket;
    rows[2] = directory[word + WORD_CUE_LEFT]! + leftBucket;
    rows[3] = directory[prev + PREVIOUS]! + cueHere;
    rows[4] = directory[ids[at + 1]! * ROLE_COUNT + NEXT]! + cueHere;
    rows[5] = directory[ids[at - 2]! * ROLE_COUNT + PREVIOUS2]!;
    rows[6] = directory[ids[at + 2]! * ROLE_COUNT + NEXT2]!;
    rows[7] = directory[(suffixId < none ? suffixId : none) * ROLE_COUNT + SUFFIX]! + rightBucket;
    rows[8] = POSITION_QUOTE + (Math.min(k, 7) * 8 + Math.min(n - 1 - k, 3) * 2 + opensWithQuote) * 32 + quoteContext;
    rows[9] = SHAPE + (shapePrev * 36 + shape * 6 + shapes[at + 1]!);
    rows[10] = SHAPE_CUE_RIGHT + source[at]! * 108 + shape * 18 + rightKey;
    rows[11] = SHAPE_CUE_LEFT + (shape * 18 + leftKey);
    rows[12] = LEVELS + (cue[at - 1]! * 16 + cue[at]! * 4 + cue[at + 1]!) * 64 + (source[at - 1]! * 16 + source[at]! * 4 + source[at + 1]!);
    rows[13] = MARKS + (((marks[at + 1]! | marks[at + 2]! | marks[at + 3]!) << 4) | marks[at - 1]! | marks[at - 2]! | marks[at - 3]!);
    if (withClasses) {
      const c0 = classes[at]!, cPrev = classes[at - 1]!, cNext = classes[at + 1]!;
      rows[14] = directory[prev + PREVIOUS_CLASS]! + c0;
      rows[15] = CLASSES3 + ((cPrev * CLASS_COUNT + c0) * CLASS_COUNT + cNext);
      rows[16] = CLASSES_LEFT + (classes[at - 2]! * CLASS_COUNT + cPrev);
      rows[17] = CLASSES_RIGHT + (cNext * CLASS_COUNT + classes[at + 2]!);
      rows[18] = CLASS_CUES + (c0 * 18 + rightKey) * 18 + leftKey;
      rows[19] = CLASS_QUOTE_SHAPE + (c0 * 24 + quote * 6 + shapePrev);
    }
    // Two labels per addition (score-layout.ts packs them), then the halves apart.
    let s01 = 0, s23 = 0, s4 = 0;
    for (let r = 0; r < count; r++) {
      const o = rows[r]! * PACKED;
      s01 = (s01 + packed[o]!) | 0;
      s23 = (s23 + packed[o + 1]!) | 0;
      s4 = (s4 + packed[o + 2]!) | 0;
    }
    const o = k * L;
    scores[o] = (s01 & 0xffff) - bias;
    scores[o + 1] = (s01 >>> 16) - bias;
    scores[o + 2] = (s23 & 0xffff) - bias;
    scores[o + 3] = (s23 >>> 16) - bias;
    scores[o + 4] = (s4 & 0xffff) - bias;
    if (cueHere) {
      previous = k;
      quoteSince = 0;
    } else if (flag & QUOTE_MARK) quoteSince = 1;
  }
}
