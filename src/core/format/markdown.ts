/** The report as a Markdown document: for review notes, tickets and newsroom CI logs. */
import type { Report } from "../report";
import { countBySeverity, excerpt, findingsBySeverity, groupClaimsBySource } from "./group";

/** Escapes text taken from the page so that it renders literally in Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (char) => `\\${char}`);
}

export function formatReportMarkdown(report: Report): string {
  const { article } = report;
  const counts = countBySeverity(report);
  const out: string[] = [`# Sourcelight report: ${escapeMarkdown(article.title ?? "untitled")}`, ""];
  if (article.url) out.push(`- URL: <${article.url.replace(/[<>]/g, "")}>`);
  out.push(
    `- Published: ${article.published ?? "unknown"}${article.publishedFrom ? ` (from ${article.publishedFrom})` : ""}`,
    `- Claims: ${report.claims.length}`,
    `- Findings: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`,
    "",
    "## Findings",
    "",
  );
  if (report.findings.length === 0) out.push("None.", "");
  for (const finding of findingsBySeverity(report.findings)) {
    out.push(`- **${finding.severity}** \`${finding.kind}\`: ${escapeMarkdown(finding.message)}`);
    for (const span of finding.spans.slice(0, 3)) out.push(`  - > ${escapeMarkdown(excerpt(span.text, 160))}`);
  }
  out.push("", "## Claims by source", "");
  for (const group of groupClaimsBySource(report.claims)) {
    const known = group.registry ? ` (${group.registry.kind})` : " (not in registry)";
    out.push(`### ${escapeMarkdown(group.label)}${known}`, "");
    for (const claim of group.claims) {
      const date = claim.date ? `, dated ${claim.date.value}` : "";
      out.push(`- *${escapeMarkdown(claim.cue.text)}*${date}${claim.content ? `: “${escapeMarkdown(excerpt(claim.content.text, 200))}”` : ""}`);
    }
    out.push("");
  }
  return out.join("\n");
}
