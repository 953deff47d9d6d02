/**
 * Moving through the page's highlights with the keyboard (next / previous, wrapping around): the
 * claims and findings in reading order, optionally only those a filter keeps.
 */
import { filterItems, type MarkFilter, type ReviewItem } from "./progress";

/** Where an item begins in the text; a finding without spans concerns the whole article and comes first. */
export function itemStart(item: ReviewItem): number {
  if (item.type === "claim") return Math.min(item.claim.cue.start, item.claim.source?.start ?? Infinity, item.claim.content?.start ?? Infinity);
  const { spans } = item.finding;
  return spans.length ? Math.min(...spans.map((span) => span.start)) : -1;
}

export function inReadingOrder(items: readonly ReviewItem[]): ReviewItem[] {
  return [...items].sort((a, b) => itemStart(a) - itemStart(b) || (a.type === b.type ? 0 : a.type === "finding" ? -1 : 1));
}

/**
 * The item after (or before) the current one in reading order among those the filter keeps;
 * with no current item, the first (or last). Null when nothing is left to visit.
 */
export function stepItem(
  items: readonly ReviewItem[],
  current: { type: "claim" | "finding"; id: string } | null,
  direction: 1 | -1,
  filter: MarkFilter = "all",
): ReviewItem | null {
  const all = inReadingOrder(items);
  const visible = filterItems(all, filter);
  if (visible.length === 0) return null;
  if (!current) return direction === 1 ? visible[0]! : visible[visible.length - 1]!;
  const position = all.findIndex((item) => item.type === current.type && item.id === current.id);
  if (position < 0) return direction === 1 ? visible[0]! : visible[visible.length - 1]!;
  // Walk from the current item's place in the full order, so a current item the filter hides still has neighbours.
  for (let step = 1; step <= all.length; step++) {
    const candidate = all[(position + direction * step + all.length * step) % all.length]!;
    if (visible.includes(candidate)) return candidate;
  }
  return null;
}
