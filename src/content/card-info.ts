/** What the hover card says about a claim, taken from the report alone. */
import type { Finding, Report } from "../core/report";
import { t } from "../ui/i18n";

export interface CardInfo {
  /** The registry name, else the source as the article words it. */
  source: string;
  /** Registry kind, or null when the registry does not know the source. */
  kind: string | null;
  sourceType: string;
  cue: string;
  /** The attribution date as resolved (YYYY, YYYY-MM or YYYY-MM-DD), if the text gives one. */
  date: string | null;
  findings: Pick<Finding, "severity" | "message">[];
}

export function cardInfo(report: Report, claimId: string): CardInfo | null {
  const claim = report.claims.find((candidate) => candidate.id === claimId);
  if (!claim) return null;
  return {
    source: claim.registry?.name ?? claim.resolvedSource ?? claim.source?.text ?? t("popupNoSource"),
    kind: claim.registry?.kind ?? null,
    sourceType: claim.sourceType,
    cue: claim.cue.text,
    date: claim.date?.value ?? null,
    findings: report.findings
      .filter((finding) => finding.claimIds.includes(claimId))
      .map(({ severity, message }) => ({ severity, message })),
  };
}
