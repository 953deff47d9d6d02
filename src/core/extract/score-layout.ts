/**
 * The integer model's weights rearranged for the extractor's one-pass scoring (fused-emissions.ts).
 * The tagger's template-major tables read 32 rows per token from 3.6 MB, nine rows in ten zero.
 * Here:
 *  - the lexical templates are stored per vocabulary id: each id has a few "roles" (its rows when
 *    it is the token's word, the previous word, the suffix...), a directory gives each role's block,
 *    and all-zero blocks share one zero block, so only ids with weight take room and an id's blocks
 *    sit together;
 *  - templates always read together are added up once here (bias into position, w0 into w0.quote,
 *    w-1 into w-1.cueHere, suf3 into suf3.cueRight; small tables into one table over both keys:
 *    position and quote context, the cue and source levels, cueRight and sourceLevel.cueRight into
 *    shape.cueRight.quote, the two marks templates, the two class-cue templates), so a token reads
 *    14 rows (20 with the word classes) instead of 32;
 *  - every table is padded to its full size, so scoring needs no bounds checks;
 *  - each row is three 32-bit integers holding two labels each (see PACK_BIAS).
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

/**
 * Dense tables: their row count and the templates summed into them, [template, its row for a table
 * row]; templates of small keys read by every token share a table indexed by both keys.
 */
const same = (row: number) => row;
const DENSE_SOURCES = {
  shape: [216, ["shape-1.0.+1", same]],
  // [position * 32 + quote context]
  positionQuote: [64 * 32, ["position", (row) => row >> 5], ["quoteContext", (row) => row & 31], ["bias", () => 0]],
  // [cue levels * 64 + source levels]
  levels: [64 * 64, ["cueLevel-1.0.+1", (row) => row >> 6], ["sourceLevel-1.0.+1", (row) => row & 63]],
  // [source level * 108 + shape * 18 + right bucket * 2 + quote between]
  shapeCueRight: [4 * 108, ["shape.cueRight.quote", (row) => row % 108], ["cueRight", (row) => row % 18], ["sourceLevel.cueRight", (row) => Math.floor(row / 108) * 9 + ((row % 18) >> 1)]],
  shapeCueLeft: [108, ["shape.cueLeft.quote", same], ["cueLeft", (row) => row % 18]],
  marks: [256, ["marksRight", (row) => row >> 4], ["marksLeft", (row) => row & 15]],
  classes3: [CLASS_COUNT ** 3, ["class-1.0.+1", same]],
  classesLeft: [CLASS_COUNT ** 2, ["class-2.-1", same]],
  classesRight: [CLASS_COUNT ** 2, ["class+1.+2", same]],
  // [(class * 18 + right key) * 18 + left key]
  classCues: [CLASS_COUNT * 18 * 18, ["class0.cueRight", (row) => Math.floor(row / 18)], ["class0.cueLeft", (row) => Math.floor(row / 324) * 18 + (row % 18)]],
  classQuoteShape: [CLASS_COUNT * 24, ["class0.quote.shape-1", same]],
} as const satisfies Record<string, readonly [number, ...Array<readonly [string, (row: number) => number]>]>;
type Dense = keyof typeof DENSE_SOURCES;
/** The row where each dense table starts (they come first, in this order). */
export const DENSE_ROW = {} as Record<Dense, number>;
let denseRows = 0;
for (const name of Object.keys(DENSE_SOURCES) as Dense[]) {
  DENSE_ROW[name] = denseRows;
  denseRows += DENSE_SOURCES[name][0];
}

/** The templates the layout covers; a model with others active is scored the generic way for those. */
export const FUSED_TEMPLATES = new Set([
  "bias", "w0", "w-1", "w+1", "w-2", "w+2", "suf3", "shape-1.0.+1", "w0.quote", "cueRight", "cueLeft", "w0.cueRight",
  "w0.cueLeft", "position", "quoteContext", "w-1.cueHere", "w+1.cueHere", "suf3.cueRight", "cueLevel-1.0.+1",
  "sourceLevel-1.0.+1", "sourceLevel.cueRight", "shape.cueRight.quote", "shape.cueLeft.quote", "marksRight", "marksLeft",
  "class-1.0.+1", "class-2.-1", "class+1.+2", "class0.cueRight", "class0.cueLeft", "w-1.class0", "class0.quote.shape-1",
]);

