/** The report as a terminal reads it. */
import type { Report } from "../report";
import { countBySeverity, excerpt, findingsBySeverity, groupClaimsBySource } from "./group";

const MARK = { error: "✖", warning: "⚠", info: "ℹ" } as const;

export function formatReportText(report: Report): string {
  const lines: string[] = [];
  const { article } = report;
  lines.push(article.title ?? "(untitled)");
  if (article.url) lines.push(article.url);
  const counts = countBySeverity(report);
  const published = article.published ? `Published ${article.published} (from ${article.publishedFrom})` : "Publication date unknown";
  lines.push(
    `${published} · ${report.claims.length} claims · ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`,
  );

  lines.push("", "Findings");
  if (report.findings.length === 0) lines.push("  none");
  for (const finding of findingsBySeverity(report.findings)) {
    lines.push(`  ${MARK[finding.severity]} ${finding.kind}: ${finding.message}`);
    for (const span of finding.spans.slice(0, 3)) lines.push(`      “${excerpt(span.text, 100)}” @${span.start}`);
  }

  lines.push("", "Claims by source");
  if (report.claims.length === 0) lines.push("  none found");
  for (const group of groupClaimsBySource(report.claims)) {
    const known = group.registry ? ` [${group.registry.kind}, registry: ${group.registry.id}]` : " [not in registry]";
    lines.push(`  ${group.label}${known}`);
    for (const claim of group.claims) {
      const who = claim.source ? claim.source.text : `(${claim.sourceType})`;
      const date = claim.date ? ` · dated ${claim.date.value} (“${claim.date.text}”)` : "";
      const via = claim.via ? ` · via ${claim.via}` : "";
      lines.push(`    ${claim.id} ${who} — ${claim.cue.text}${date}${via}`);
      if (claim.content) lines.push(`       “${excerpt(claim.content.text)}”`);
    }
  }
  return `${lines.join("\n")}\n`;
}
