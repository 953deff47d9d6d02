/**
 * Trains the attribution tagger (cue and source spans, BIO) on the PolNeAR train split only, with an
 * averaged structured perceptron, and writes the pruned, integer-quantised model to
 * src/core/extract/model/weights.json. Reproducible: fixed seed, fixed order.
 *
 *   npx tsx scripts/train-extractor.ts [--epochs 16] [--rows 40000] [--quant 16] [--all-annotators 0|1] [--limit N]
 *     [--fold k/n --out FILE]   (train without fold k's articles, for cross-validation with eval.ts)
 */
import { writeFileSync } from "node:fs";
import { FIRST_CLASS_TEMPLATE, suffixKey, TEMPLATES } from "../src/core/extract/features";
import type { SerialisedModel } from "../src/core/extract/model";
import { B_CUE, B_SRC, emissions, I_CUE, I_SRC, L, newScratch, sentenceRanges, viterbi, type Encoded } from "../src/core/extract/tagger";
import { tokenize, type Token } from "../src/core/extract/tokenize";
import { inFold, loadSplit } from "./polnear";
import wordClassTable from "../src/core/extract/model/word-classes.json";
import { wordClassEntries, type SerialisedWordClasses } from "../src/core/extract/word-classes";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const EPOCHS = option("epochs", 16);
const QUANT = option("quant", 16); // the largest weight becomes QUANT * 16 (Int16 tables; 4 lost 0.3 points of source F1 to rounding)
const MIN_COUNT = option("min-count", 2);
const COST = option("cost", 1); // margin of the cost-augmented decoding, in update units
const MISS = option("miss", 2); // how much more missing a cue or source costs than a false one
const NAMES = option("names", 0); // 1 keeps proper names in the vocabulary
const LEXICON_MIN = option("lexicon-min", 20); // occurrences a word needs to enter the graded lexicons
const ROWS = option("rows", 40000); // feature rows kept (the model's size budget)
const RETRAIN = option("retrain", 1); // retrain on the kept rows only
const CLASSES = option("classes", 1); // 0 trains without the word-class features (an ablation)
const SEED = option("seed", 20161108); // of the shuffles
const SEEDS = option("seeds", 1); // perceptrons trained on differently shuffled orders, their averages averaged (less variance)
const textOption = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const FOLD = textOption("fold");
const OUT = textOption("out") ?? "src/core/extract/model/weights.json";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Doc {
  tokens: Token[];
  gold: Uint8Array;
  encoded?: Encoded;
}

function goldLabels(tokens: Token[], attributions: ReturnType<typeof loadSplit>[number]["attributions"]): Uint8Array {
  const labels = new Uint8Array(tokens.length);
  const mark = (start: number, end: number, begin: number, inside: number, overwrite: boolean) => {
    let first = true;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.end <= start || t.start >= end) continue;
      if (overwrite || labels[i] === 0) labels[i] = first ? begin : inside;
      first = false;
    }
  };
  for (const a of attributions) if (a.source) mark(a.source.start, a.source.end, B_SRC, I_SRC, false);
  for (const a of attributions) mark(a.cue.start, a.cue.end, B_CUE, I_CUE, true);
  // Repair I- tags whose span start was overwritten.
  for (let i = 0; i < labels.length; i++) {
    const prev = i > 0 ? labels[i - 1]! : 0;
    if (labels[i] === I_SRC && prev !== B_SRC && prev !== I_SRC) labels[i] = B_SRC;
    if (labels[i] === I_CUE && prev !== B_CUE && prev !== I_CUE) labels[i] = B_CUE;
  }
  return labels;
}

const started = Date.now();
const articles = inFold(loadSplit("train", option("limit", Infinity), option("all-annotators", 0) === 1), FOLD, false);
const docs: Doc[] = articles.map((a) => {
  const tokens = tokenize(a.text);
  return { tokens, gold: goldLabels(tokens, a.attributions) };
});

