/**
 * Keyboard marking in the review list, on a focused item's summary line: N / P move to the next or
 * previous item and show it in the page; V, D and C mark it verified, disputed or needs checking
 * (keeping its note). Dismissing needs a reason, so it is done in the item's form.
 */
import type { MarkStatus } from "../../core/review/model";
import type { ReviewItem } from "../../core/review/progress";
import type { ReviewTargetRef } from "../../protocol/review-messages";
import type { MarkChange } from "./review-api";

const QUICK_MARKS: Record<string, MarkStatus> = { v: "verified", d: "disputed", c: "needs-checking" };

export function onReviewKey(
  event: KeyboardEvent,
  items: readonly ReviewItem[],
  mark: (ref: ReviewTargetRef, change: MarkChange) => void,
  reveal?: (claimId: string) => void,
): void {
  const summary = event.target as HTMLElement | null;
  if (summary?.tagName !== "SUMMARY" || event.altKey || event.ctrlKey || event.metaKey) return;
  const row = summary.closest<HTMLElement>("[data-review-item]");
  const index = items.findIndex((item) => `${item.type}:${item.id}` === row?.dataset["reviewItem"]);
  const item = items[index];
  if (!row || !item) return;
  const key = event.key.toLowerCase();
  if (key === "n" || key === "p") {
    event.preventDefault();
    const next = items[(index + (key === "n" ? 1 : items.length - 1)) % items.length]!;
    const rows = [...(row.parentElement?.children ?? [])] as HTMLElement[];
    rows.find((other) => other.dataset["reviewItem"] === `${next.type}:${next.id}`)?.querySelector<HTMLElement>("summary")?.focus();
    const claimId = next.type === "claim" ? next.id : next.finding.claimIds[0];
    if (claimId && reveal) reveal(claimId);
    return;
  }
  const status = QUICK_MARKS[key];
  if (!status) return;
  event.preventDefault();
  mark({ type: item.type, id: item.id }, { status, reason: item.mark?.reason ?? null, note: item.mark?.note ?? "" });
}
