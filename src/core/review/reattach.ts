/**
 * Re-attaching a stored review to a new report of the same article (after a reload, a rescan, or an
 * edit of the page). Marks are matched by their anchors, never by ids: claim ids are per scan.
 * A mark that cannot be placed with confidence stays in the review as orphaned, with its anchors,
 * so that nothing a fact-checker wrote is lost and nothing is shown on the wrong passage.
 */
import type { Claim, Finding, Report, Span } from "../report";
import { resolveInNormalised, type AnchorResolution } from "./anchor";
import { markKey, type Anchor, type ArticleReview, type ClaimTarget, type FindingTarget, type Mark } from "./model";
import { normaliseSpace, type NormalisedText } from "./normalise-space";
import { claimTarget, findingTarget } from "./review";

export type OrphanCause = "not-found" | "ambiguous" | "low-confidence" | "claim-changed" | "no-longer-reported" | "duplicate";

export interface AttachedMark {
  mark: Mark;
  type: "claim" | "finding";
  id: string;
  /** False when the quoted words changed since the mark was made: the UI should say so. */
  exact: boolean;
}

export interface OrphanedMark {
  mark: Mark;
  cause: OrphanCause;
}

export interface ReattachResult {
  review: ArticleReview;
  attached: AttachedMark[];
  orphaned: OrphanedMark[];
}

type Placement = { ok: true; id: string; exact: boolean; refreshed: Mark["target"] } | { ok: false; cause: OrphanCause };

/** Attaches the review's marks to `report`, whose offsets index `text`. */
export function reattachReview(review: ArticleReview, report: Report, text: string, now: string): ReattachResult {
  const norm = normaliseSpace(text);
  const taken = new Set<string>();
  const attached: AttachedMark[] = [];
  const orphaned: OrphanedMark[] = [];
  const marks = new Map<Mark, Mark>();
  const keys = new Set(review.marks.map((mark) => markKey(mark.target)));
  // The most recent mark wins a passage that two marks resolve to.
  for (const mark of [...review.marks].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))) {
    let placement =
      mark.target.type === "claim"
        ? placeClaim(norm, text, report.claims, mark.target)
        : placeFinding(norm, text, report.findings, mark.target);
    if (placement.ok && taken.has(`${mark.target.type}:${placement.id}`)) placement = { ok: false, cause: "duplicate" };
    if (placement.ok) {
      taken.add(`${mark.target.type}:${placement.id}`);
      // A refreshed anchor must not take the identity of another mark (an orphan on the same words).
      const refreshedKey = markKey(placement.refreshed);
      const target = refreshedKey === markKey(mark.target) || !keys.has(refreshedKey) ? placement.refreshed : attach(mark.target, placement.id);
      keys.add(markKey(target));
      const moved: Mark = { ...mark, target };
      marks.set(mark, moved);
      attached.push({ mark: moved, type: mark.target.type, id: placement.id, exact: placement.exact });
    } else {
      const detached: Mark = { ...mark, target: detach(mark.target) };
      marks.set(mark, detached);
      orphaned.push({ mark: detached, cause: placement.cause });
    }
  }
  return {
    review: {
      ...review,
      article: { ...report.article, url: report.article.url ?? review.article.url },
      claims: report.claims,
      findings: report.findings,
      marks: review.marks.map((mark) => marks.get(mark)!),
      updatedAt: now,
    },
    attached,
    orphaned,
  };
}

function attach(target: Mark["target"], id: string): Mark["target"] {
  return target.type === "claim" ? { ...target, claimId: id } : { ...target, findingId: id };
}

function detach(target: Mark["target"]): Mark["target"] {
  return target.type === "claim" ? { ...target, claimId: null } : { ...target, findingId: null };
}

function overlaps(resolution: AnchorResolution, span: Span | null): boolean {
  return resolution.status === "found" && span !== null && resolution.start < span.end && span.start < resolution.end;
}

function overlap(resolution: AnchorResolution & { status: "found" }, span: Span): number {
  return Math.min(resolution.end, span.end) - Math.max(resolution.start, span.start);
}

/** An optional part of a claim (source, content): when the mark had it, the new claim must have it at the same place. */
function partAgrees(norm: NormalisedText, anchor: Anchor | null, span: Span | null): { ok: boolean; exact: boolean } {
  if (!anchor) return { ok: true, exact: true };
  const resolution = resolveInNormalised(norm, anchor);
  return { ok: overlaps(resolution, span), exact: resolution.status === "found" && resolution.exact };
}

function placeClaim(norm: NormalisedText, text: string, claims: readonly Claim[], target: ClaimTarget): Placement {
  const cue = resolveInNormalised(norm, target.cue);
  if (cue.status === "orphaned") return { ok: false, cause: cue.reason };
  const best = claims
    .filter((claim) => overlaps(cue, claim.cue))
    .sort((a, b) => overlap(cue, b.cue) - overlap(cue, a.cue))[0];
  if (!best) return { ok: false, cause: "no-longer-reported" };
  const source = partAgrees(norm, target.source, best.source);
  const content = partAgrees(norm, target.content, best.content);
  if (!source.ok || !content.ok) return { ok: false, cause: "claim-changed" };
  const exact = cue.exact && source.exact && content.exact;
  // Fresh context keeps the anchor strong; an edited quote keeps its old words so the change stays visible.
  return { ok: true, id: best.id, exact, refreshed: exact ? claimTarget(text, best) : attach(target, best.id) };
}

function placeFinding(norm: NormalisedText, text: string, findings: readonly Finding[], target: FindingTarget): Placement {
  const sameKind = findings.filter((finding) => finding.kind === target.kind);
  if (target.spans.length === 0) {
    const matching = sameKind.filter((finding) => finding.spans.length === 0 && finding.message === target.message);
    if (matching.length !== 1) return { ok: false, cause: matching.length === 0 ? "no-longer-reported" : "ambiguous" };
    return { ok: true, id: matching[0]!.id, exact: true, refreshed: findingTarget(text, matching[0]!) };
  }
  const resolutions = target.spans.map((anchor) => resolveInNormalised(norm, anchor));
  const lost = resolutions.find((resolution) => resolution.status === "orphaned");
  if (lost && lost.status === "orphaned") return { ok: false, cause: lost.reason };
  const matching = sameKind.filter((finding) => {
    const spans = finding.spans.filter((span) => span.end > span.start);
    return spans.length === resolutions.length && resolutions.every((resolution) => spans.some((span) => overlaps(resolution, span)));
  });
  if (matching.length !== 1) return { ok: false, cause: matching.length === 0 ? "no-longer-reported" : "ambiguous" };
  const exact = resolutions.every((resolution) => resolution.status === "found" && resolution.exact);
  const finding = matching[0]!;
  return { ok: true, id: finding.id, exact, refreshed: exact ? findingTarget(text, finding) : attach(target, finding.id) };
}