// Vocabulary: words and suffixes seen at least MIN_COUNT times; the rest share id 0.
const counts = new Map<string, number>();
const cueOpen = new Map<string, number>();
const inSource = new Map<string, number>();
const capitalised = new Map<string, number>();
const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
for (const doc of docs) {
  doc.tokens.forEach((t, i) => {
    bump(counts, t.lower);
    if (t.upper) bump(capitalised, t.lower);
    bump(counts, suffixKey(t.lower));
    if (doc.gold[i] === B_CUE) bump(cueOpen, t.lower);
    if (doc.gold[i] === B_SRC || doc.gold[i] === I_SRC) bump(inSource, t.lower);
  });
}
// Proper names (words capitalised in most of their uses) stay out of the vocabulary and lexicons:
// the 2016 campaign's names would not carry over to other news, their shape does.
const isName = (word: string) => !NAMES && (capitalised.get(word) ?? 0) > 0.6 * (counts.get(word) ?? 1) && word !== "i";
const vocabList = [...counts].filter(([w, c]) => c >= MIN_COUNT && !isName(w)).map(([w]) => w).sort();
const vocab = new Map(vocabList.map((w, i) => [w, i + 1]));
const V = vocabList.length + 1;
// Graded lexicons: how often a word (seen at least LEXICON_MIN times) opens a cue / sits in a source.
const level = (hits: number, total: number) => (total < LEXICON_MIN ? 0 : hits / total >= 0.5 ? 3 : hits / total >= 0.2 ? 2 : hits / total >= 0.05 ? 1 : 0);
const cueLevels = new Uint8Array(V);
const sourceLevels = new Uint8Array(V);
const lexicon: string[] = [];
for (const word of vocabList) {
  const id = vocab.get(word)!;
  const total = counts.get(word) ?? 0;
  cueLevels[id] = level(cueOpen.get(word) ?? 0, total);
  sourceLevels[id] = level(inSource.get(word) ?? 0, total);
  if (cueLevels[id] || sourceLevels[id]) lexicon.push(word);
}
console.log(`${docs.length} articles, vocabulary ${V}, lexicon ${lexicon.length}`);

const classOf = new Map(wordClassEntries(wordClassTable as SerialisedWordClasses));
for (const doc of docs) {
  const n = doc.tokens.length;
  const wordIds = new Int32Array(n), suffixIds = new Int32Array(n), cueLevel = new Uint8Array(n), sourceLevel = new Uint8Array(n);
  const wordClass = new Uint8Array(n);
  doc.tokens.forEach((t, i) => {
    wordClass[i] = CLASSES ? classOf.get(t.lower) ?? 0 : 0;
    wordIds[i] = vocab.get(t.lower) ?? 0;
    suffixIds[i] = vocab.get(suffixKey(t.lower)) ?? 0;
    cueLevel[i] = cueLevels[wordIds[i]!]!;
    sourceLevel[i] = sourceLevels[wordIds[i]!]!;
  });
  doc.encoded = { wordIds, suffixIds, cueLevel, sourceLevel, wordClass };
}

// Averaged perceptron: w (current) and u (timestamp-weighted updates); average = w - u / c.
const sizes = TEMPLATES.map((t) => (t.lexical ? V : 1) * t.size * L);
// One flat array (what the tagger scores from), with a view per template for the updates.
const offsets = new Int32Array(sizes.length);
sizes.forEach((_, t) => (offsets[t] = t === 0 ? 0 : offsets[t - 1]! + sizes[t - 1]!));
const flatW = new Float64Array(sizes.reduce((a, b) => a + b, 0));
const flatU = new Float64Array(flatW.length);
const w = sizes.map((s, t) => flatW.subarray(offsets[t]!, offsets[t]! + s));
const u = sizes.map((s, t) => flatU.subarray(offsets[t]!, offsets[t]! + s));
const tw = new Float64Array((L + 1) * L);
const tu = new Float64Array((L + 1) * L);
const weights = { values: flatW, offsets, lengths: Int32Array.from(sizes), transitions: tw, templateCount: CLASSES ? TEMPLATES.length : FIRST_CLASS_TEMPLATE };
let c = 1;
const units: Array<[Doc, number, number]> = [];
for (const doc of docs) for (const [from, to] of sentenceRanges(doc.tokens)) units.push([doc, from, to]);
let scratch = newScratch(512);
const predicted = new Uint8Array(4096);

// The model: the averaged weights, averaged again over the seeds' runs.
const averagedW = new Float64Array(flatW.length);
const averagedT = new Float64Array(tw.length);
const avg = sizes.map((s, t) => averagedW.subarray(offsets[t]!, offsets[t]! + s));

function train(keep: Uint8Array[] | null): void {
  averagedW.fill(0);
  averagedT.fill(0);
  for (let seed = 0; seed < SEEDS; seed++) {
    trainOnce(keep, SEED + seed);
    for (let k = 0; k < flatW.length; k++) averagedW[k]! += (flatW[k]! - flatU[k]! / c) / SEEDS;
    for (let k = 0; k < tw.length; k++) averagedT[k]! += (tw[k]! - tu[k]! / c) / SEEDS;
  }
}

