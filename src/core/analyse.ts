/**
 * The pipeline after extraction: registry matching, claim dates and checks. The background worker
 * runs this on what the content script extracted; the CLI runs `scan` which does both halves.
 */
import { runChecks } from "./checks";
import { resolveClaimDate } from "./dates/claim-date";
import { resolveArticleDates } from "./dates/publication";
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
  const dates = resolveArticleDates(meta, options.published, text);
  const article: Article = {
    title: meta.title,
    url: meta.canonicalUrl ?? meta.url,
    published: dates.published,
    publishedFrom: dates.publishedFrom,
    modified: dates.modified,
    modifiedFrom: dates.modifiedFrom,
    publishedNotBefore: dates.notBefore,
  };
  const matches = matchSources(text, extracted, registry);
  const claims: Claim[] = extracted.map((claim) => ({
    ...claim,
    registry: matches.get(claim.id) ?? null,
    date: resolveClaimDate(claim, dates.published ?? dates.notBefore, text),
  }));
  const findings = runChecks({ text, claims, article, registry, dates });
  return { article, ...(options.withText ? { text } : {}), claims, findings };
}

/** Extraction and analysis in one call: what the CLI and the benchmarks run. */
export function scan(text: string, meta: PageMeta, registry: Registry, options: AnalyseOptions = {}): Report {
  return analyse(text, extractClaims(text), meta, registry, options);
}
