/**
 * Decides what a batch of DOM mutations means for the scan: nothing (our own UI, changes outside
 * the article), an incremental rescan of the same article root, or a full rescan (the root left
 * the document, as when a single-page site swaps the article, or the batch is too big to reason
 * about). Pure, so the rules are unit-tested without a browser.
 */

export type RescanKind = "none" | "incremental" | "full";

/** More records than this in one debounce window: find the article again from scratch. */
export const HUGE_BATCH = 1_000;

/** The fields of MutationRecord we look at. */
export interface MutationLike {
  target: Node;
  addedNodes: ArrayLike<Node>;
  removedNodes: ArrayLike<Node>;
}

/** Elements the extension inserts (highlight wrappers, the card host). */
export type OwnNodeTest = (node: Node) => boolean;

export function classifyMutations(records: readonly MutationLike[], root: Element | null, isOwn: OwnNodeTest): RescanKind {
  if (records.length > HUGE_BATCH) return "full";
  let kind: RescanKind = "none";
  for (const record of records) {
    if (isOwnRecord(record, isOwn)) continue;
    if (!root) {
      // No article yet: one may have arrived (a single-page site rendering its content late).
      if (addsText(record)) return "full";
      continue;
    }
    if (!root.isConnected) return "full";
    if (root.contains(record.target) || record.target === root) kind = "incremental";
  }
  return kind;
}

/** A mutation of, inside or consisting only of our own nodes. */
function isOwnRecord(record: MutationLike, isOwn: OwnNodeTest): boolean {
  for (let node: Node | null = record.target; node; node = node.parentNode) if (isOwn(node)) return true;
  const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return changed.length > 0 && changed.every(isOwn);
}

function addsText(record: MutationLike): boolean {
  return Array.from(record.addedNodes).some((node) => (node.textContent ?? "").trim().length > 0);
}

/** The stronger of two pending rescans. */
export function mergeRescans(a: RescanKind, b: RescanKind): RescanKind {
  const rank: Record<RescanKind, number> = { none: 0, incremental: 1, full: 2 };
  return rank[a] >= rank[b] ? a : b;
}
