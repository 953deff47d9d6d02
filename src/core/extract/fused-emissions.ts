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
import { DENSE, ROLE, ROLE_COUNT, type ScoreLayout } from "./score-layout";
import { L } from "./labels";
import type { Encoded } from "./tagger";
import { Kind, type Token } from "./tokenize";
import { CLASS_COUNT } from "./word-classes";

const PAD = 3;
const QUOTE_MARK = 1, OPENS = 2, CLOSES = 4, COMMA = 8, IN_QUOTE = 16, PARAGRAPH = 32;

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
  const { values, directory, none } = layout;
  load(tokens, from, to, encoded, none);
  const opensWithQuote = flags[PAD]! & OPENS ? 1 : 0;
  const withClasses = layout.classes;
  const last = withClasses ? 23 : 16;
  let previous = -1;
  let quoteSince = 0;
  for (let k = 0; k < n; k++) {
    const at = k + PAD;
    const i = from + k;
    const rightBucket = distanceBucket(right[k]!);
    const leftBucket = distanceBucket(previous < 0 ? 0 : k - previous);
    const rightKey = rightBucket * 2 + rightQuote[k]!, leftKey = leftBucket * 2 + quoteSince;
    const flag = flags[at]!;
    const quote = (flag & IN_QUOTE ? 1 : 0) + (flag & QUOTE_MARK ? 2 : 0);
    const cueHere = cue[at]! >= 2 ? 1 : 0;
    const shape = shapes[at]!, shapePrev = shapes[at - 1]!;
    const word = ids[at]! * ROLE_COUNT;
    const suffixId = encoded.suffixIds[i]!;
    const prev = ids[at - 1]! * ROLE_COUNT;
    rows[0] = directory[word + ROLE.word]! + quote * L;
    rows[1] = directory[word + ROLE.wordCueRight]! + rightBucket * L;
    rows[2] = directory[word + ROLE.wordCueLeft]! + leftBucket * L;
    rows[3] = directory[prev + ROLE.previous]! + cueHere * L;
    rows[4] = directory[ids[at + 1]! * ROLE_COUNT + ROLE.next]! + cueHere * L;
    rows[5] = directory[ids[at - 2]! * ROLE_COUNT + ROLE.previous2]!;
    rows[6] = directory[ids[at + 2]! * ROLE_COUNT + ROLE.next2]!;
    rows[7] = directory[(suffixId < none ? suffixId : none) * ROLE_COUNT + ROLE.suffix]! + rightBucket * L;
    rows[8] = DENSE.position + (Math.min(k, 7) * 8 + Math.min(n - 1 - k, 3) * 2 + opensWithQuote) * L;
    rows[9] = DENSE.shape + (shapePrev * 36 + shape * 6 + shapes[at + 1]!) * L;
    rows[10] = DENSE.shapeCueRight + (shape * 18 + rightKey) * L;
    rows[11] = DENSE.shapeCueLeft + (shape * 18 + leftKey) * L;
    rows[12] =
      DENSE.quoteContext +
      ((flag & PARAGRAPH ? 16 : 0) + (flags[at - 1]! & CLOSES ? 8 : 0) + (flags[at + 1]! & OPENS ? 4 : 0) + (flags[at - 1]! & COMMA ? 2 : 0) + (flags[at + 1]! & COMMA ? 1 : 0)) * L;
    rows[13] = DENSE.cueLevels + (cue[at - 1]! * 16 + cue[at]! * 4 + cue[at + 1]!) * L;
    rows[14] = DENSE.sourceLevels + (source[at - 1]! * 16 + source[at]! * 4 + source[at + 1]!) * L;
    rows[15] = DENSE.sourceCueRight + (source[at]! * 9 + rightBucket) * L;
    rows[16] = DENSE.marks + (((marks[at + 1]! | marks[at + 2]! | marks[at + 3]!) << 4) | marks[at - 1]! | marks[at - 2]! | marks[at - 3]!) * L;
    if (withClasses) {
      const c0 = classes[at]!, cPrev = classes[at - 1]!, cNext = classes[at + 1]!;
      rows[17] = directory[prev + ROLE.previousClass]! + c0 * L;
      rows[18] = DENSE.classes3 + ((cPrev * CLASS_COUNT + c0) * CLASS_COUNT + cNext) * L;
      rows[19] = DENSE.classesLeft + (classes[at - 2]! * CLASS_COUNT + cPrev) * L;
      rows[20] = DENSE.classesRight + (cNext * CLASS_COUNT + classes[at + 2]!) * L;
      rows[21] = DENSE.classCueRight + (c0 * 18 + rightKey) * L;
      rows[22] = DENSE.classCueLeft + (c0 * 18 + leftKey) * L;
      rows[23] = DENSE.classQuoteShape + (c0 * 24 + quote * 6 + shapePrev) * L;
    }
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
    for (let r = 0; r <= last; r++) {
      const o = rows[r]!;
      s0 += values[o]!;
      s1 += values[o + 1]!;
      s2 += values[o + 2]!;
      s3 += values[o + 3]!;
      s4 += values[o + 4]!;
    }
    const o = k * L;
    scores[o] = s0;
    scores[o + 1] = s1;
    scores[o + 2] = s2;
    scores[o + 3] = s3;
    scores[o + 4] = s4;
    if (cueHere) {
      previous = k;
      quoteSince = 0;
    } else if (flag & QUOTE_MARK) quoteSince = 1;
  }
}
