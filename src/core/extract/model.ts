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
  /** Vocabulary ids of the cue lexicon (words that often open a cue in the training data). */
  cueLexicon: number[];
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
  cueIds: Uint8Array;
  weights: WeightTables;
}

export function loadModel(model: SerialisedModel): LoadedModel {
  const vocab = new Map<string, number>();
  model.vocab.forEach((word, index) => vocab.set(word, index + 1));
  const size = model.vocab.length + 1;
  const cueIds = new Uint8Array(size);
  for (const id of model.cueLexicon) cueIds[id] = 1;
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
  return { vocab, cueIds, weights: { tables, transitions: Float64Array.from(model.transitions) } };
}

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m; m >>= 1) count += m & 1;
  return count;
}

/** Per-token vocabulary ids and cue-lexicon membership. */
export function encodeTokens(tokens: readonly Token[], vocab: ReadonlyMap<string, number>, cueIds: Uint8Array): Encoded {
  const n = tokens.length;
  const wordIds = new Int32Array(n);
  const suffixIds = new Int32Array(n);
  const isCue = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const lower = tokens[i]!.lower;
    const id = vocab.get(lower) ?? 0;
    wordIds[i] = id;
    suffixIds[i] = vocab.get(suffixKey(lower)) ?? 0;
    isCue[i] = id < cueIds.length ? cueIds[id]! : 0;
  }
  return { wordIds, suffixIds, isCue };
}
