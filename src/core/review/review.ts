/**
 * Making and changing marks. Pure functions over an ArticleReview: each returns a new review and
 * never mutates its input, so the popup can keep the previous state until storage confirms a write.
 */
import type { Claim, Finding, Report, Span } from "../report";
import { anchorQuote } from "./anchor";
import {
  ArticleReviewSchema,
  markKey,
  REVIEW_SCHEMA_VERSION,
  type Anchor,
  type ArticleReview,
  type ClaimTarget,
  type FindingTarget,
  type Mark,
  type MarkStatus,
  type MarkTarget,
} from "./model";

export type ReviewResult = { ok: true; review: ArticleReview } | { ok: false; error: string };

/** A new, empty review of the report. `now` is an ISO timestamp (the core reads no clock). */
export function createReview(report: Report, key: string, now: string): ArticleReview {
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    key,
    article: report.article,
    claims: report.claims,
    findings: report.findings,
    marks: [],
    createdAt: now,
    updatedAt: now,
  };
}

function anchorSpan(text: string, span: Span): Anchor {
  if (text.slice(span.start, span.end) !== span.text) {
    throw new RangeError(`span [${span.start}, ${span.end}) does not match the text it claims to quote`);
  }
  return anchorQuote(text, span.start, span.end);
}

/** The anchors of a claim in the text its report was made on. */
export function claimTarget(text: string, claim: Claim): ClaimTarget {
  return {
    type: "claim",
    claimId: claim.id,
    cue: anchorSpan(text, claim.cue),
    source: claim.source ? anchorSpan(text, claim.source) : null,
    content: claim.content ? anchorSpan(text, claim.content) : null,
  };
}

/** The anchors of a finding in the text its report was made on. */
export function findingTarget(text: string, finding: Finding): FindingTarget {
  return {
    type: "finding",
    findingId: finding.id,
    kind: finding.kind,
    message: finding.message,
    spans: finding.spans.filter((span) => span.end > span.start).map((span) => anchorSpan(text, span)),
  };
}

export interface MarkInput {
  target: MarkTarget;
  status: MarkStatus;
  note?: string;
  reason?: string | null;
}

function attachedTo(target: MarkTarget): string | null {
  const id = target.type === "claim" ? target.claimId : target.findingId;
  return id === null ? null : `${target.type}:${id}`;
}

/**
 * Whether two targets are the same passage: the same anchors, or attached to the same claim or
 * finding (a mark whose quote was edited keeps its old anchors while the UI builds fresh ones).
 */
export function sameTarget(a: MarkTarget, b: MarkTarget): boolean {
  const attached = attachedTo(a);
  return markKey(a) === markKey(b) || (attached !== null && attached === attachedTo(b));
}

/** Sets (adds or replaces) the mark on a target; a dismissal without a reason is refused. */
export function setMark(review: ArticleReview, input: MarkInput, now: string): ReviewResult {
  const previous = review.marks.find((mark) => sameTarget(mark.target, input.target));
  const mark: Mark = {
    target: input.target,
    status: input.status,
    reason: input.reason?.trim() ? input.reason.trim() : null,
    note: input.note ?? "",
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
  };
  const marks = previous ? review.marks.map((m) => (m === previous ? mark : m)) : [...review.marks, mark];
  return validated({ ...review, marks, updatedAt: now });
}

/** Removes the mark on a target (a no-op when there is none). */
export function removeMark(review: ArticleReview, target: MarkTarget, now: string): ArticleReview {
  const marks = review.marks.filter((mark) => !sameTarget(mark.target, target));
  return marks.length === review.marks.length ? review : { ...review, marks, updatedAt: now };
}

/** The mark attached to a claim or finding of the review, if any. */
export function markOf(review: ArticleReview, type: "claim" | "finding", id: string): Mark | null {
  return (
    review.marks.find((mark) =>
      mark.target.type === "claim" ? type === "claim" && mark.target.claimId === id : type === "finding" && mark.target.findingId === id,
    ) ?? null
  );
}

/** Marks whose target is not among the review's current claims and findings. */
export function orphanedMarks(review: ArticleReview): Mark[] {
  const claimIds = new Set(review.claims.map((claim) => claim.id));
  const findingIds = new Set(review.findings.map((finding) => finding.id));
  return review.marks.filter((mark) =>
    mark.target.type === "claim"
      ? mark.target.claimId === null || !claimIds.has(mark.target.claimId)
      : mark.target.findingId === null || !findingIds.has(mark.target.findingId),
  );
}

/** Validates a review with its schema, turning the first problems into one readable sentence. */
export function validated(review: ArticleReview): ReviewResult {
  const parsed = ArticleReviewSchema.safeParse(review);
  return parsed.success ? { ok: true, review: parsed.data } : { ok: false, error: describeIssues(parsed.error.issues) };
}

export function describeIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.map(String).join(".") : "(root)"}: ${issue.message}`)
    .join("; ");
}
