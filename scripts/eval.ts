/**
 * Scores the extractor on PolNeAR (dev by default; `--split train` for train).
 *
 *   npm run eval [-- --split train] [--limit N] [--errors N] [--fold k/n --model FILE]
 *
 * `--fold k/n` scores only the train articles held out of fold k (scripts/train-extractor.ts
 * `--fold k/n --out FILE` trains without them), `--model FILE` uses that model instead of the bundled one:
 * how the tagger's hyper-parameters are chosen by cross-validation on train, never on dev.
 *
 * Span scores (the CofeNet paper's): every distinct gold cue / source / content span of an article
 * against every distinct predicted one, exact boundaries and begin boundary (one-to-one on starts).
 * A discontinuous gold span is scored as its covering span (first start to last end).
 * Attribution scores: a predicted claim matches an unmatched gold attribution whose cue it overlaps
 * (one to one); its source is right when both are absent or the spans overlap.
 */
import { readFileSync } from "node:fs";
import { extractClaims } from "../src/core/extract";
import { loadModel, type SerialisedModel } from "../src/core/extract/model";
import type { ExtractedClaim } from "../src/core/extract/types";
import { inFold, loadSplit, type GoldAttribution, type GoldSpan } from "./polnear";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const split = option("split") ?? "dev";
const limit = Number(option("limit") ?? Infinity);
const showErrors = Number(option("errors") ?? 0);

class Counts {
  tp = 0;
  predicted = 0;
  gold = 0;
  add(tp: number, predicted: number, gold: number) {
    this.tp += tp;
    this.predicted += predicted;
    this.gold += gold;
  }
  row(name: string): string {
    const p = this.predicted ? this.tp / this.predicted : 0;
    const r = this.gold ? this.tp / this.gold : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `${name.padEnd(34)} ${pct(p)} ${pct(r)} ${pct(f)}   (tp ${this.tp}, predicted ${this.predicted}, gold ${this.gold})`;
  }
}
const pct = (x: number) => (100 * x).toFixed(1).padStart(6);

const PRONOUNS = new Set(["he", "she", "they", "i", "we", "you", "it", "his", "her", "their", "its", "him", "them", "who", "which", "that", "me", "us", "our", "my", "your"]);
const isPronoun = (text: string) => PRONOUNS.has(text.toLowerCase());

type Role = "cue" | "source" | "content";
const roles: Role[] = ["cue", "source", "content"];
const exact = new Map(roles.map((r) => [r, new Counts()]));
const begin = new Map(roles.map((r) => [r, new Counts()]));
const attributionCue = new Counts();
const attributionBoth = new Counts();
const pronounBoth = new Counts();
let pronounResolved = 0;
let pronounMatched = 0;
const errors: string[] = [];

function spanKeys(spans: Array<{ start: number; end: number } | null>): Set<string> {
  return new Set(spans.filter((s) => s !== null).map((s) => `${s!.start}:${s!.end}`));
}

