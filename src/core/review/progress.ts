/** Review progress ("7 of 12 reviewed"), counts by status and filters by mark, for the popup and the exports. */
import type { Claim, Finding } from "../report";
import { MARK_STATUSES, type ArticleReview, type Mark, type MarkStatus } from "./model";
import { markOf, orphanedMarks } from "./review";

export type ReviewItem =
  | { type: "claim"; id: string; claim: Claim; mark: Mark | null }
  | { type: "finding"; id: string; finding: Finding; mark: Mark | null };

/** "Needs checking" is a mark, but not a verdict: such an item still counts as not reviewed. */
export function isReviewed(mark: Mark | null): boolean {
  return mark !== null && mark.status !== "needs-checking";
}

/** Every claim and finding of the review with its mark, findings first (they are what needs deciding). */
export function reviewItems(review: ArticleReview): ReviewItem[] {
  return [
    ...review.findings.map((finding): ReviewItem => ({ type: "finding", id: finding.id, finding, mark: markOf(review, "finding", finding.id) })),
    ...review.claims.map((claim): ReviewItem => ({ type: "claim", id: claim.id, claim, mark: markOf(review, "claim", claim.id) })),
  ];
}

export interface ReviewProgress {
  total: number;
  reviewed: number;
  byStatus: Record<MarkStatus, number>;
  unmarked: number;
  /** Marks kept in the review that are attached to nothing in the current report. */
  orphaned: number;
}

export function reviewProgress(review: ArticleReview): ReviewProgress {
  const items = reviewItems(review);
  const byStatus = Object.fromEntries(MARK_STATUSES.map((status) => [status, 0])) as Record<MarkStatus, number>;
  for (const item of items) if (item.mark) byStatus[item.mark.status]++;
  return {
    total: items.length,
    reviewed: items.filter((item) => isReviewed(item.mark)).length,
    byStatus,
    unmarked: items.filter((item) => !item.mark).length,
    orphaned: orphanedMarks(review).length,
  };
}

export const STATUS_LABELS: Record<MarkStatus, string> = {
  verified: "verified",
  disputed: "disputed",
  "needs-checking": "needs checking",
  dismissed: "dismissed",
};

/** "7 of 12 reviewed (3 verified, 2 disputed, 1 needs checking, 1 dismissed)". */
export function progressLabel(progress: ReviewProgress): string {
  const parts = MARK_STATUSES.filter((status) => progress.byStatus[status] > 0).map((status) => `${progress.byStatus[status]} ${STATUS_LABELS[status]}`);
  return `${progress.reviewed} of ${progress.total} reviewed${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

export type MarkFilter = MarkStatus | "unmarked" | "unreviewed" | "all";

export function filterItems(items: readonly ReviewItem[], filter: MarkFilter): ReviewItem[] {
  switch (filter) {
    case "all":
      return [...items];
    case "unmarked":
      return items.filter((item) => !item.mark);
    case "unreviewed":
      return items.filter((item) => !isReviewed(item.mark));
    default:
      return items.filter((item) => item.mark?.status === filter);
  }
}
