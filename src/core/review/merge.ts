/**
 * Merging an imported review into the stored one without losing anything: identical marks are
 * no-ops, new marks are added, and marks that differ are returned as conflicts with both versions
 * for the user to decide; nothing stored is ever overwritten here.
 */
import type { Claim, Finding } from "../report";
import { markKey, sameMarkContent, type ArticleReview, type Mark, type MarkTarget } from "./model";

export interface MarkConflict {
  /** The article key of the review. */
  key: string;
  /** markKey() of the stored mark, which resolveConflict() looks for. */
  markKey: string;
  stored: Mark;
  incoming: Mark;
}

export interface MergeResult {
  review: ArticleReview;
  added: Mark[];
  unchanged: number;
  conflicts: MarkConflict[];
}

function spanKey(span: { start: number; end: number; text: string } | null): string {
  return span ? `${span.start}:${span.end}:${span.text}` : "-";
}

/** Claims and findings of two scans are the same when their quoted spans are. */
function claimIdentity(claim: Claim): string {
  return `claim|${spanKey(claim.cue)}|${spanKey(claim.source)}|${spanKey(claim.content)}`;
}

function findingIdentity(finding: Finding): string {
  return `finding|${finding.kind}|${finding.message}|${finding.spans.map(spanKey).join(",")}`;
}

/** The incoming mark's target, re-addressed to the stored review's own claim or finding when there is one. */
function translateTarget(target: MarkTarget, incoming: ArticleReview, stored: ArticleReview): MarkTarget {
  if (target.type === "claim") {
    const theirs = incoming.claims.find((claim) => claim.id === target.claimId);
    const ours = theirs && stored.claims.find((claim) => claimIdentity(claim) === claimIdentity(theirs));
    return { ...target, claimId: ours ? ours.id : null };
  }
  const theirs = incoming.findings.find((finding) => finding.id === target.findingId);
  const ours = theirs && stored.findings.find((finding) => findingIdentity(finding) === findingIdentity(theirs));
  return { ...target, findingId: ours ? ours.id : null };
}

function attachedId(target: MarkTarget): string | null {
  return target.type === "claim" ? (target.claimId ? `claim:${target.claimId}` : null) : target.findingId ? `finding:${target.findingId}` : null;
}

/** Merges `incoming` into `stored` (null when nothing is stored for the article yet). */
export function mergeReview(stored: ArticleReview | null, incoming: ArticleReview, now: string): MergeResult {
  if (!stored) return { review: incoming, added: incoming.marks, unchanged: 0, conflicts: [] };
  const byKey = new Map(stored.marks.map((mark) => [markKey(mark.target), mark]));
  const byAttachment = new Map(stored.marks.flatMap((mark) => { const id = attachedId(mark.target); return id ? [[id, mark] as const] : []; }));
  const added: Mark[] = [];
  const conflicts: MarkConflict[] = [];
  let unchanged = 0;
  for (const mark of incoming.marks) {
    const target = translateTarget(mark.target, incoming, stored);
    const attachment = attachedId(target);
    const existing = byKey.get(markKey(mark.target)) ?? (attachment ? byAttachment.get(attachment) : undefined);
    if (existing && sameMarkContent(existing, mark)) unchanged++;
    else if (existing) conflicts.push({ key: stored.key, markKey: markKey(existing.target), stored: existing, incoming: mark });
    else {
      const addition = { ...mark, target };
      added.push(addition);
      byKey.set(markKey(target), addition);
      if (attachment) byAttachment.set(attachment, addition);
    }
  }
  const review = added.length === 0 ? stored : { ...stored, marks: [...stored.marks, ...added], updatedAt: now };
  return { review, added, unchanged, conflicts };
}

/**
 * Settles a conflict: "stored" keeps the review as it is; "incoming" takes the imported status,
 * reason and note onto the stored mark, which keeps its place (its anchors) in this review.
 */
export function resolveConflict(review: ArticleReview, conflict: MarkConflict, keep: "stored" | "incoming", now: string): ArticleReview {
  if (keep === "stored") return review;
  const index = review.marks.findIndex((mark) => markKey(mark.target) === conflict.markKey);
  if (index < 0) throw new Error("the conflicting mark is no longer in this review");
  const current = review.marks[index]!;
  const replacement: Mark = {
    ...current,
    status: conflict.incoming.status,
    reason: conflict.incoming.reason,
    note: conflict.incoming.note,
    createdAt: current.createdAt < conflict.incoming.createdAt ? current.createdAt : conflict.incoming.createdAt,
    updatedAt: now,
  };
  const marks = review.marks.map((mark, i) => (i === index ? replacement : mark));
  return { ...review, marks, updatedAt: now };
}
