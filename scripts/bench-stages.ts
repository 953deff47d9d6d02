/**
 * Per-stage cost of the core on the bench texts, so that a slow stage is visible: each stage runs on
 * its own over all texts with its inputs prepared beforehand (the extractor's stages as cumulative
 * prefixes: tokenize, then + vocabulary encoding and tagging, then the whole extractor).
 */
import type { PageMeta } from "../src/core/page-meta";
import { runChecks } from "../src/core/checks";
import { resolveClaimDate } from "../src/core/dates/claim-date";
import { resolveArticleDates } from "../src/core/dates/publication";
import { extractClaims } from "../src/core/extract";
import { encodeTokens, loadModel, type SerialisedModel } from "../src/core/extract/model";
import serialised from "../src/core/extract/model/weights.json";
import { sentenceRanges, tagTokens } from "../src/core/extract/tagger";
import { tokenize } from "../src/core/extract/tokenize";
import { matchSources, type Registry } from "../src/core/registry";
import type { Article, Claim } from "../src/core/report";

export interface StageRow {
  name: string;
  /** CPU seconds of the stage alone over all texts (median of the runs). */
  cpu: number;
}

function cpuSeconds(runs: number, body: () => void): number {
  body(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = process.cpuUsage();
    body();
    const used = process.cpuUsage(started);
    times.push((used.user + used.system) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export function measureStages(texts: readonly string[], meta: PageMeta, registry: Registry, runs: number): StageRow[] {
  const model = loadModel(serialised as unknown as SerialisedModel);
  const extracted = texts.map((text) => extractClaims(text));
  const dates = texts.map((text) => resolveArticleDates(meta, undefined, text));
  const matches = texts.map((text, k) => matchSources(text, extracted[k]!, registry));
  const claims: Claim[][] = texts.map((text, k) =>
    extracted[k]!.map((claim) => ({
      ...claim,
      registry: matches[k]!.get(claim.id) ?? null,
      date: resolveClaimDate(claim, dates[k]!.published ?? dates[k]!.notBefore, text),
    })),
  );
  const articles: Article[] = dates.map((d) => ({
    title: meta.title, url: meta.canonicalUrl ?? meta.url, published: d.published, publishedFrom: d.publishedFrom,
    modified: d.modified, modifiedFrom: d.modifiedFrom, publishedNotBefore: d.notBefore,
  }));

  const tokenizeOnly = cpuSeconds(runs, () => { for (const text of texts) tokenize(text); });
  const tagged = cpuSeconds(runs, () => {
    for (const text of texts) {
      const tokens = tokenize(text);
      if (tokens.length === 0) continue;
      const sentences = sentenceRanges(tokens);
      tagTokens(tokens, encodeTokens(tokens, model), model.weights, sentences);
    }
  });
  const extractor = cpuSeconds(runs, () => { for (const text of texts) extractClaims(text); });
  return [
    { name: "tokenize", cpu: tokenizeOnly },
    { name: "encode + tag (model scoring, Viterbi)", cpu: Math.max(0, tagged - tokenizeOnly) },
    { name: "spans, linking, resolution (rest of extractClaims)", cpu: Math.max(0, extractor - tagged) },
    { name: "article dates (publication, latest stated day)", cpu: cpuSeconds(runs, () => { texts.forEach((text) => resolveArticleDates(meta, undefined, text)); }) },
    { name: "registry matching", cpu: cpuSeconds(runs, () => { texts.forEach((text, k) => matchSources(text, extracted[k]!, registry)); }) },
    {
      name: "claim dates",
      cpu: cpuSeconds(runs, () => {
        texts.forEach((text, k) => { for (const claim of extracted[k]!) resolveClaimDate(claim, dates[k]!.published ?? dates[k]!.notBefore, text); });
      }),
    },
    { name: "checks", cpu: cpuSeconds(runs, () => { texts.forEach((text, k) => runChecks({ text, claims: claims[k]!, article: articles[k]!, registry, dates: dates[k]! })); }) },
  ];
}