function scoreSpans(role: Role, gold: Array<GoldSpan | null>, predicted: Array<{ start: number; end: number } | null>) {
  const g = spanKeys(gold);
  const p = spanKeys(predicted);
  let tp = 0;
  for (const key of p) if (g.has(key)) tp++;
  exact.get(role)!.add(tp, p.size, g.size);
  const starts = (keys: Set<string>) => {
    const m = new Map<string, number>();
    for (const key of keys) {
      const s = key.split(":")[0]!;
      m.set(s, (m.get(s) ?? 0) + 1);
    }
    return m;
  };
  const gs = starts(g);
  let btp = 0;
  for (const [s, count] of starts(p)) btp += Math.min(count, gs.get(s) ?? 0);
  begin.get(role)!.add(btp, p.size, g.size);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const sourceRight = (claim: ExtractedClaim, gold: GoldAttribution) =>
  gold.source === null ? claim.source === null : claim.source !== null && overlaps(claim.source, gold.source);

function scoreAttributions(text: string, gold: GoldAttribution[], claims: ExtractedClaim[]) {
  const used = new Set<number>();
  let cueTp = 0;
  let bothTp = 0;
  const goldPronoun = gold.map((g) => g.source !== null && isPronoun(text.slice(g.source.start, g.source.end)));
  let pronounTp = 0;
  let pronounPredicted = 0;
  for (const claim of claims) {
    // Prefer a gold attribution whose source also matches.
    let match = -1;
    for (let k = 0; k < gold.length; k++) {
      if (used.has(k) || !overlaps(claim.cue, gold[k]!.cue)) continue;
      if (match < 0 || (sourceRight(claim, gold[k]!) && !sourceRight(claim, gold[match]!))) match = k;
    }
    if (claim.sourceType === "pronoun") pronounPredicted++;
    if (match < 0) {
      if (errors.length < showErrors) errors.push(`FP cue "${claim.cue.text}" src "${claim.source?.text ?? ""}"  …${text.slice(Math.max(0, claim.cue.start - 60), claim.cue.end + 30).replace(/\s+/g, " ")}…`);
      continue;
    }
    used.add(match);
    cueTp++;
    const g = gold[match]!;
    if (sourceRight(claim, g)) {
      bothTp++;
      if (goldPronoun[match]) {
        pronounTp++;
        pronounMatched++;
        if (claim.resolvedSource && resolvesToGoldSource(text, gold, g, claim.resolvedSource)) pronounResolved++;
      }
    } else if (errors.length < showErrors) {
      errors.push(`SRC cue "${claim.cue.text}" predicted "${claim.source?.text ?? "-"}" gold "${g.source ? text.slice(g.source.start, g.source.end) : "-"}"`);
    }
  }
  if (showErrors) {
    gold.forEach((g, k) => {
      if (!used.has(k) && errors.length < showErrors)
        errors.push(`FN cue "${text.slice(g.cue.start, g.cue.end)}" src "${g.source ? text.slice(g.source.start, g.source.end) : ""}"  …${text.slice(Math.max(0, g.cue.start - 60), g.cue.end + 30).replace(/\s+/g, " ")}…`);
    });
  }
  attributionCue.add(cueTp, claims.length, gold.length);
  attributionBoth.add(bothTp, claims.length, gold.length);
  pronounBoth.add(pronounTp, pronounPredicted, goldPronoun.filter(Boolean).length);
}

/**
 * PolNeAR has no coreference links, so a resolution counts as right when its last word (the
 * surname) occurs in a non-pronoun gold source that precedes the pronoun in the article.
 */
function resolvesToGoldSource(text: string, gold: GoldAttribution[], target: GoldAttribution, resolved: string): boolean {
  const last = resolved.split(/\s+/).pop()!.toLowerCase();
  return gold.some((g) => g.source && g.source.end <= target.source!.start && !isPronoun(text.slice(g.source.start, g.source.end)) && text.slice(g.source.start, g.source.end).toLowerCase().includes(last));
}

const articles = inFold(loadSplit(split, limit), option("fold"), true);
const modelFile = option("model");
const model = modelFile ? loadModel(JSON.parse(readFileSync(modelFile, "utf8")) as SerialisedModel) : undefined;
const started = performance.now();
let bytes = 0;
for (const article of articles) {
  bytes += article.text.length;
  const claims = extractClaims(article.text, model);
  for (const role of roles) {
    scoreSpans(role, article.attributions.map((a) => a[role]), claims.map((c) => c[role]));
  }
  scoreAttributions(article.text, article.attributions, claims);
}
const seconds = (performance.now() - started) / 1000;

console.log(`PolNeAR ${split}: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB of text, extracted in ${seconds.toFixed(2)} s\n`);
console.log(`${"".padEnd(34)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)}`);
for (const role of roles) console.log(exact.get(role)!.row(`${role} span, exact`));
for (const role of roles) console.log(begin.get(role)!.row(`${role} span, begin boundary`));
console.log(attributionCue.row("attribution (cue overlaps)"));
console.log(attributionBoth.row("attribution (cue + source)"));
console.log(pronounBoth.row("pronoun sources (cue + source)"));
console.log(`pronoun sources resolved to a gold-named source: ${pronounResolved} of ${pronounMatched} found (${pct(pronounMatched ? pronounResolved / pronounMatched : 0).trim()}%)`);
if (errors.length) console.log("\n" + errors.join("\n"));
