/**
 * Reads the PolNeAR corpus (BRAT standoff) from ../shared: one annotation file per article, the
 * first in sorted order. Discontinuous spans ("752 760;769 800") are kept as their covering span
 * (first start to last end) and flagged, which is how the evaluation scores them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export interface GoldSpan {
  start: number;
  end: number;
  discontinuous: boolean;
}

export interface GoldAttribution {
  cue: GoldSpan;
  source: GoldSpan | null;
  content: GoldSpan | null;
}

export interface Article {
  stem: string;
  text: string;
  attributions: GoldAttribution[];
}

export const CORPUS_DIR = resolve(process.env.POLNEAR_DIR ?? "/work/shared/corpora/polnear");

/** Exits with a clear message when the corpus folder is missing. */
export function requireCorpus(split: string): string {
  const dir = join(CORPUS_DIR, split);
  if (!existsSync(join(dir, "text")) || !existsSync(join(dir, "attributions"))) {
    console.error(
      `PolNeAR ${split} split not found at ${dir}.\n` +
        `Expected ${dir}/text/*.txt and ${dir}/attributions/*.ann (set POLNEAR_DIR to the corpus folder).`,
    );
    process.exit(2);
  }
  return dir;
}

function parseSpan(field: string): GoldSpan {
  // "Cue 453 458" or "Content 752 760;769 800"
  const ranges = field.slice(field.indexOf(" ") + 1).split(";").map((r) => r.trim().split(" ").map(Number));
  const starts = ranges.map((r) => r[0]!);
  const ends = ranges.map((r) => r[1]!);
  return { start: Math.min(...starts), end: Math.max(...ends), discontinuous: ranges.length > 1 };
}

export function parseAnnotations(ann: string): GoldAttribution[] {
  const spans = new Map<string, GoldSpan>();
  const relations: string[][] = [];
  for (const line of ann.split("\n")) {
    const parts = line.split("\t");
    if (parts[0]?.startsWith("T") && parts[1]) spans.set(parts[0], parseSpan(parts[1]));
    else if (parts[0]?.startsWith("E") && parts[1]) relations.push(parts[1].trim().split(" "));
  }
  const result: GoldAttribution[] = [];
  for (const relation of relations) {
    const roles = new Map(relation.map((r) => r.split(":") as [string, string]));
    const cue = spans.get(roles.get("Cue") ?? "");
    if (!cue) continue;
    result.push({
      cue,
      source: spans.get(roles.get("Source") ?? "") ?? null,
      content: spans.get(roles.get("Content") ?? "") ?? null,
    });
  }
  return result;
}

/**
 * The articles of a split with their attributions: one annotation file per article (the first in
 * sorted order), or with `allAnnotators` one entry per annotation file (training may use both readings).
 */
export function loadSplit(split: string, limit = Infinity, allAnnotators = false): Article[] {
  const dir = requireCorpus(split);
  const annotations = readdirSync(join(dir, "attributions")).filter((f) => f.endsWith(".ann")).sort();
  const chosen: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const file of annotations) {
    const stem = file.slice(0, file.lastIndexOf("_"));
    if (allAnnotators || !seen.has(stem)) chosen.push([stem, file]);
    seen.add(stem);
  }
  const articles: Article[] = [];
  for (const [stem, file] of chosen.sort(([a, fa], [b, fb]) => (a === b ? (fa < fb ? -1 : 1) : a < b ? -1 : 1))) {
    if (articles.length >= limit) break;
    const textPath = join(dir, "text", `${stem}.txt`);
    if (!existsSync(textPath)) continue;
    articles.push({
      stem,
      text: readFileSync(textPath, "utf8"),
      attributions: parseAnnotations(readFileSync(join(dir, "attributions", file), "utf8")),
    });
  }
  return articles;
}

/**
 * Cross-validation folds over a split's articles (by position in sorted order): `spec` "k/n" keeps the
 * articles at k, k+n, k+2n... (`held` true) or all the others; an empty spec keeps everything.
 */
export function inFold<T>(items: readonly T[], spec: string | undefined, held: boolean): T[] {
  if (!spec) return [...items];
  const [k, n] = spec.split("/").map(Number);
  if (!(n! > 1) || !(k! >= 0 && k! < n!)) throw new Error(`--fold wants k/n with 0 <= k < n, got ${spec}`);
  return items.filter((_, index) => (index % n! === k) === held);
}
