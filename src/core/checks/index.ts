/**
 * Article dates, claim dates and the inconsistency checks.
 * First version: JSON-LD / meta publication date, "on Month D" dates and vague-source findings.
 * The checks issue replaces this with chrono-node dates and every finding kind.
 */
import type { ExtractedClaim } from "../extract/types";
import type { PageMeta } from "../page-meta";
import { spanOf, type Article, type Claim, type ClaimDate, type Finding } from "../report";
import type { Registry } from "../registry";

export interface PublicationDate {
  published: string | null;
  publishedFrom: string | null;
}

export function resolvePublication(meta: PageMeta, override?: string | null): PublicationDate {
  if (override) return { published: override, publishedFrom: "option" };
  for (const raw of meta.jsonLd) {
    const found = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(raw);
    if (found) return { published: found[1]!, publishedFrom: "json-ld" };
  }
  const tag = meta.meta.find((m) => m.key === "article:published_time" && /^\d{4}-\d{2}-\d{2}/.test(m.content));
  if (tag) return { published: tag.content.slice(0, 10), publishedFrom: "meta:article:published_time" };
  return { published: null, publishedFrom: null };
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

export function resolveClaimDate(claim: ExtractedClaim, published: string | null): ClaimDate | null {
  if (!claim.date) return null;
  const m = /(january|february|march|april|may|june|july|august|september|october|november|december)(?: (\d{1,2}))?(?:, (\d{4}))?/i.exec(claim.date.text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
  let year = m[3] ? Number(m[3]) : published ? Number(published.slice(0, 4)) : null;
  if (year === null) return null;
  // A past-tense report of a month after the publication month happened the year before.
  if (!m[3] && published && month > Number(published.slice(5, 7))) year -= 1;
  const mm = String(month).padStart(2, "0");
  const value = m[2] ? `${year}-${mm}-${m[2].padStart(2, "0")}` : `${year}-${mm}`;
  return { ...claim.date, value };
}

export interface CheckContext {
  text: string;
  claims: readonly Claim[];
  article: Article;
  registry: Registry;
}

export function runChecks({ text, claims }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const claim of claims) {
    if (claim.sourceType !== "vague" || !claim.source) continue;
    findings.push({
      id: `f${findings.length + 1}`,
      kind: "vague-source",
      severity: "warning",
      message: `"${claim.source.text}" does not say who exactly is speaking.`,
      claimIds: [claim.id],
      spans: [spanOf(text, claim.source.start, claim.source.end)],
    });
  }
  return findings;
}
