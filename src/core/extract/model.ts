/**
 * The trained tagger model: its compact serialised form (what scripts/train-extractor.ts writes to
 * model/weights.json) and the dense tables the tagger reads, built once on first use.
 */
import { EncodeCache } from "./encode-cache";
import { FIRST_CLASS_TEMPLATE, TEMPLATES } from "./features";
import { buildScoreLayout } from "./score-layout";
import { L, type Encoded, type WeightTables } from "./tagger";
import type { Token } from "./tokenize";
import { wordClassEntries, type SerialisedWordClasses } from "./word-classes";
import wordClassTable from "./model/word-classes.json";

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
  /** Ids up to this one are the model's words; higher ids are words known only by their class. */
  lastWordId: number;
  /** Word class per id (word-classes.ts). */
  wordClasses: Uint8Array;
  cueLevels: Uint8Array;
  sourceLevels: Uint8Array;
  /** The vocabulary as a hash table (what encoding uses). */
  hashed: HashedVocabulary;
  weights: WeightTables;
}

export function loadModel(model: SerialisedModel): LoadedModel {
  const vocab = new Map<string, number>();
  model.vocab.forEach((word, index) => vocab.set(word, index + 1));
  // Words of the class table the model has no id for get ids after its vocabulary, so one lookup
  // gives both (encodeTokens maps them back to the unknown word for the lexical features).
  const classWords: string[] = [];
  const classOfExtra: number[] = [];
  const classOfKnown = new Map<number, number>();
  const usesClasses = TEMPLATES.slice(FIRST_CLASS_TEMPLATE).some((t) => (model.tables[t.name]?.length ?? 0) > 0);
  for (const [word, wordClass] of usesClasses ? wordClassEntries(wordClassTable as SerialisedWordClasses) : []) {
    const id = vocab.get(word);
    if (id !== undefined) classOfKnown.set(id, wordClass);
    else {
      classWords.push(word);
      classOfExtra.push(wordClass);
    }
  }
  const lastWordId = model.vocab.length;
  const size = lastWordId + 1 + classWords.length;
  const wordClasses = new Uint8Array(size);
  for (const [id, wordClass] of classOfKnown) wordClasses[id] = wordClass;
  classOfExtra.forEach((wordClass, k) => (wordClasses[lastWordId + 1 + k] = wordClass));
  const cueLevels = new Uint8Array(size);
  const sourceLevels = new Uint8Array(size);
  for (let k = 0; k + 2 < model.lexicon.length; k += 3) {
    cueLevels[model.lexicon[k]!] = model.lexicon[k + 1]!;
    sourceLevels[model.lexicon[k]!] = model.lexicon[k + 2]!;
  }
  const offsets = new Int32Array(TEMPLATES.length);
  const lengths = new Int32Array(TEMPLATES.length);
  let total = 0;
  TEMPLATES.forEach((template, t) => {
    const entries = model.tables[template.name] ?? [];
    let maxIndex = -1;
    for (let p = 0, index = 0; p < entries.length; ) {
      index += entries[p]!;
      maxIndex = Math.max(maxIndex, index);
      p += 2 + popcount(entries[p + 1]!);
    }
    offsets[t] = total;
    lengths[t] = (maxIndex + 1) * L;
    total += lengths[t]!;
  });
  const values = new Int16Array(total);
  const rowsWithWeight = TEMPLATES.map((template, t) => {
    const entries = model.tables[template.name] ?? [];
    const rows: number[] = [];
    for (let p = 0, index = 0; p < entries.length; ) {
      index += entries[p]!;
      const mask = entries[p + 1]!;
      p += 2;
      if (mask !== 0 && rows[rows.length - 1] !== index) rows.push(index);
      for (let y = 0; y < L; y++) if (mask & (1 << y)) values[offsets[t]! + index * L + y] = entries[p++]!;
    }
    return Int32Array.from(rows);
  });
  const templateCount = usesClasses ? TEMPLATES.length : FIRST_CLASS_TEMPLATE;
  const weights: WeightTables = { values, offsets, lengths, transitions: Float64Array.from(model.transitions), templateCount, rowsWithWeight };
  weights.layout = buildScoreLayout(weights, lastWordId) ?? undefined;
  const hashed = new HashedVocabulary([...model.vocab, ...classWords]);
  return { vocab, lastWordId, wordClasses, hashed, cueLevels, sourceLevels, weights };
}

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m; m >>= 1) count += m & 1;
  return count;
}

