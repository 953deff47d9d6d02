/** Grouping shared by every human-readable rendering of a report (terminal, Markdown, popup). */
import type { Claim, Finding, Report, Severity } from "../report";

export interface SourceGroup {
  /** The name readers know the source by: the registry name, the resolved name or the text. */
  label: string;
  registry: Claim["registry"];
  claims: Claim[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Claims grouped by who they are attributed to, groups in order of first appearance. */
export function groupClaimsBySource(claims: readonly Claim[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const claim of claims) {
    const label = sourceLabel(claim);
    const key = claim.registry ? `registry:${claim.registry.id}` : `text:${label.toLowerCase()}`;
    let group = groups.get(key);
    if (!group) {
      group = { label, registry: claim.registry, claims: [] };
      groups.set(key, group);
    }
    group.claims.push(claim);
  }
  return [...groups.values()];
}

export function sourceLabel(claim: Claim): string {
  if (claim.registry) return claim.registry.name;
  if (claim.resolvedSource) return claim.resolvedSource;
  if (claim.source) return claim.source.text;
  return "(no source named)";
}

/** Findings, most severe first, then in text order. */
export function findingsBySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0),
  );
}

export function countBySeverity(report: Report): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of report.findings) counts[finding.severity]++;
  return counts;
}

/** A one-line excerpt of a span of text, cut at a word boundary. */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(" ", max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}
