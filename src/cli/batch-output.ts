/**
 * Output for several inputs: every report, then a summary table (file, claims, errors, warnings,
 * notes) in text or Markdown, or one JSON object {files, summary} whose shape is checked by a schema.
 */
import { z } from "zod";
import { countBySeverity } from "../core/format/group";
import { escapeMarkdown } from "../core/format/markdown";
import { ReportSchema, type Report } from "../core/report";

export type ScanResult = { name: string; report: Report } | { name: string; error: string };

export const BatchSummarySchema = z.object({
  files: z.number().int().nonnegative(),
  scanned: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
});
export type BatchSummary = z.infer<typeof BatchSummarySchema>;

/** What `scan --format json` prints for several inputs. */
export const BatchOutputSchema = z.object({
  files: z.array(z.union([z.object({ name: z.string(), report: ReportSchema }), z.object({ name: z.string(), error: z.string() })])),
  summary: BatchSummarySchema,
});

interface Row {
  name: string;
  counts: { claims: number; errors: number; warnings: number; notes: number } | null;
}

function rowOf(result: ScanResult): Row {
  if (!("report" in result)) return { name: result.name, counts: null };
  const severities = countBySeverity(result.report);
  return {
    name: result.name,
    counts: { claims: result.report.claims.length, errors: severities.error, warnings: severities.warning, notes: severities.info },
  };
}

export function summarise(results: readonly ScanResult[]): BatchSummary {
  const summary: BatchSummary = { files: results.length, scanned: 0, failed: 0, claims: 0, errors: 0, warnings: 0, notes: 0 };
  for (const { counts } of results.map(rowOf)) {
    if (!counts) {
      summary.failed += 1;
      continue;
    }
    summary.scanned += 1;
    summary.claims += counts.claims;
    summary.errors += counts.errors;
    summary.warnings += counts.warnings;
    summary.notes += counts.notes;
  }
  return summary;
}

export function formatBatchJson(results: readonly ScanResult[]): string {
  return `${JSON.stringify({ files: results, summary: summarise(results) }, null, 2)}\n`;
}

const COLUMNS = ["claims", "errors", "warnings", "notes"] as const;

export function formatSummaryText(results: readonly ScanResult[]): string {
  const summary = summarise(results);
  const rows = results.map(rowOf);
  const totalLabel = `total (${summary.files} files${summary.failed ? `, ${summary.failed} not scanned` : ""})`;
  const nameWidth = Math.max(4, totalLabel.length, ...rows.map((row) => row.name.length));
  const line = (name: string, cells: readonly string[]) =>
    `  ${name.padEnd(nameWidth)}  ${cells.map((cell, i) => cell.padStart(COLUMNS[i]!.length)).join("  ")}`.trimEnd();
  const lines = ["Summary", line("file", COLUMNS)];
  for (const row of rows) lines.push(line(row.name, row.counts ? COLUMNS.map((column) => String(row.counts![column])) : COLUMNS.map(() => "-")));
  lines.push(line(totalLabel, COLUMNS.map((column) => String(summary[column]))));
  for (const result of results) if ("error" in result) lines.push(`  not scanned: ${result.name}: ${result.error}`);
  return `${lines.join("\n")}\n`;
}

export function formatSummaryMarkdown(results: readonly ScanResult[]): string {
  const summary = summarise(results);
  const lines = ["| File | Claims | Errors | Warnings | Notes |", "| --- | ---: | ---: | ---: | ---: |"];
  for (const row of results.map(rowOf)) {
    const cells = row.counts ? COLUMNS.map((column) => String(row.counts![column])) : ["not scanned", "", "", ""];
    lines.push(`| ${markdownName(row.name)} | ${cells.join(" | ")} |`);
  }
  lines.push(`| **Total** (${summary.files} files) | ${COLUMNS.map((column) => summary[column]).join(" | ")} |`);
  return `${lines.join("\n")}\n`;
}

/** A file name or URL as code, so that it shows literally; a pipe is escaped for GFM tables. */
function markdownName(name: string): string {
  return name.includes("`") ? escapeMarkdown(name) : `\`${name.replace(/\|/g, "\\|")}\``;
}

/** One input's section in a Markdown batch: its report with every heading moved two levels down. */
export function markdownSection(result: ScanResult, renderReport: (report: Report) => string): string {
  const heading = `## ${markdownName(result.name)}\n\n`;
  if ("error" in result) return `${heading}Not scanned: ${escapeMarkdown(result.error)}\n\n`;
  // Page text in a report is escaped (a literal "#" becomes "\#"), so a line starting with "#" is one of our headings.
  const demoted = renderReport(result.report).replace(/^#/gm, "###");
  return `${heading}${demoted.trimEnd()}\n\n`;
}
