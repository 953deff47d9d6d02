/**
 * The sequence tagger: scores every token with the linear model's weights and decodes each sentence
 * with Viterbi under BIO constraints (an inside tag only continues its own span). Training reuses
 * the same scoring and decoding with floating-point weights.
 */
import { FIRST_CLASS_TEMPLATE, sentenceFeatures, TEMPLATE_COUNT, TEMPLATES } from "./features";
import { fusedEmissions } from "./fused-emissions";
import { L } from "./labels";
import type { ScoreLayout } from "./score-layout";
import type { Token } from "./tokenize";
import { viterbi5 } from "./viterbi";

export { LABELS, L, O, B_CUE, I_CUE, B_SRC, I_SRC } from "./labels";

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
  /** Per template, the indices of its rows with any non-zero weight (what loading the model read). */
  rowsWithWeight?: Int32Array[];
  /** The integer model's weights laid out for one-pass scoring (score-layout.ts); training has none. */
  layout?: ScoreLayout;
}

export { decoderWork } from "./viterbi";

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

/**
 * The extractor's emissions: one pass over the laid-out weights (fused-emissions.ts) when the model
 * has them, plus the template-by-template sum for any active template the layout does not know
 * (appended later); the template-by-template `emissions` otherwise. Same scores either way.
 */
export function sentenceEmissions(tokens: readonly Token[], from: number, to: number, encoded: Encoded, weights: WeightTables, scratch: Scratch): Scratch {
  return weights.layout ? layoutEmissions(tokens, from, to, encoded, weights, weights.layout, scratch) : emissions(tokens, from, to, encoded, weights, scratch);
}

function layoutEmissions(tokens: readonly Token[], from: number, to: number, encoded: Encoded, weights: WeightTables, layout: ScoreLayout, scratch: Scratch): Scratch {
  const n = to - from;
  if (scratch.scores.length < n * L) scratch = newScratch(n * 2);
  fusedEmissions(tokens, from, to, encoded, layout, scratch.scores);
  if (layout.others.length === 0) return scratch;
  const { features, scores } = scratch;
  const { values, offsets, lengths } = weights;
  sentenceFeatures(tokens, from, to, encoded.wordIds, encoded.suffixIds, encoded.cueLevel, encoded.sourceLevel, encoded.wordClass, weights.templateCount > FIRST_CLASS_TEMPLATE, features);
  for (let k = 0; k < n; k++) {
    for (const t of layout.others) {
      const index = features[k * TEMPLATE_COUNT + t]!;
      if (index < 0 || index * L >= lengths[t]!) continue;
      for (let y = 0; y < L; y++) scores[k * L + y]! += values[offsets[t]! + index * L + y]!;
    }
  }
  return scratch;
}

/** Viterbi over the emission scores of n tokens; writes the best labels into `labels`. */
export function viterbi(n: number, weights: WeightTables, scratch: Scratch, labels: Uint8Array, labelsOffset: number): void {
  viterbi5(n, weights.transitions, scratch.scores, scratch.back, labels, labelsOffset);
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

let sharedScratch = newScratch(256);

/**
 * Tags every token of the text (labels indexed like tokens). Every sentence is decoded: one without
 * a word that opened a cue in the training data still holds cues the model finds from suffixes, word
 * classes and context ("slams", "touts", "quipped"; 4% of the gold cues of held-out train folds).
 */
export function tagTokens(tokens: readonly Token[], encoded: Encoded, weights: WeightTables, sentences = sentenceRanges(tokens)): Uint8Array {
  const labels = new Uint8Array(tokens.length);
  let scratch = sharedScratch;
  for (const [from, to] of sentences) {
    scratch = sentenceEmissions(tokens, from, to, encoded, weights, scratch);
    viterbi(to - from, weights, scratch, labels, from);
  }
  sharedScratch = scratch;
  return labels;
}

export const TEMPLATE_NAMES = TEMPLATES.map((t) => t.name);
