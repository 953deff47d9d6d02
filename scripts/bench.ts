/**
 * Throughput of the whole core (`scan`: extraction, registry matching, checks) on the PolNeAR train
 * texts, on one core, side by side in the same run with compromise (quotations and verb phrases) and
 * a single regular-expression pass over the same text (the floor).
 *
 *   npm run bench [-- --limit N] [--repeat 3] [--warm 3] [--no-compromise]
 *
 * Each row is measured warm, as the per-stage table is: V8 needs several full passes over the texts
 * before the core's code is fully optimised (a `scan` pass ran at 0.6, 1.3, 1.4, 1.7, 1.7 MB/s in one
 * process), so `--warm` full passes run untimed first. With 20 warm-up texts `scan` was timed while
 * still warming and read ~40% slower than the stages summed, though once warm it runs as fast as they do.
 *
 * A second table gives each stage of the core on its own (scripts/bench-stages.ts).
 */
import nlp from "compromise";
import { scan } from "../src/core/analyse";
import { extractClaims } from "../src/core/extract";
import { emptyPageMeta } from "../src/core/page-meta";
import { createRegistry } from "../src/core/registry";
import { bundledEntries } from "../src/core/registry/bundled";
import { measureStages } from "./bench-stages";
import { loadSplit } from "./polnear";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const repeat = option("repeat", 3);
const warmPasses = option("warm", 3);
const texts = loadSplit("train", option("limit", Infinity)).map((a) => a.text);
const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, "utf8"), 0);
const registry = createRegistry(bundledEntries());
const meta = emptyPageMeta();

// One pass, no nested quantifiers: reporting verbs and "according to".
const FLOOR = /\b(?:said|says|say|told|tells|according to|reported|wrote|writes|stated|claimed|added|noted)\b/g;

interface Row {
  name: string;
  /** Median wall-clock seconds of a run. */
  seconds: number;
  /** Median CPU seconds (user + system) of a run: the one-core figure on a shared machine. */
  cpu: number;
  items: number;
  heapMB: number;
}

function gc() {
  (globalThis as { gc?: () => void }).gc?.();
}

function measure(name: string, runs: number, body: (text: string) => number, warm = warmPasses): Row {
  // Untimed warm-up: `warm` full passes, or only 20 texts when warm is 0 (the slow compromise row).
  if (warm === 0) for (const text of texts.slice(0, 20)) body(text);
  for (let pass = 0; pass < warm; pass++) for (const text of texts) body(text);
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let items = 0;
  for (let r = 0; r < runs; r++) {
    items = 0;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (let k = 0; k < texts.length; k++) {
      items += body(texts[k]!);
      if (k % 100 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    const cpu = process.cpuUsage(cpuStarted);
    cpuTimes.push((cpu.user + cpu.system) / 1e6);
    times.push((performance.now() - started) / 1000);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { name, seconds: median(times), cpu: median(cpuTimes), items, heapMB: (peak - heapBefore) / 1e6 };
}

const rows: Row[] = [
  measure("regex floor (one pass)", repeat, (text) => {
    let n = 0;
    FLOOR.lastIndex = 0;
    while (FLOOR.exec(text)) n++;
    return n;
  }),
  measure("extractClaims only", repeat, (text) => extractClaims(text).length),
  measure("Sourcelight core (scan)", repeat, (text) => scan(text, meta, registry).claims.length),
];
if (!args.includes("--no-compromise")) {
  rows.push(measure("compromise quotations+verbs", 1, (text) => {
    const doc = nlp(text);
    return doc.quotations().length + doc.verbs().length;
  }, 0));
}

const floor = rows[0]!;
console.log(`PolNeAR train: ${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB (UTF-8), one core, median of ${repeat} runs after ${warmPasses} untimed passes (compromise: 1 run after 20 texts)`);
console.log(`Node ${process.version}; CPU = user+system time of this process (one thread), wall = elapsed time;`);
console.log(`heap = peak heapUsed growth during the runs${(globalThis as { gc?: unknown }).gc ? " (after a forced GC)" : ""}; items = claims, regex matches or compromise matches\n`);
const header = ["", "MB/s (CPU)", "articles/s (CPU)", "MB/s (wall)", "x floor (CPU)", "items", "heap MB"];
const table = rows.map((r) => [
  r.name,
  (bytes / 1e6 / r.cpu).toFixed(1),
  (texts.length / r.cpu).toFixed(0),
  (bytes / 1e6 / r.seconds).toFixed(1),
  (r.cpu / floor.cpu).toFixed(1),
  String(r.items),
  r.heapMB.toFixed(1),
]);
const widths = header.map((h, c) => Math.max(h.length, ...table.map((row) => row[c]!.length)));
const line = (cells: string[]) => "| " + cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(" | ") + " |";
console.log(line(header));
console.log("|" + widths.map((w, c) => (c === 0 ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":")).join("|") + "|");
for (const row of table) console.log(line(row));

const stages = measureStages(texts, meta, registry, repeat);
const stagesTotal = stages.reduce((sum, stage) => sum + stage.cpu, 0);
console.log(`\nPer stage (each on its own over the same texts, CPU, median of ${repeat} runs; the stages sum to ${(bytes / 1e6 / stagesTotal).toFixed(1)} MB/s):\n`);
const stageHeader = ["stage", "MB/s (CPU)", "CPU s", "share"];
const stageTable = stages.map((stage) => [stage.name, stage.cpu > 0 ? (bytes / 1e6 / stage.cpu).toFixed(1) : "-", stage.cpu.toFixed(2), `${((100 * stage.cpu) / stagesTotal).toFixed(0)}%`]);
const stageWidths = stageHeader.map((h, c) => Math.max(h.length, ...stageTable.map((row) => row[c]!.length)));
const stageLine = (cells: string[]) => "| " + cells.map((cell, c) => (c === 0 ? cell.padEnd(stageWidths[c]!) : cell.padStart(stageWidths[c]!))).join(" | ") + " |";
console.log(stageLine(stageHeader));
console.log("|" + stageWidths.map((w, c) => (c === 0 ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":")).join("|") + "|");
for (const row of stageTable) console.log(stageLine(row));
gc();
console.log(`\nheap used at the end: ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB (texts, model and compromise loaded)`);
