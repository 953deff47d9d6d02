/**
 * Registry matcher throughput: scans a text with the bundled registry and with registries of
 * growing synthetic size, printing characters per millisecond. Uses the shared corpus when present,
 * otherwise the demo article. Run: npx tsx scripts/bench-registry.ts
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createRegistry, findMentions, prepareRegistry, type Registry } from "../src/core/registry";
import { bundledEntries } from "../src/core/registry/bundled";
import { RegistryEntrySchema } from "../src/core/registry/schema";

const CORPUS = join(import.meta.dirname, "..", "..", "shared", "corpora");

function corpusText(): string {
  if (!existsSync(CORPUS)) {
    console.log(`shared corpus not found at ${CORPUS}: using the demo article`);
    return readFileSync(join(import.meta.dirname, "..", "tests", "fixtures", "demo-article.txt"), "utf8").repeat(50);
  }
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|md)$/.test(name)) files.push(path);
    }
  };
  walk(CORPUS);
  return files.slice(0, 400).map((f) => readFileSync(f, "utf8")).join("\n\n");
}

function timeScan(text: string, registry: Registry): { ms: number; mentions: number } {
  let best = Infinity;
  let mentions = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    mentions = findMentions(text, registry).length;
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, mentions };
}

function synthetic(count: number) {
  return Array.from({ length: count }, (_, i) =>
    RegistryEntrySchema.parse({ id: `org-${i}`, name: `Synthetic Organisation Number ${i}`, kind: "other", country: null, description: "x", acronyms: [`ZQ${i}`] }),
  );
}

const text = corpusText();
console.log(`text: ${text.length} characters`);
const bundled = bundledEntries();
for (const [label, entries] of [
  ["bundled", bundled],
  ["bundled + 10,000 synthetic", [...bundled, ...synthetic(10_000)]],
  ["bundled + 50,000 synthetic", [...bundled, ...synthetic(50_000)]],
] as const) {
  const registry = createRegistry(entries);
  const built = performance.now();
  prepareRegistry(registry);
  const buildMs = performance.now() - built;
  const { ms, mentions } = timeScan(text, registry);
  console.log(`${label.padEnd(28)} ${String(entries.length).padStart(6)} entries  index ${buildMs.toFixed(0)} ms  scan ${ms.toFixed(0)} ms  ${(text.length / ms).toFixed(0)} chars/ms  ${mentions} mentions`);
}
