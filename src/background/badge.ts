/** The toolbar badge: how many findings need the reader's attention, coloured by the worst. */
import type { Report } from "../core/report";

export const BADGE_COLOURS = { error: "#b3261e", warning: "#a15c00" } as const;

export interface Badge {
  text: string;
  colour: string | null;
}

export function badgeFor(report: Report): Badge {
  const serious = report.findings.filter((finding) => finding.severity !== "info");
  if (serious.length === 0) return { text: "", colour: null };
  const worst = serious.some((finding) => finding.severity === "error") ? "error" : "warning";
  return { text: serious.length > 999 ? "999+" : String(serious.length), colour: BADGE_COLOURS[worst] };
}
