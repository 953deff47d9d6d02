/**
 * The pipeline after extraction: registry matching, claim dates and checks. The background worker
 * runs this on what the content script extracted; the CLI runs `scan` which does both halves.
 */
import { resolveClaimDate, resolvePublication, runChecks } from "./checks";
import { extractClaims } from "./extract";
import type { ExtractedClaim } from "./extract/types";
import type { PageMeta } from "./page-meta";
import { matchSources, type Registry } from "./registry";
import type { Article, Claim, Report } from "./report";

export interface AnalyseOptions {
  /** A publication date (YYYY-MM-DD) given by the user; it overrides what the page says. */
  published?: string | null;
  /** Include the scanned text in the report (the CLI's --with-text). */
  withText?: boolean;
}

export function analyse(
  text: string,
  extracted: readonly ExtractedClaim[],
  meta: PageMeta,
  registry: Registry,
  options: AnalyseOptions = {},
): Report {
  const publication = resolvePublication(meta, options.published);
  const article: Article = {
    title: meta.title,
    url: meta.canonicalUrl ?? meta.url,
    published: publication.published,
    publishedFrom: publication.publishedFrom,
  };
  const matches = matchSources(text, extracted, registry);
  const claims: Claim[] = extracted.map((claim) => ({
    ...claim,
    registry: matches.get(claim.id) ?? null,
    date: resolveClaimDate(claim, article.published),
  }));
  const findings = runChecks({ text, claims, article, registry });
  return { article, ...(options.withText ? { text } : {}), claims, findings };
}

/** Extraction and analysis in one call: what the CLI and the benchmarks run. */
export function scan(text: string, meta: PageMeta, registry: Registry, options: AnalyseOptions = {}): Report {
  return analyse(text, extractClaims(text), meta, registry, options);
}
