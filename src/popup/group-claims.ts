/** Groups a report's claims by who they are attributed to, for the popup's source list. */
import type { Claim, Finding, Report } from "../core/report";
import { t } from "../ui/i18n";

export interface SourceGroup {
  key: string;
  /** The registry name, else the source as the article words it, else a placeholder. */
  name: string;
  /** Registry kind, or null when the source is not in the registry. */
  kind: string | null;
  registryId: string | null;
  sourceType: Claim["sourceType"];
  claims: Claim[];
  /** Findings about any of the group's claims, each counted once. */
  findingCount: number;
}

export function groupClaimsBySource(report: Report): SourceGroup[] {
  const findingsByClaim = findingIdsByClaim(report.findings);
  const groups = new Map<string, SourceGroup>();
  const groupFindings = new Map<string, Set<string>>();
  for (const claim of report.claims) {
    const wording = claim.resolvedSource ?? claim.source?.text ?? null;
    const key = claim.registry ? `registry:${claim.registry.id}` : wording ? `text:${wording.toLowerCase()}` : "none";
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        name: claim.registry?.name ?? wording ?? t("popupNoSource"),
        kind: claim.registry?.kind ?? null,
        registryId: claim.registry?.id ?? null,
        sourceType: claim.sourceType,
        claims: [],
        findingCount: 0,
      };
      groups.set(key, group);
    }
    group.claims.push(claim);
    const ids = groupFindings.get(key) ?? new Set<string>();
    for (const id of findingsByClaim.get(claim.id) ?? []) ids.add(id);
    groupFindings.set(key, ids);
    group.findingCount = ids.size;
  }
  // Registry-matched sources first, then by how much the article leans on them; unsourced claims last.
  const rank = (group: SourceGroup) => (group.registryId !== null ? 0 : group.key === "none" ? 2 : 1);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || b.claims.length - a.claims.length);
}

function findingIdsByClaim(findings: readonly Finding[]): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const finding of findings) for (const claimId of finding.claimIds) ids.set(claimId, [...(ids.get(claimId) ?? []), finding.id]);
  return ids;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function findingsBySeverity(report: Report): Finding[] {
  return [...report.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export interface SourcingSummary {
  named: number;
  described: number;
  vague: number;
  unattributed: number;
  secondHand: number;
}

/** How the article sources its claims, at a glance: named, described, vague, unattributed, relayed. */
export function sourcingSummary(report: Report): SourcingSummary {
  const summary: SourcingSummary = { named: 0, described: 0, vague: 0, unattributed: 0, secondHand: 0 };
  for (const claim of report.claims) {
    if (claim.sourceType === "named") summary.named++;
    else if (claim.sourceType === "vague") summary.vague++;
    else if (claim.sourceType === "none") summary.unattributed++;
    else summary.described++;
    if (claim.via !== null) summary.secondHand++;
  }
  return summary;
}
