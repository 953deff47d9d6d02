/**
 * The CSV export: one row per claim and per finding with its mark, then one row per orphaned mark.
 * RFC 4180 (CRLF line ends, fields quoted when they hold a quote, comma or line break), and every
 * cell a spreadsheet would read as a formula is defused with a leading apostrophe: page text is
 * hostile input and must not run in a fact-checker's spreadsheet.
 */
import { sourceLabel } from "../format/group";
import type { Mark } from "./model";
import type { ArticleReview } from "./model";
import { reviewItems } from "./progress";
import { orphanedMarks } from "./review";

export const CSV_COLUMNS = [
  "article", "type", "id", "severity", "kind", "source", "registry", "cue", "content", "message", "date",
  "status", "reason", "note", "marked_at", "attached",
] as const;
type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/** Characters that make Excel, LibreOffice or Google Sheets start a formula (tab and CR included). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function markColumns(mark: Mark | null): Pick<Row, "status" | "reason" | "note" | "marked_at"> {
  return { status: mark?.status ?? "", reason: mark?.reason ?? "", note: mark?.note ?? "", marked_at: mark?.updatedAt ?? "" };
}

function emptyRow(article: string): Row {
  return Object.fromEntries(CSV_COLUMNS.map((column) => [column, column === "article" ? article : ""])) as Row;
}

function orphanRow(article: string, mark: Mark): Row {
  const target = mark.target;
  const base = { ...emptyRow(article), ...markColumns(mark), type: target.type, attached: "no" };
  if (target.type === "claim") {
    return { ...base, source: target.source?.quote.exact ?? "", cue: target.cue.quote.exact, content: target.content?.quote.exact ?? "" };
  }
  return { ...base, kind: target.kind, message: target.message, content: target.spans.map((span) => span.quote.exact).join(" … ") };
}

export function exportReviewCsv(review: ArticleReview): string {
  const article = review.key;
  const rows: Row[] = reviewItems(review).map((item) => {
    const row = { ...emptyRow(article), ...markColumns(item.mark), type: item.type, id: item.id, attached: item.mark ? "yes" : "" };
    if (item.type === "finding") {
      const { finding } = item;
      return { ...row, severity: finding.severity, kind: finding.kind, message: finding.message, content: finding.spans.map((span) => span.text).join(" … ") };
    }
    const { claim } = item;
    return {
      ...row,
      kind: claim.sourceType,
      source: sourceLabel(claim),
      registry: claim.registry ? `${claim.registry.name} (${claim.registry.kind})` : "",
      cue: claim.cue.text,
      content: claim.content?.text ?? "",
      date: claim.date?.value ?? "",
    };
  });
  rows.push(...orphanedMarks(review).map((mark) => orphanRow(article, mark)));
  return [CSV_COLUMNS.join(","), ...rows.map((row) => CSV_COLUMNS.map((column) => csvCell(row[column])).join(","))].join("\r\n") + "\r\n";
}
