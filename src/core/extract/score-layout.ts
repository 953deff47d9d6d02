/**
 * The integer model's weights rearranged for the extractor's one-pass scoring (fused-emissions.ts).
 * Scoring reads about 25 weight rows per token; in the tagger's template-major tables (3.6 MB,
 * nine rows in ten zero) most of those reads missed the cache. Here:
 *  - the lexical templates are stored per vocabulary id: each id has a few "roles" (its row when it
 *    is the token's word, the previous word, the suffix...), a directory gives each role's block,
 *    and all-zero blocks share one zero block, so only the ~8% of rows that carry weight take room
 *    and an id's blocks sit together;
 *  - templates always read together with the same key are added up once here (bias into position,
 *    w0 into w0.quote, w-1 into w-1.cueHere, suf3 into suf3.cueRight, cueRight into
 *    shape.cueRight.quote, both marks templates into one table), so a token reads fewer rows;
 *  - every table is padded to its full size, so scoring needs no bounds checks.
 * Weights are integers, so the sums are exact: scores equal the tagger's template-by-template sums.
 */
import { CLASS_COUNT } from "./word-classes";
import { L } from "./labels";
import type { WeightTables } from "./tagger";
import { TEMPLATES } from "./features";

/**
 * Roles of a vocabulary id, with the templates summed into each: [template, rows per id]; a
 * template with one row per id in a role of several rows adds that row to each of them.
 */
const ROLE_SOURCES = {
  word: [["w0", 1], ["w0.quote", 4]], // [quote]
  wordCueRight: [["w0.cueRight", 9]], // [right bucket]
  wordCueLeft: [["w0.cueLeft", 9]], // [left bucket]
  previous: [["w-1", 1], ["w-1.cueHere", 2]], // [cue here], the id being the previous token's word
  next: [["w+1", 1], ["w+1.cueHere", 2]], // [cue here]
  previous2: [["w-2", 1]],
  next2: [["w+2", 1]],
  previousClass: [["w-1.class0", CLASS_COUNT]], // [class of the token]
  suffix: [["suf3", 1], ["suf3.cueRight", 9]], // [right bucket], the id being the token's suffix
} as const satisfies Record<string, ReadonlyArray<readonly [string, number]>>;
type Role = keyof typeof ROLE_SOURCES;
const ROLES = Object.keys(ROLE_SOURCES) as Role[];
const ROLE_ROWS = ROLES.map((role) => Math.max(...ROLE_SOURCES[role].map(([, rows]) => rows)));
export const ROLE_COUNT = ROLES.length;
export const ROLE = Object.fromEntries(ROLES.map((role, k) => [role, k])) as Record<Role, number>;

/** Dense tables: their row count and the templates summed into them, [template, its row for a table row]. */
const same = (row: number) => row;
const DENSE_SOURCES = {
  shape: [216, ["shape-1.0.+1", same]],
  position: [64, ["position", same], ["bias", () => 0]],
  quoteContext: [32, ["quoteContext", same]],
  cueLevels: [64, ["cueLevel-1.0.+1", same]],
  sourceLevels: [64, ["sourceLevel-1.0.+1", same]],
  sourceCueRight: [36, ["sourceLevel.cueRight", same]],
  shapeCueRight: [108, ["shape.cueRight.quote", same], ["cueRight", (row) => row % 18]],
  shapeCueLeft: [108, ["shape.cueLeft.quote", same], ["cueLeft", (row) => row % 18]],
  marks: [256, ["marksRight", (row) => row >> 4], ["marksLeft", (row) => row & 15]],
  classes3: [CLASS_COUNT ** 3, ["class-1.0.+1", same]],
  classesLeft: [CLASS_COUNT ** 2, ["class-2.-1", same]],
  classesRight: [CLASS_COUNT ** 2, ["class+1.+2", same]],
  classCueRight: [CLASS_COUNT * 18, ["class0.cueRight", same]],
  classCueLeft: [CLASS_COUNT * 18, ["class0.cueLeft", same]],
  classQuoteShape: [CLASS_COUNT * 24, ["class0.quote.shape-1", same]],
} as const satisfies Record<string, readonly [number, ...Array<readonly [string, (row: number) => number]>]>;
type Dense = keyof typeof DENSE_SOURCES;
/** Where each dense table starts in ScoreLayout.values (they come first, in this order). */
export const DENSE = {} as Record<Dense, number>;
let denseEnd = 0;
for (const name of Object.keys(DENSE_SOURCES) as Dense[]) {
  DENSE[name] = denseEnd;
  denseEnd += DENSE_SOURCES[name][0] * L;
}
/** The templates the layout covers; a model with others active is scored the generic way for those. */
export const FUSED_TEMPLATES = new Set([
  "bias", "w0", "w-1", "w+1", "w-2", "w+2", "suf3", "shape-1.0.+1", "w0.quote", "cueRight", "cueLeft", "w0.cueRight",
  "w0.cueLeft", "position", "quoteContext", "w-1.cueHere", "w+1.cueHere", "suf3.cueRight", "cueLevel-1.0.+1",
  "sourceLevel-1.0.+1", "sourceLevel.cueRight", "shape.cueRight.quote", "shape.cueLeft.quote", "marksRight", "marksLeft",
  "class-1.0.+1", "class-2.-1", "class+1.+2", "class0.cueRight", "class0.cueLeft", "w-1.class0", "class0.quote.shape-1",
]);

