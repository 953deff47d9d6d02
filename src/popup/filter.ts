/** The popup's filter: finding kind, severity and a search over the words the lists show. */
import type { Claim, Finding, Severity } from "../core/report";
import type { SourceGroup } from "./group-claims";

export interface ListFilter {
  kind: string; // "all" or a finding kind
  severity: "all" | "warning" | "error";
  query: string;
}

export const NO_FILTER: ListFilter = { kind: "all", severity: "all", query: "" };

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function matchesQuery(query: string, ...texts: (string | null | undefined)[]): boolean {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return true;
  return texts.some((text) => text?.toLocaleLowerCase().includes(needle));
}

export function filterFindings(findings: readonly Finding[], filter: ListFilter): Finding[] {
  return findings.filter(
    (finding) =>
      (filter.kind === "all" || finding.kind === filter.kind) &&
      (filter.severity === "all" || RANK[finding.severity] >= RANK[filter.severity]) &&
      matchesQuery(filter.query, finding.message, finding.kind, ...finding.spans.map((span) => span.text)),
  );
}

/**
 * Source groups reduced to the claims that match the search (the group's name counts for all of
 * its claims); with a kind or severity chosen, only claims those findings are about.
 */
export function filterGroups(groups: readonly SourceGroup[], findings: readonly Finding[], filter: ListFilter): SourceGroup[] {
  const narrowed = filter.kind !== "all" || filter.severity !== "all";
  const flagged = new Set(filterFindings(findings, { ...filter, query: "" }).flatMap((finding) => finding.claimIds));
  const keep = (group: SourceGroup, claim: Claim) =>
    (!narrowed || flagged.has(claim.id)) &&
    matchesQuery(filter.query, group.name, group.kind, claim.source?.text, claim.cue.text, claim.content?.text);
  return groups
    .map((group) => ({ ...group, claims: group.claims.filter((claim) => keep(group, claim)) }))
    .filter((group) => group.claims.length > 0);
}
