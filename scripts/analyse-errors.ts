/**
 * Error analysis of the extractor on PolNeAR (train by default: rules are designed on train, checked on dev).
 *
 *   npx tsx scripts/analyse-errors.ts [--split train] [--role cue|source|content] [--top 30] [--examples 3]
 *
 * For every gold span of the role that no predicted span matches exactly, and every predicted span that
 * no gold span matches, it names the error kind (missed, spurious, too long / too short at the start or
 * end, shifted) and prints the most frequent kinds with the words at the differing boundary, plus a few
 * examples in context. With `--linked`, only the attributions whose cue was found are compared, each
 * predicted source or content against the gold one of the same attribution (errors of linking and
 * boundaries, not of missed cues). Reads the corpus from ../shared (scripts/polnear.ts says so when it is missing).
 */
import { extractClaims } from "../src/core/extract";
import type { ExtractedClaim } from "../src/core/extract/types";
import { loadSplit, type GoldAttribution } from "./polnear";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1]! : fallback;
};
const split = option("split", "train");
const role = option("role", "source") as "cue" | "source" | "content";
const top = Number(option("top", "30"));
const exampleCount = Number(option("examples", "3"));
const linked = args.includes("--linked");

interface Range {
  start: number;
  end: number;
}
const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const squash = (s: string) => s.replace(/\s+/g, " ");
/** The first or last word of a text, lowercased (the word at a boundary that differs). */
const edgeWord = (s: string, last: boolean) => {
  const words = squash(s).trim().split(" ").filter(Boolean);
  return (last ? words[words.length - 1] : words[0])?.toLowerCase() ?? "";
};

const kinds = new Map<string, { count: number; examples: string[] }>();
function note(kind: string, example: string) {
  const entry = kinds.get(kind) ?? { count: 0, examples: [] };
  entry.count++;
  if (entry.examples.length < exampleCount) entry.examples.push(example);
  kinds.set(kind, entry);
}

/** Describes how a predicted span differs from the gold span it overlaps. */
function boundaryKind(text: string, gold: Range, predicted: Range): string {
  const parts: string[] = [];
  if (predicted.start < gold.start) parts.push(`start too early by "${edgeWord(text.slice(predicted.start, gold.start), false)}"`);
  if (predicted.start > gold.start) parts.push(`start too late, missing "${edgeWord(text.slice(gold.start, predicted.start), false)}"`);
  if (predicted.end > gold.end) parts.push(`end too late by "${edgeWord(text.slice(gold.end, predicted.end), false)}"`);
  if (predicted.end < gold.end) parts.push(`end too early, missing "${edgeWord(text.slice(predicted.end, gold.end), false)}"`);
  return parts.join(" & ");
}

for (const article of loadSplit(split)) {
  const { text } = article;
  const claims = extractClaims(text);
  const gold = article.attributions.map((a) => a[role]).filter((s) => s !== null);
  const predicted = claims.map((c) => c[role]).filter((s) => s !== null);
  const key = (s: Range) => `${s.start}:${s.end}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  const context = (s: Range) => `…${squash(text.slice(Math.max(0, s.start - 70), s.start))}[[${squash(text.slice(s.start, s.end)).slice(0, 120)}]]${squash(text.slice(s.end, s.end + 40))}…`;
  if (linked) {
    compareLinked(text, article.attributions, claims, context);
    continue;
  }
  const seenGold = new Set<string>();
  for (const g of gold) {
    if (predictedKeys.has(key(g)) || seenGold.has(key(g))) continue;
    seenGold.add(key(g));
    const near = predicted.find((p) => overlaps(p, g) && !goldKeys.has(key(p)));
    if (!near) {
      note(`missed (${role === "content" ? "" : edgeWord(text.slice(g.start, g.end), role === "cue")})`, context(g));
      continue;
    }
    note(boundaryKind(text, g, near), `${context(g)}  predicted [[${squash(text.slice(near.start, near.end)).slice(0, 120)}]]`);
  }
  const seenPredicted = new Set<string>();
  for (const p of predicted) {
    if (goldKeys.has(key(p)) || seenPredicted.has(key(p))) continue;
    seenPredicted.add(key(p));
    if (gold.some((g) => overlaps(p, g))) continue;
    note(`spurious (${role === "content" ? "" : edgeWord(text.slice(p.start, p.end), role === "cue")})`, context(p));
  }
}

/** Each predicted claim against the gold attribution whose cue it overlaps (first unmatched one). */
function compareLinked(text: string, gold: GoldAttribution[], claims: ExtractedClaim[], context: (s: Range) => string) {
  const used = new Set<number>();
  for (const claim of claims) {
    const k = gold.findIndex((g, i) => !used.has(i) && overlaps(g.cue, claim.cue));
    if (k < 0) continue;
    used.add(k);
    const g = gold[k]![role];
    const p = claim[role];
    const cue = `cue "${squash(claim.cue.text)}"`;
    if (!g && !p) continue;
    if (!g) note(`predicted, gold has none (${edgeWord(p!.text, false)})`, `${cue} ${context(p!)}`);
    else if (!p) note(`none predicted (${edgeWord(text.slice(g.start, g.end), false)})`, `${cue} ${context(g)}`);
    else if (g.start === p.start && g.end === p.end) continue;
    else if (!overlaps(g, p)) note("wrong span (no overlap)", `${cue} gold ${context(g)}  predicted [[${squash(p.text).slice(0, 120)}]]`);
    else note(boundaryKind(text, g, p), `${cue} gold ${context(g)}  predicted [[${squash(p.text).slice(0, 120)}]]`);
  }
}

const sorted = [...kinds.entries()].sort((a, b) => b[1].count - a[1].count);
const total = sorted.reduce((n, [, e]) => n + e.count, 0);
console.log(`PolNeAR ${split}, ${role} spans: ${total} errors in ${kinds.size} kinds; the ${top} most frequent:\n`);
for (const [kind, entry] of sorted.slice(0, top)) {
  console.log(`${String(entry.count).padStart(5)}  ${kind}`);
  for (const example of entry.examples) console.log(`         ${example}`);
}
