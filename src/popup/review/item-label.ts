/** How a claim, finding or orphaned mark is named in the review lists (plain text, never HTML). */
import type { Mark } from "../../core/review/model";
import type { ReviewItem } from "../../core/review/progress";

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function itemLabel(item: ReviewItem): string {
  if (item.type === "finding") return item.finding.message;
  const { claim } = item;
  const who = claim.source?.text ?? "—";
  return `${who} ${claim.cue.text}: ${clip(claim.content?.text ?? "", 100)}`;
}

/** The words a mark was made on, for a mark that lost its place. */
export function markQuote(mark: Mark): string {
  const { target } = mark;
  if (target.type === "finding") return target.spans[0]?.quote.exact ?? target.message;
  return [target.source?.quote.exact, target.cue.quote.exact, target.content?.quote.exact].filter(Boolean).join(" … ");
}
