/**
 * The trained tagger model: its compact serialised form (what scripts/train-extractor.ts writes to
 * model/weights.json) and the dense tables the tagger reads, built once on first use.
 */
import { suffixKey, TEMPLATES } from "./features";
import { L, type Encoded, type WeightTables } from "./tagger";
import type { Token } from "./tokenize";

export interface SerialisedModel {
  version: 1;
  /** Vocabulary (words, and suffixes prefixed by "~"); a string's id is its index + 1, 0 is unknown. */
  vocab: string[];
  /** Graded lexicons, flat triples [vocabulary id, cue level, source level] (levels 0-3). */
  lexicon: number[];
  /** (prev * L + next) for prev in 0..L (L = sentence start), integers. */
  transitions: number[];
  /**
   * Per template name: a flat list of entries [indexDelta, labelMask, weight per set bit...],
   * indices ascending (delta from the previous entry), integer weights.
   */
  tables: Record<string, number[]>;
}

export interface LoadedModel {
  vocab: Map<string, number>;
  cueLevels: Uint8Array;
  sourceLevels: Uint8Array;
  /** Packed (word id, suffix id) per word form already seen. */
  cache: Map<string, number>;
  weights: WeightTables;
}

export function loadModel(model: SerialisedModel): LoadedModel {
  const vocab = new Map<string, number>();
  model.vocab.forEach((word, index) => vocab.set(word, index + 1));
  const size = model.vocab.length + 1;
  const cueLevels = new Uint8Array(size);
  const sourceLevels = new Uint8Array(size);
  for (let k = 0; k + 2 < model.lexicon.length; k += 3) {
    cueLevels[model.lexicon[k]!] = model.lexicon[k + 1]!;
    sourceLevels[model.lexicon[k]!] = model.lexicon[k + 2]!;
  }
  const tables = TEMPLATES.map((template) => {
    const entries = model.tables[template.name] ?? [];
    let maxIndex = 0;
    for (let p = 0, index = 0; p < entries.length; ) {
      index += entries[p]!;
      maxIndex = Math.max(maxIndex, index);
      p += 2 + popcount(entries[p + 1]!);
    }
    const table = new Int16Array((maxIndex + 1) * L);
    for (let p = 0, index = 0; p < entries.length; ) {
      index += entries[p]!;
      const mask = entries[p + 1]!;
      p += 2;
      for (let y = 0; y < L; y++) if (mask & (1 << y)) table[index * L + y] = entries[p++]!;
    }
    return table;
  });
  return { vocab, cueLevels, sourceLevels, cache: new Map(), weights: { tables, transitions: Float64Array.from(model.transitions) } };
}

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m; m >>= 1) count += m & 1;
  return count;
}

/** Per-token vocabulary ids and lexicon levels. */
export function encodeTokens(tokens: readonly Token[], model: LoadedModel): Encoded {
  const { vocab, cueLevels, sourceLevels, cache } = model;
  const n = tokens.length;
  const wordIds = new Int32Array(n);
  const suffixIds = new Int32Array(n);
  const cueLevel = new Uint8Array(n);
  const sourceLevel = new Uint8Array(n);
  // Word and suffix ids packed in one number, cached per word form (bounded: cleared when large).
  if (cache.size > 100_000) cache.clear();
  for (let i = 0; i < n; i++) {
    const lower = tokens[i]!.lower;
    let packed = cache.get(lower);
    if (packed === undefined) {
      packed = (vocab.get(lower) ?? 0) * 65536 + (vocab.get(suffixKey(lower)) ?? 0);
      cache.set(lower, packed);
    }
    const id = Math.floor(packed / 65536);
    wordIds[i] = id;
    suffixIds[i] = packed % 65536;
    cueLevel[i] = cueLevels[id] ?? 0;
    sourceLevel[i] = sourceLevels[id] ?? 0;
  }
  return { wordIds, suffixIds, cueLevel, sourceLevel };
}