/** FNV-1a over the characters of `word` from `from` on, after an optional prefix character; never 0. */
function hashOf(word: string, from: number, prefix: number): number {
  let h = 0x811c9dc5;
  if (prefix) h = Math.imul(h ^ prefix, 0x01000193);
  for (let i = from; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h === 0 ? 1 : h;
}

const TILDE = 126;

/**
 * The vocabulary as an open-addressing table of 32-bit string hashes: a lookup hashes the token's
 * characters with integer arithmetic only (two unrelated words sharing a 32-bit hash is a risk
 * of about one in a million per token, which a tagger can afford).
 */
export class HashedVocabulary {
  private readonly keys: Int32Array;
  private readonly ids: Int32Array;
  private readonly mask: number;

  constructor(words: readonly string[]) {
    let size = 16;
    while (size < words.length * 4) size *= 2;
    this.keys = new Int32Array(size);
    this.ids = new Int32Array(size);
    this.mask = size - 1;
    words.forEach((word, index) => {
      const suffix = word.charCodeAt(0) === TILDE;
      this.insert(suffix ? hashOf(word, 1, TILDE) : hashOf(word, 0, 0), index + 1);
    });
  }

  private insert(hash: number, id: number): void {
    let slot = hash & this.mask;
    while (this.keys[slot] !== 0 && this.keys[slot] !== hash) slot = (slot + 1) & this.mask;
    this.keys[slot] = hash;
    this.ids[slot] = id;
  }

  private find(hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const key = this.keys[slot]!;
      if (key === hash) return this.ids[slot]!;
      if (key === 0) return 0;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Id of a lowercase word, 0 when unknown. */
  word(lower: string): number {
    return this.find(hashOf(lower, 0, 0));
  }

  /** Id of the word's suffix (its last three characters, see features.suffixKey), 0 when unknown. */
  suffix(lower: string): number {
    return this.find(hashOf(lower, Math.max(0, lower.length - 3), TILDE));
  }
}

const encodeCaches = new WeakMap<LoadedModel, EncodeCache>();

/** Per-token vocabulary ids and lexicon levels. */
export function encodeTokens(tokens: readonly Token[], model: LoadedModel): Encoded {
  const { hashed, cueLevels, sourceLevels, wordClasses, lastWordId } = model;
  let cache = encodeCaches.get(model);
  if (!cache) encodeCaches.set(model, (cache = new EncodeCache()));
  const n = tokens.length;
  const wordIds = new Int32Array(n);
  const suffixIds = new Int32Array(n);
  const cueLevel = new Uint8Array(n);
  const sourceLevel = new Uint8Array(n);
  const wordClass = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const { lower, wordKey } = tokens[i]!;
    let id: number;
    if (cache.has(wordKey, lower)) {
      id = cache.wordIds[wordKey]!;
      suffixIds[i] = cache.suffixIds[wordKey]!;
    } else {
      id = hashed.word(lower);
      suffixIds[i] = hashed.suffix(lower);
      cache.set(wordKey, lower, id, suffixIds[i]!);
    }
    wordIds[i] = id <= lastWordId ? id : 0;
    cueLevel[i] = cueLevels[id]!;
    sourceLevel[i] = sourceLevels[id]!;
    wordClass[i] = wordClasses[id]!;
  }
  return { wordIds, suffixIds, cueLevel, sourceLevel, wordClass };
}
