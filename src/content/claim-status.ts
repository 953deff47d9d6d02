/** How a claim's highlight is coloured: by what the registry and the checks made of its source. */
import type { Claim, Report } from "../core/report";

export type ClaimStatus = "matched" | "unknown" | "vague" | "finding";
export const CLAIM_STATUSES: readonly ClaimStatus[] = ["matched", "unknown", "vague", "finding"];

/** Claims with a warning or an error; info findings do not colour a highlight. */
export function claimsWithFindings(report: Report): Set<string> {
  return new Set(report.findings.filter((finding) => finding.severity !== "info").flatMap((finding) => finding.claimIds));
}

export function claimStatus(claim: Claim, withFindings: Set<string>): ClaimStatus {
  if (withFindings.has(claim.id)) return "finding";
  if (claim.registry) return "matched";
  if (claim.sourceType === "vague" || claim.sourceType === "none") return "vague";
  return "unknown";
}
