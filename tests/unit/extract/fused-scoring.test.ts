import { describe, expect, it } from "vitest";
import { FIRST_CLASS_TEMPLATE, TEMPLATES } from "../../../src/core/extract/features";
import { encodeTokens, loadModel, type SerialisedModel } from "../../../src/core/extract/model";
import serialised from "../../../src/core/extract/model/weights.json";
import { buildScoreLayout } from "../../../src/core/extract/score-layout";
import { B_CUE, B_SRC, emissions, I_CUE, I_SRC, L, newScratch, sentenceEmissions, sentenceRanges, type WeightTables } from "../../../src/core/extract/tagger";
import { tokenize } from "../../../src/core/extract/tokenize";
import { viterbi5 } from "../../../src/core/extract/viterbi";

const model = loadModel(serialised as unknown as SerialisedModel);

/** Sentences with what the templates look at: quotes, paragraph starts, commas, colons, "that", numbers, unknown words, cues near and far. */
const TEXT = [
  "“We will not back down,” the senator said on Tuesday, adding that 3,000 jobs were at stake.",
  "According to officials familiar with the matter: the plan, which Zorblax Quuxington opposed, failed.",
  "He said: “It's over.” “Really?” she asked, and the spokesman told reporters that nothing had changed.",
  "Officials said.\n\nThe report, released Monday by the agency, said inflation rose 4.2 percent, the most since 1990, economists noted.",
  "a b c d e f g h i j k l m n o p q r s t u v w x y z said that it was so , , : : “ ” ' \" that",
].join(" ");

/** Scores of every sentence of TEXT, by the given emissions function. */
function allScores(weights: WeightTables, score: typeof emissions): number[] {
  const tokens = tokenize(TEXT);
  const encoded = encodeTokens(tokens, model);
  const result: number[] = [];
  for (const [from, to] of sentenceRanges(tokens)) {
    const scratch = score(tokens, from, to, encoded, weights, newScratch(to - from));
    result.push(...scratch.scores.subarray(0, (to - from) * L));
  }
  return result;
}

describe("one-pass scoring over the laid-out weights", () => {
  const generic: WeightTables = { ...model.weights, layout: undefined };

  it("gives the template-by-template scores of the bundled model", () => {
    expect(model.weights.layout).toBeDefined();
    const expected = allScores(generic, emissions);
    expect(expected.some((v) => v !== 0)).toBe(true);
    expect(allScores(model.weights, sentenceEmissions)).toEqual(expected);
  });

  it("gives them for a model trained without the word-class templates", () => {
    const noClasses: WeightTables = { ...generic, templateCount: FIRST_CLASS_TEMPLATE };
    const layout = buildScoreLayout(noClasses, model.lastWordId)!;
    expect(layout.classes).toBe(false);
    const expected = allScores(noClasses, emissions);
    expect(allScores({ ...noClasses, layout }, sentenceEmissions)).toEqual(expected);
    expect(expected).not.toEqual(allScores(generic, emissions));
  });

  it("adds templates the layout does not cover the template-by-template way", () => {
    // Scoring w0 a second time the generic way must add exactly its weights once more.
    const w0 = TEMPLATES.findIndex((t) => t.name === "w0");
    const layout = { ...model.weights.layout!, others: [w0] };
    const once = allScores(generic, emissions);
    const doubledW0: WeightTables = { ...generic, values: Int16Array.from(generic.values, (v, k) => (k >= generic.offsets[w0]! && k < generic.offsets[w0]! + generic.lengths[w0]! ? 2 * v : v)) };
    const twice = allScores(doubledW0, emissions);
    expect(twice).not.toEqual(once);
    expect(allScores({ ...model.weights, layout }, sentenceEmissions)).toEqual(twice);
  });
});

/** allowed[prev * L + next] under BIO (prev = L: the sentence start): an inside label only continues its own span. */
const ALLOWED = Array.from({ length: (L + 1) * L }, (_, k) => {
  const prev = Math.floor(k / L), next = k % L;
  return next === I_CUE ? prev === B_CUE || prev === I_CUE : next === I_SRC ? prev === B_SRC || prev === I_SRC : true;
});

/** The decoder the written-out one replaces: every move, forbidden ones at -Infinity, first best on ties. */
function referenceViterbi(n: number, transitions: ArrayLike<number>, scores: Float64Array): number[] {
  const trans = Array.from({ length: (L + 1) * L }, (_, k) => (ALLOWED[k] ? transitions[k]! : -Infinity));
  let delta = Array.from({ length: L }, (_, y) => scores[y]! + trans[L * L + y]!);
  const back: number[][] = [[]];
  for (let k = 1; k < n; k++) {
    const next: number[] = [];
    back.push([]);
    for (let y = 0; y < L; y++) {
      let best = delta[0]! + trans[y]!, arg = 0;
      for (let p = 1; p < L; p++) if (delta[p]! + trans[p * L + y]! > best) (best = delta[p]! + trans[p * L + y]!), (arg = p);
      next.push(best + scores[k * L + y]!);
      back[k]!.push(arg);
    }
    delta = next;
  }
  let best = 0;
  for (let y = 1; y < L; y++) if (delta[y]! > delta[best]!) best = y;
  const labels = new Array<number>(n);
  for (let k = n - 1; k >= 0; k--) {
    labels[k] = best;
    if (k > 0) best = back[k]![best]!;
  }
  return labels;
}

describe("the five-label Viterbi", () => {
  it("decodes like the generic one, ties included", () => {
    let seed = 7;
    const random = (range: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % range) - Math.floor(range / 2);
    for (let trial = 0; trial < 300; trial++) {
      // Small integer ranges make ties common.
      const range = trial % 2 ? 3 : 40;
      const n = 1 + (trial % 17);
      const transitions = Array.from({ length: (L + 1) * L }, () => random(range));
      const scores = Float64Array.from({ length: n * L }, () => random(range));
      const labels = new Uint8Array(n + 2);
      viterbi5(n, transitions, scores, new Int32Array(n * L), labels, 2);
      expect(Array.from(labels.subarray(2))).toEqual(referenceViterbi(n, transitions, scores));
    }
  });
});