function trainOnce(keep: Uint8Array[] | null, seed: number): void {
  for (const table of [flatW, flatU, tw, tu]) table.fill(0);
  c = 1;
  const random = mulberry32(seed);
for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = units.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [units[i], units[j]] = [units[j]!, units[i]!];
    }
    let errors = 0;
    for (const [doc, from, to] of units) {
      const n = to - from;
      scratch = emissions(doc.tokens, from, to, doc.encoded!, weights, scratch);
      // Cost-augmented decoding: wrong labels get a head start, most where a cue or source is missed.
      if (COST > 0) {
        for (let k = 0; k < n; k++) {
          const g = doc.gold[from + k]!;
          for (let y = 0; y < L; y++) if (y !== g) scratch.scores[k * L + y]! += g === 0 ? COST : COST * MISS;
        }
      }
      viterbi(n, weights, scratch, predicted, 0);
      let wrong = false;
      for (let k = 0; k < n; k++) if (predicted[k] !== doc.gold[from + k]) wrong = true;
      if (wrong) {
        errors++;
        // Features are still in scratch.features from the emission pass.
        for (let k = 0; k < n; k++) {
          const g = doc.gold[from + k]!, p = predicted[k]!;
          const gPrev = k > 0 ? doc.gold[from + k - 1]! : L, pPrev = k > 0 ? predicted[k - 1]! : L;
          if (g !== gPrev || p !== pPrev || g !== p) {
            tw[gPrev * L + g]! += 1; tu[gPrev * L + g]! += c;
            tw[pPrev * L + p]! -= 1; tu[pPrev * L + p]! -= c;
          }
          if (g === p) continue;
          for (let t = 0; t < weights.templateCount; t++) {
            const index = scratch.features[k * TEMPLATES.length + t]!;
            if (index < 0 || (keep && !keep[t]![index])) continue;
            w[t]![index * L + g]! += 1; u[t]![index * L + g]! += c;
            w[t]![index * L + p]! -= 1; u[t]![index * L + p]! -= c;
          }
        }
      }
      c++;
    }
    console.log(`epoch ${epoch + 1}: ${errors} of ${units.length} sentences wrong (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
}

/** Rows (features) ranked by the largest absolute averaged weight; the ROWS best are kept. */
function selectRows(): Uint8Array[] {
  const scored: Array<[number, number, number]> = [];
  TEMPLATES.forEach((_, t) => {
    for (let index = 0; index * L < sizes[t]!; index++) {
      let best = 0;
      for (let y = 0; y < L; y++) best = Math.max(best, Math.abs(avg[t]![index * L + y]!));
      if (best > 0) scored.push([best, t, index]);
    }
  });
  scored.sort((a, b) => b[0] - a[0]);
  const keep = sizes.map((s) => new Uint8Array(s / L));
  for (const [, t, index] of scored.slice(0, ROWS)) keep[t]![index] = 1;
  return keep;
}

train(null);
const keep = selectRows();
if (RETRAIN) train(keep);

// Average, quantise to integers and keep what survives rounding.
let maxWeight = 0;
TEMPLATES.forEach((_, t) => {
  for (let k = 0; k < sizes[t]!; k++) if (keep[t]![Math.floor(k / L)]) maxWeight = Math.max(maxWeight, Math.abs(avg[t]![k]!));
});
// Integer weights: the largest maps to QUANT * 16 (so the sum of a token's features stays small).
const quantise = (value: number) => Math.round((value / maxWeight) * QUANT * 16);
const used = new Set<number>(lexicon.map((word) => vocab.get(word)!));
const quantised = TEMPLATES.map((template, t) => {
  const table = new Int32Array(sizes[t]!);
  for (let k = 0; k < table.length; k++) table[k] = keep[t]![Math.floor(k / L)] ? quantise(avg[t]![k]!) : 0;
  if (template.lexical) {
    for (let k = 0; k < table.length; k++) if (table[k] !== 0) used.add(Math.floor(k / L / template.size));
  }
  return table;
});
used.delete(0);
const kept = [...used].sort((a, b) => a - b);
const remap = new Map(kept.map((old, i) => [old, i + 1]));
remap.set(0, 0);
const tables: Record<string, number[]> = {};
let entryCount = 0;
TEMPLATES.forEach((template, t) => {
  const table = quantised[t]!;
  const rows: Array<[number, number[]]> = [];
  for (let index = 0; index * L < table.length; index++) {
    const values = Array.from(table.subarray(index * L, index * L + L));
    if (values.every((v) => v === 0)) continue;
    const newIndex = template.lexical ? remap.get(Math.floor(index / template.size))! * template.size + (index % template.size) : index;
    rows.push([newIndex, values]);
  }
  rows.sort((a, b) => a[0] - b[0]);
  const flat: number[] = [];
  let previous = 0;
  for (const [index, values] of rows) {
    let mask = 0;
    const nonzero: number[] = [];
    values.forEach((v, y) => {
      if (v !== 0) {
        mask |= 1 << y;
        nonzero.push(v);
      }
    });
    flat.push(index - previous, mask, ...nonzero);
    previous = index;
    entryCount++;
  }
  tables[template.name] = flat;
});
const model: SerialisedModel = {
  version: 1,
  vocab: kept.map((id) => vocabList[id - 1]!),
  lexicon: lexicon.flatMap((word) => {
    const id = vocab.get(word)!;
    return [remap.get(id)!, cueLevels[id]!, sourceLevels[id]!];
  }),
  transitions: Array.from(averagedT, quantise),
  tables,
};
writeFileSync(OUT, JSON.stringify(model));
console.log(`wrote ${OUT}: vocabulary ${model.vocab.length}, ${entryCount} feature rows`);
