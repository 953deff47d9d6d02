/**
 * Runs the whole pipeline (extraction, registry, dates, checks) over the PolNeAR dev articles and
 * prints the findings per article by kind, a sample of each kind and every warning with its
 * sentence, so that a person can judge the false alarms, and the warning rate per article.
 * Usage: npm run eval:findings [-- --all] [-- --gold] [-- --split=train]
 *   --all   prints every finding, not a sample
 *   --gold  uses PolNeAR's annotated attributions instead of the extractor (the checks with a near-perfect extractor)
 *   --split=train  reads the train split instead of dev (a larger sample for hunting false alarms)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyse } from "../src/core/analyse";
import { extractClaims } from "../src/core/extract";
import { emptyPageMeta } from "../src/core/page-meta";
import { createRegistry } from "../src/core/registry";
import { bundledEntries } from "../src/core/registry/bundled";
import type { Finding } from "../src/core/report";
import { goldClaims } from "./polnear-gold";

const CORPUS = process.env["POLNEAR_DIR"] ?? "/work/shared/corpora/polnear";
const SPLIT = process.argv.find((arg) => arg.startsWith("--split="))?.slice("--split=".length) === "train" ? "train" : "dev";
const TEXT_DIR = join(CORPUS, SPLIT, "text");
const METADATA = join(CORPUS, "metadata.tsv");
const ATTRIBUTIONS_DIR = join(CORPUS, SPLIT, "attributions");
const SAMPLES_PER_KIND = 4;

function main(): void {
  if (!existsSync(TEXT_DIR) || !existsSync(METADATA)) {
    console.error(`PolNeAR ${SPLIT} split not found (looked for ${TEXT_DIR} and ${METADATA}); set POLNEAR_DIR to the corpus folder.`);
    process.exit(2);
  }
  const showAll = process.argv.includes("--all");
  const gold = process.argv.includes("--gold");
  const published = publicationDates(METADATA);
  const registry = createRegistry(bundledEntries());
  const files = readdirSync(TEXT_DIR).filter((f) => f.endsWith(".txt")).sort();
  const byKind = new Map<string, Array<{ file: string; finding: Finding; context: string }>>();
  let warnings = 0;
  let undated = 0;
  const started = Date.now();
  console.log(`# Findings on PolNeAR ${SPLIT} (${files.length} articles, claims from ${gold ? "the annotations" : "the extractor"})\n`);
  for (const file of files) {
    const stem = file.slice(0, -4);
    const text = readFileSync(join(TEXT_DIR, file), "utf8");
    const date = published.get(stem) ?? null;
    if (!date) undated++;
    const claims = gold ? goldClaims(ATTRIBUTIONS_DIR, stem, text, date) : extractClaims(text);
    if (!claims) {
      console.error(`No annotations for ${stem} in ${ATTRIBUTIONS_DIR}.`);
      process.exit(2);
    }
    const report = analyse(text, claims, emptyPageMeta(), registry, { published: date });
    const counts = new Map<string, number>();
    for (const finding of report.findings) {
      const key = `${finding.kind}/${finding.severity}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (finding.severity !== "info") warnings++;
      const list = byKind.get(finding.kind) ?? [];
      list.push({ file: stem, finding, context: sentenceAround(text, finding.spans[0]?.start ?? 0) });
      byKind.set(finding.kind, list);
    }
    const summary = [...counts].map(([key, n]) => `${key} ${n}`).join(", ") || "no findings";
    console.log(`${stem} (${date ?? "no date"}): ${report.claims.length} claims; ${summary}`);
  }
  console.log("\n# By kind\n");
  for (const [kind, list] of [...byKind].sort()) {
    const bySeverity = countBy(list.map((item) => item.finding.severity));
    console.log(`## ${kind}: ${list.length} (${[...bySeverity].map(([s, n]) => `${s} ${n}`).join(", ")})`);
    const sample = showAll ? list : spread(list, SAMPLES_PER_KIND);
    for (const item of sample) printFinding(item);
    console.log("");
  }
  console.log("# Every warning\n");
  for (const list of byKind.values()) for (const item of list) if (item.finding.severity !== "info") printFinding(item);
  const rate = warnings / files.length;
  console.log(`\nWarnings (severity warning or error): ${warnings} in ${files.length} articles = ${rate.toFixed(3)} per article (target <= 0.200).`);
  if (undated) console.log(`${undated} articles had no publication date in metadata.tsv.`);
  console.log(`Time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function publicationDates(path: string): Map<string, string> {
  const lines = readFileSync(path, "utf8").split("\n");
  const header = lines[0]!.split("\t");
  const nameColumn = header.indexOf("filename");
  const dateColumn = header.indexOf("publication_date");
  const dates = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const cells = line.split("\t");
    const date = cells[dateColumn]?.trim();
    if (cells[nameColumn] && date && /^\d{4}-\d{2}-\d{2}$/.test(date)) dates.set(cells[nameColumn]!, date);
  }
  return dates;
}

function printFinding({ file, finding, context }: { file: string; finding: Finding; context: string }): void {
  console.log(`- [${finding.severity}] ${file}: ${finding.message}`);
  console.log(`    evidence: ${finding.spans.map((s) => JSON.stringify(s.text)).join(" | ")}`);
  console.log(`    sentence: ${context}`);
}

function sentenceAround(text: string, offset: number): string {
  const start = Math.max(0, offset - 160);
  return text.slice(start, offset + 200).replace(/\s+/g, " ").trim();
}

/** Samples spread over the list, so that they do not all come from the first article. */
function spread<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]!);
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

main();