export interface ScoreLayout {
  /** The dense tables, a zero block, then the ids' role blocks; (row * L + label). */
  values: Int16Array;
  /** directory[id * ROLE_COUNT + role]: where the block of that id's role starts in `values`. */
  directory: Int32Array;
  /** An id whose roles are all zero: what stands for a neighbour outside the sentence. */
  none: number;
  /** The word-class templates are scored (the model was trained with them). */
  classes: boolean;
  /** Active templates outside FUSED_TEMPLATES (appended later), scored the generic way. */
  others: number[];
}

/** Indices of the template's rows that hold a non-zero weight. */
export function rowsWithWeight(weights: WeightTables, t: number): Int32Array {
  const rows: number[] = [];
  const { values } = weights, offset = weights.offsets[t]!;
  for (let index = 0; index * L < weights.lengths[t]!; index++) {
    let any = false;
    for (let y = 0; y < L; y++) any ||= values[offset + index * L + y] !== 0;
    if (any) rows.push(index);
  }
  return Int32Array.from(rows);
}

/** The layout of an integer model over ids 0..lastId; null when its sums do not fit 16 bits. */
export function buildScoreLayout(weights: WeightTables, lastId: number): ScoreLayout | null {
  const position = new Map(TEMPLATES.map((template, t) => [template.name, t]));
  const active = (name: string) => {
    const t = position.get(name) ?? -1;
    return t < weights.templateCount ? t : -1;
  };
  const none = lastId + 1;
  const zeroBlock = denseEnd;
  const blocksStart = zeroBlock + Math.max(...ROLE_ROWS) * L;
  // Which ids have a role with any weight (reading only the rows that carry weight: this runs when
  // the extractor first loads), then their blocks id after id, so that an id's blocks sit together.
  const sources = ROLES.map((role) => ROLE_SOURCES[role].map(([name, perId]) => ({ t: active(name), perId })).filter(({ t }) => t >= 0));
  const rowsOf = (t: number) => weights.rowsWithWeight?.[t] ?? rowsWithWeight(weights, t);
  const directory = new Int32Array((none + 1) * ROLE_COUNT).fill(zeroBlock);
  sources.forEach((list, k) => {
    for (const { t, perId } of list) {
      const rows = rowsOf(t);
      for (let r = 0; r < rows.length; r++) if (rows[r]! < none * perId) directory[Math.floor(rows[r]! / perId) * ROLE_COUNT + k] = -1;
    }
  });
  let end = blocksStart;
  for (let slot = 0; slot < none * ROLE_COUNT; slot++) {
    if (directory[slot] !== -1) continue;
    directory[slot] = end;
    end += ROLE_ROWS[slot % ROLE_COUNT]! * L;
  }
  const values = new Int16Array(end);
  let fits = true;
  for (const name of Object.keys(DENSE_SOURCES) as Dense[]) {
    const [rows, ...templates] = DENSE_SOURCES[name];
    for (const [template, rowOf] of templates) {
      const t = active(template);
      if (t >= 0) for (let row = 0; row < rows; row++) fits = addRow(values, DENSE[name] + row * L, weights, t, rowOf(row)) && fits;
    }
  }
  sources.forEach((list, k) => {
    for (const { t, perId } of list) {
      const spread = perId === 1 ? ROLE_ROWS[k]! : 1;
      const rows = rowsOf(t);
      for (let n = 0; n < rows.length; n++) {
        const index = rows[n]!;
        if (index >= none * perId) continue;
        const block = directory[Math.floor(index / perId) * ROLE_COUNT + k]! + (index % perId) * L;
        for (let r = 0; r < spread; r++) fits = addRow(values, block + r * L, weights, t, index) && fits;
      }
    }
  });
  if (!fits) return null;
  const others = TEMPLATES.flatMap((template, t) => (t < weights.templateCount && !FUSED_TEMPLATES.has(template.name) ? [t] : []));
  return { values, directory, none, classes: active("class-1.0.+1") >= 0, others };
}

/** Adds row `index` of template t (when its table holds it) to values[at...]; false when a sum leaves 16 bits. */
function addRow(values: Int16Array, at: number, weights: WeightTables, t: number, index: number): boolean {
  if (index * L >= weights.lengths[t]!) return true;
  const from = weights.offsets[t]! + index * L;
  let fits = true;
  for (let y = 0; y < L; y++) {
    const sum = values[at + y]! + weights.values[from + y]!;
    if (sum > 32767 || sum < -32768) fits = false;
    values[at + y] = sum;
  }
  return fits;
}
