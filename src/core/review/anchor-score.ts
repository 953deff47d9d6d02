/**
 * How sure a placement of an anchor is, and which of several placements to choose. Kept apart from
 * the search so that the thresholds live in one place and are documented in docs/review.md.
 */
import { editDistance } from "./approximate";
import { ANCHOR_CONTEXT } from "./model";
import type { AnchorResolution } from "./anchor";

export interface Candidate {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** 1 for the exact quote, 1 - edits/length for an approximate one. */
  quoteSimilarity: number;
  /** 0..1: how well the text around the candidate matches the anchor's prefix and suffix (their mean). */
  contextSimilarity: number;
  /** The weaker of the two sides. */
  weakerSideSimilarity: number;
  distanceFromHint: number | null;
}

/** Below this confidence a placement is refused. */
export const MIN_CONFIDENCE = 0.75;
/** Placements whose scores differ by less than this are indistinguishable by their text. */
const TIE_MARGIN = 0.05;
/** Quotes of this length or longer identify their passage on their own; shorter ones lean on context. */
const DISTINCTIVE_LENGTH = 64;
/** Among tied placements, the one nearest the position hint wins only if the next is this many times further away. */
const HINT_RATIO = 4;

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/** Similarity of the stored context with the text around [start, end) of the normalised text, side by side. */
export function contextSimilarity(
  text: string,
  start: number,
  end: number,
  context: { prefix: string; suffix: string; atStart: boolean; atEnd: boolean },
): { before: number; after: number } {
  const before = context.atStart ? ANCHOR_CONTEXT : context.prefix.length;
  const after = context.atEnd ? ANCHOR_CONTEXT : context.suffix.length;
  const actualPrefix = text.slice(Math.max(0, start - before), start);
  const actualSuffix = text.slice(end, end + after);
  return { before: similarity(context.prefix, actualPrefix), after: similarity(context.suffix, actualSuffix) };
}

/** Confidence of a placement: a distinctive quote speaks for itself, a short one needs its context. */
export function confidence(candidate: Candidate, quoteLength: number): number {
  const distinct = Math.min(1, quoteLength / DISTINCTIVE_LENGTH);
  return candidate.quoteSimilarity * (0.5 + 0.5 * distinct) + candidate.contextSimilarity * 0.5 * (1 - distinct);
}

/**
 * An edited quote is only believed where the text on both sides still matches: a similar sentence
 * elsewhere (another town, another number) must not inherit the mark of one that was deleted.
 */
const MIN_FUZZY_SIDE_SIMILARITY = 0.5;

function plausible(candidate: Candidate): boolean {
  return candidate.quoteSimilarity === 1 || candidate.weakerSideSimilarity >= MIN_FUZZY_SIDE_SIMILARITY;
}

/** Picks the placement, or says why none can be picked. */
export function chooseCandidate(all: readonly Candidate[], quoteLength: number): AnchorResolution {
  const candidates = all.filter(plausible);
  if (candidates.length === 0) return { status: "orphaned", reason: all.length ? "low-confidence" : "not-found", confidence: 0 };
  const scored = candidates
    .map((candidate) => ({ candidate, confidence: confidence(candidate, quoteLength) }))
    .sort((a, b) => b.confidence - a.confidence || b.candidate.contextSimilarity - a.candidate.contextSimilarity);
  const best = scored[0]!;
  if (best.confidence < MIN_CONFIDENCE) return { status: "orphaned", reason: "low-confidence", confidence: best.confidence };
  const tied = scored.filter(
    (other) =>
      best.confidence - other.confidence < TIE_MARGIN &&
      Math.abs(best.candidate.contextSimilarity - other.candidate.contextSimilarity) < TIE_MARGIN,
  );
  const chosen = tied.length === 1 ? best : nearestClearly(tied);
  if (!chosen) return { status: "orphaned", reason: "ambiguous", confidence: best.confidence };
  return {
    status: "found",
    start: chosen.candidate.start,
    end: chosen.candidate.end,
    confidence: chosen.confidence,
    exact: chosen.candidate.quoteSimilarity === 1,
  };
}

/** The tied placement clearly nearest the position hint, if there is one. */
function nearestClearly<T extends { candidate: Candidate }>(tied: readonly T[]): T | null {
  if (tied.some((entry) => entry.candidate.distanceFromHint === null)) return null;
  const byDistance = [...tied].sort((a, b) => a.candidate.distanceFromHint! - b.candidate.distanceFromHint!);
  const [nearest, next] = byDistance;
  if (!nearest || !next) return nearest ?? null;
  return nearest.candidate.distanceFromHint! * HINT_RATIO <= next.candidate.distanceFromHint! ? nearest : null;
}
