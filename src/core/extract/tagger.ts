/**
 * The sequence tagger: scores every token with the linear model's weights and decodes each sentence
 * with Viterbi under BIO constraints (an inside tag only continues its own span). Training reuses
 * the same scoring and decoding with floating-point weights.
 */
import { FIRST_CLASS_TEMPLATE, sentenceFeatures, TEMPLATE_COUNT, TEMPLATES } from "./features";
import type { Token } from "./tokenize";

export const LABELS = ["O", "B-CUE", "I-CUE", "B-SRC", "I-SRC"] as const;
export const L = LABELS.length;
export const O = 0, B_CUE = 1, I_CUE = 2, B_SRC = 3, I_SRC = 4;

/** allowed[prev * L + next]; prev = L stands for the sentence start. */
export const ALLOWED = (() => {
  const allowed = new Uint8Array((L + 1) * L);
  for (let prev = 0; prev <= L; prev++) {
    for (let next = 0; next < L; next++) {
      const ok = next === I_CUE ? prev === B_CUE || prev === I_CUE : next === I_SRC ? prev === B_SRC || prev === I_SRC : true;
      allowed[prev * L + next] = ok ? 1 : 0;
    }
  }
  return allowed;
})();

export interface WeightTables {
  /** All templates' weights in one array (one typed array keeps the scoring loop monomorphic). */
  values: Float64Array | Int16Array;
  /** Where each template's table starts in `values`; its entry is (featureIndex * L + label). */
  offsets: Int32Array;
  /** Length of each template's table in `values`. */
  lengths: Int32Array;
  /** (prev * L + next), prev = L for the sentence start. */
  transitions: ArrayLike<number>;
  /** Templates scored: all, or those before the word-class ones for a model trained without them. */
  templateCount: number;
}

/** Work counter for the linearity tests: token-label cells the decoder filled since the last reset. */
export const decoderWork = { steps: 0 };

export interface Encoded {
  wordIds: Int32Array;
  suffixIds: Int32Array;
  cueLevel: Uint8Array;
  sourceLevel: Uint8Array;
  wordClass: Uint8Array;
}

export interface Scratch {
  features: Int32Array;
  scores: Float64Array;
  back: Int32Array;
}

export function newScratch(size: number): Scratch {
  return { features: new Int32Array(size * TEMPLATE_COUNT), scores: new Float64Array(size * L), back: new Int32Array(size * L) };
}

/** Emission scores of tokens [from, to) into scratch.scores; returns the (possibly grown) scratch. */
export function emissions(tokens: readonly Token[], from: number, to: number, encoded: Encoded, weights: WeightTables, scratch: Scratch): Scratch {
  const n = to - from;
  if (scratch.scores.length < n * L) scratch = newScratch(n * 2);
  const { features, scores } = scratch;
  const { values, offsets, lengths } = weights;
  sentenceFeatures(tokens, from, to, encoded.wordIds, encoded.suffixIds, encoded.cueLevel, encoded.sourceLevel, encoded.wordClass, weights.templateCount > FIRST_CLASS_TEMPLATE, features);
  const templateCount = weights.templateCount;
  for (let k = 0; k < n; k++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
    const base = k * TEMPLATE_COUNT;
    for (let t = 0; t < templateCount; t++) {
      const index = features[base + t]!;
      const local = index * L;
      if (index < 0 || local >= lengths[t]!) continue;
      const offset = offsets[t]! + local;
      s0 += values[offset]!;
      s1 += values[offset + 1]!;
      s2 += values[offset + 2]!;
      s3 += values[offset + 3]!;
      s4 += values[offset + 4]!;
    }
    const o = k * L;
    scores[o] = s0;
    scores[o + 1] = s1;
    scores[o + 2] = s2;
    scores[o + 3] = s3;
    scores[o + 4] = s4;
  }
  return scratch;
}

const DELTA = new Float64Array(L);
const MASKED = new Float64Array((L + 1) * L);
const NEXT_DELTA = new Float64Array(L);

/** Viterbi over the emission scores of n tokens; writes the best labels into `labels`. */
export function viterbi(n: number, weights: WeightTables, scratch: Scratch, labels: Uint8Array, labelsOffset: number): void {
  const { scores, back } = scratch;
  // Transitions with the BIO constraints folded in as -Infinity, so the inner loop has no branch.
  const trans = MASKED;
  for (let k = 0; k < trans.length; k++) trans[k] = ALLOWED[k] ? weights.transitions[k]! : -Infinity;
  const delta = DELTA;
  const nextDelta = NEXT_DELTA;
  for (let y = 0; y < L; y++) delta[y] = scores[y]! + trans[L * L + y]!;
  for (let k = 1; k < n; k++) {
    const row = k * L;
    for (let y = 0; y < L; y++) {
      let best = delta[0]! + trans[y]!;
      let arg = 0;
      for (let p = 1; p < L; p++) {
        const v = delta[p]! + trans[p * L + y]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      nextDelta[y] = best + scores[row + y]!;
      back[row + y] = arg;
    }
    for (let y = 0; y < L; y++) delta[y] = nextDelta[y]!;
  }
  decoderWork.steps += n * L;
  let best = 0;
  for (let y = 1; y < L; y++) if (delta[y]! > delta[best]!) best = y;
  for (let k = n - 1; k >= 0; k--) {
    labels[labelsOffset + k] = best;
    if (k > 0) best = back[k * L + best]!;
  }
}

/** Token ranges [from, to) of the sentences. */
export function sentenceRanges(tokens: readonly Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.sentence !== tokens[from]!.sentence) {
      ranges.push([from, i]);
      from = i;
    }
  }
  return ranges;
}

const MIN_CUE_LEVEL = 1;
let sharedScratch = newScratch(256);

/** Tags every token of the text (labels indexed like tokens). */
export function tagTokens(tokens: readonly Token[], encoded: Encoded, weights: WeightTables, sentences = sentenceRanges(tokens)): Uint8Array {
  const labels = new Uint8Array(tokens.length);
  let scratch = sharedScratch;
  for (const [from, to] of sentences) {
    // A sentence without any word that ever opens a cue in the training data holds no attribution
    // the model could find: skip its decoding (most of a news text).
    let cueWord = false;
    for (let i = from; i < to && !cueWord; i++) cueWord = encoded.cueLevel[i]! >= MIN_CUE_LEVEL;
    if (!cueWord) continue;
    scratch = emissions(tokens, from, to, encoded, weights, scratch);
    viterbi(to - from, weights, scratch, labels, from);
  }
  sharedScratch = scratch;
  return labels;
}

export const TEMPLATE_NAMES = TEMPLATES.map((t) => t.name);
