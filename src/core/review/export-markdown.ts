/**
 * The Markdown export: a readable review report with the article, the progress, every finding and
 * claim with its quote, source, mark and note, and the marks that lost their place. Everything taken
 * from the page (and notes, which may come from an imported file) is escaped to render literally.
 */
import { escapeMarkdown } from "../format/markdown";
import { excerpt, findingsBySeverity, sourceLabel } from "../format/group";
import type { Claim, Finding } from "../report";
import type { ArticleReview, Mark } from "./model";
import { progressLabel, reviewProgress, STATUS_LABELS } from "./progress";
import { markOf, orphanedMarks } from "./review";

function markLines(mark: Mark | null, indent: string): string[] {
  if (!mark) return [`${indent}- Mark: not reviewed yet`];
  const lines = [`${indent}- Mark: **${STATUS_LABELS[mark.status]}** (${mark.updatedAt.slice(0, 10)})`];
  if (mark.reason) lines.push(`${indent}- Reason: ${escapeMarkdown(oneLine(mark.reason))}`);
  if (mark.note.trim()) lines.push(`${indent}- Note:`, ...mark.note.split(/\r?\n/).map((line) => `${indent}  > ${escapeMarkdown(line)}`));
  return lines;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function quote(text: string, max = 300): string {
  return `“${escapeMarkdown(excerpt(oneLine(text), max))}”`;
}

function findingSection(finding: Finding, mark: Mark | null): string[] {
  const lines = [`- **${finding.severity}** \`${finding.kind.replace(/`/g, "")}\`: ${escapeMarkdown(finding.message)}`];
  for (const span of finding.spans.slice(0, 3)) lines.push(`  - > ${escapeMarkdown(excerpt(oneLine(span.text), 200))}`);
  return [...lines, ...markLines(mark, "  ")];
}

function claimSection(claim: Claim, mark: Mark | null): string[] {
  const registry = claim.registry ? ` (${escapeMarkdown(claim.registry.kind)} in the registry)` : claim.sourceType === "none" ? "" : " (not in the registry)";
  const date = claim.date ? `, dated ${claim.date.value}` : "";
  const lines = [`- **${escapeMarkdown(sourceLabel(claim))}**${registry} *${escapeMarkdown(oneLine(claim.cue.text))}*${date}`];
  if (claim.content) lines.push(`  - ${quote(claim.content.text)}`);
  return [...lines, ...markLines(mark, "  ")];
}

function orphanSection(mark: Mark): string[] {
  const target = mark.target;
  const what =
    target.type === "claim"
      ? `claim ${quote(target.content?.quote.exact ?? target.cue.quote.exact, 200)}${target.source ? ` from ${escapeMarkdown(oneLine(target.source.quote.exact))}` : ""}`
      : `finding \`${target.kind.replace(/`/g, "")}\`${target.spans[0] ? ` on ${quote(target.spans[0].quote.exact, 200)}` : ""}`;
  return [`- ${what}`, ...markLines(mark, "  ")];
}

/** One article's review; `level` is the heading level of its title (2 inside a bundle). */
export function exportReviewMarkdown(review: ArticleReview, level = 1): string {
  const h = (depth: number) => "#".repeat(Math.min(6, level + depth));
  const { article } = review;
  const out = [`${h(0)} Review: ${escapeMarkdown(oneLine(article.title ?? "untitled"))}`, ""];
  out.push(`- URL: <${review.key.replace(/[<>\s]/g, "")}>`);
  out.push(`- Published: ${article.published ?? "unknown"}`);
  out.push(`- Progress: ${progressLabel(reviewProgress(review))}`, `- Last changed: ${review.updatedAt}`, "");
  out.push(`${h(1)} Findings`, "");
  if (review.findings.length === 0) out.push("None.");
  for (const finding of findingsBySeverity(review.findings)) out.push(...findingSection(finding, markOf(review, "finding", finding.id)));
  out.push("", `${h(1)} Claims`, "");
  if (review.claims.length === 0) out.push("None.");
  for (const claim of review.claims) out.push(...claimSection(claim, markOf(review, "claim", claim.id)));
  const orphans = orphanedMarks(review);
  if (orphans.length > 0) {
    out.push("", `${h(1)} Marks that lost their place`, "", "The page changed and these passages were not found again with confidence.", "");
    for (const mark of orphans) out.push(...orphanSection(mark));
  }
  return `${out.join("\n")}\n`;
}

/** Every reviewed article in one document (the options page's "export all"). */
export function exportBundleMarkdown(reviews: readonly ArticleReview[], exportedAt: string): string {
  const out = ["# Sourcelight reviews", "", `Exported ${exportedAt}: ${reviews.length} article${reviews.length === 1 ? "" : "s"}.`, ""];
  out.push("| Article | Progress |", "| --- | --- |");
  for (const review of reviews) {
    out.push(`| ${escapeMarkdown(oneLine(review.article.title ?? review.key))} | ${progressLabel(reviewProgress(review))} |`);
  }
  return [out.join("\n"), ...reviews.map((review) => exportReviewMarkdown(review, 2))].join("\n\n");
}