/**
 * Rows are packed two labels to a 32-bit integer (labels 0 and 1, 2 and 3, then 4 and an unused
 * half), each weight stored plus PACK_BIAS so that both halves stay non-negative: adding a token's
 * rows adds two labels per integer addition (no half can carry into the other while a token reads
 * at most MAX_ROWS rows of weights within +-PACK_LIMIT; a model whose sums leave that range gets no
 * layout and is scored template by template). Scoring subtracts rows * PACK_BIAS at the end.
 */
export const PACKED = 3;
export const PACK_BIAS = 1024;
const PACK_LIMIT = PACK_BIAS - 1;
export const MAX_ROWS = 31;

export interface ScoreLayout {
  /** The dense tables, a zero block, then the ids' role blocks, PACKED integers per row. */
  packed: Int32Array;
  /** directory[id * ROLE_COUNT + role]: the row where the block of that id's role starts. */
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

/** The layout of an integer model over ids 0..lastId; null when its sums do not fit the packing. */
export function buildScoreLayout(weights: WeightTables, lastId: number): ScoreLayout | null {
  const position = new Map(TEMPLATES.map((template, t) => [template.name, t]));
  const active = (name: string) => {
    const t = position.get(name) ?? -1;
    return t < weights.templateCount ? t : -1;
  };
  const none = lastId + 1;
  // Rows: the dense tables, one zero row, then the role blocks.
  const zeroRow = denseRows;
  // Which ids have a role with any weight (reading only the rows that carry weight: this runs when
  // the extractor first loads), then their blocks id after id, so that an id's blocks sit together.
  const sources = ROLES.map((role) => ROLE_SOURCES[role].map(([name, perId]) => ({ t: active(name), perId })).filter(({ t }) => t >= 0));
  const rowsOf = (t: number) => weights.rowsWithWeight?.[t] ?? rowsWithWeight(weights, t);
  const directory = new Int32Array((none + 1) * ROLE_COUNT).fill(zeroRow);
  sources.forEach((list, k) => {
    for (const { t, perId } of list) {
      const rows = rowsOf(t);
      for (let r = 0; r < rows.length; r++) if (rows[r]! < none * perId) directory[Math.floor(rows[r]! / perId) * ROLE_COUNT + k] = -1;
    }
  });
  let end = zeroRow + Math.max(...ROLE_ROWS);
  for (let slot = 0; slot < none * ROLE_COUNT; slot++) {
    if (directory[slot] !== -1) continue;
    directory[slot] = end;
    end += ROLE_ROWS[slot % ROLE_COUNT]!;
  }
  // Every field starts at the bias (weight 0) and takes the weights added to it.
  const packed = new Int32Array(end * PACKED).fill(PACK_BIAS + (PACK_BIAS << 16));
  let fits = true;
  for (const name of Object.keys(DENSE_SOURCES) as Dense[]) {
    const [rows, ...templates] = DENSE_SOURCES[name];
    for (const [template, rowOf] of templates) {
      const t = active(template);
      if (t >= 0) for (let row = 0; row < rows; row++) fits = addRow(packed, DENSE_ROW[name] + row, weights, t, rowOf(row)) && fits;
    }
  }
  sources.forEach((list, k) => {
    for (const { t, perId } of list) {
      const spread = perId === 1 ? ROLE_ROWS[k]! : 1;
      const rows = rowsOf(t);
      for (let n = 0; n < rows.length; n++) {
        const index = rows[n]!;
        if (index >= none * perId) continue;
        const block = directory[Math.floor(index / perId) * ROLE_COUNT + k]! + (index % perId);
        for (let r = 0; r < spread; r++) fits = addRow(packed, block + r, weights, t, index) && fits;
      }
    }
  });
  if (!fits) return null;
  const others = TEMPLATES.flatMap((template, t) => (t < weights.templateCount && !FUSED_TEMPLATES.has(template.name) ? [t] : []));
  return { packed, directory, none, classes: active("class-1.0.+1") >= 0, others };
}

/** Adds row `index` of template t (when its table holds it) to packed row `row`; false when a field leaves the packing's range. */
function addRow(packed: Int32Array, row: number, weights: WeightTables, t: number, index: number): boolean {
  if (index * L >= weights.lengths[t]!) return true;
  const from = weights.offsets[t]! + index * L;
  let fits = true;
  for (let y = 0; y < L; y++) {
    const at = row * PACKED + (y >> 1), shift = (y & 1) * 16;
    const field = ((packed[at]! >>> shift) & 0xffff) + weights.values[from + y]!;
    if (field < PACK_BIAS - PACK_LIMIT || field > PACK_BIAS + PACK_LIMIT) fits = false;
    packed[at]! += weights.values[from + y]! << shift;
  }
  return fits;
}
