/**
 * Text-quote anchors: taking them, and finding them again in a text that may have changed.
 * The rule above all: an anchor that cannot be placed with confidence is reported as orphaned,
 * never attached to a passage that merely looks similar.
 */
import { approximateOccurrences, type ApproximateMatch } from "./approximate";
import { ANCHOR_CONTEXT, type Anchor } from "./model";
import { collapseSpace, edgeSpaceOf, normaliseSpace, originalRange, type NormalisedText } from "./normalise-space";
import { chooseCandidate, contextSimilarities, type AnchorContext, type Candidate } from "./anchor-score";

/** Builds the anchor of text[start, end): the exact quote, its context and the start as a hint. */
export function anchorQuote(text: string, start: number, end: number): Anchor {
  if (!(0 <= start && start < end && end <= text.length)) throw new RangeError(`no text to anchor at [${start}, ${end})`);
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
      suffix: text.slice(end, end + ANCHOR_CONTEXT),
    },
    start,
  };
}

export type OrphanReason = "not-found" | "ambiguous" | "low-confidence";

export type AnchorResolution =
  | {
      status: "found";
      start: number;
      end: number;
      /** 0..1: how sure the placement is (quote similarity weighted with context similarity). */
      confidence: number;
      /** False when the quoted words themselves changed: the UI should say the passage was edited. */
      exact: boolean;
    }
  | { status: "orphaned"; reason: OrphanReason; confidence: number };

/** Occurrences beyond this many make a quote too common to place (and would make a hostile page slow). */
const MAX_EXACT_OCCURRENCES = 2_000;
/** Quotes shorter than this (after collapsing whitespace) are only matched exactly. */
const MIN_FUZZY_LENGTH = 10;
/** Edits allowed in a quote: a share of its length, capped so that a small edit stays small. */
const FUZZY_SHARE = 0.2;
const MAX_FUZZY_EDITS = 16;

/** Finds the anchored passage again in `text`. */
export function resolveAnchor(text: string, anchor: Anchor): AnchorResolution {
  const norm = normaliseSpace(text);
  return resolveInNormalised(norm, anchor);
}

/** As resolveAnchor, for callers that resolve several anchors in the same text. */
export function resolveInNormalised(norm: NormalisedText, anchor: Anchor): AnchorResolution {
  const exact = collapseSpace(anchor.quote.exact);
  if (exact.trim().length === 0) return { status: "orphaned", reason: "not-found", confidence: 0 };
  const edgeSpace = edgeSpaceOf(anchor.quote.exact);
  const context = {
    edgeSpace,
    prefix: collapseSpace(anchor.quote.prefix),
    suffix: collapseSpace(anchor.quote.suffix),
    // A context shorter than usual means the quote sat at the start or end of its text.
    atStart: anchor.quote.prefix.length < ANCHOR_CONTEXT,
    atEnd: anchor.quote.suffix.length < ANCHOR_CONTEXT,
  };
  const exactRanges: Placement[] = [];
  for (let at = norm.text.indexOf(exact); at !== -1; at = norm.text.indexOf(exact, at + 1)) {
    if (exactRanges.length >= MAX_EXACT_OCCURRENCES) return { status: "orphaned", reason: "ambiguous", confidence: 0 };
    exactRanges.push({ start: at, end: at + exact.length, quoteSimilarity: 1 });
  }
  const candidates = scoreCandidates(norm, exactRanges, context, anchor.start);
  const exactChoice = chooseCandidate(candidates, exact.length);
  if (exactChoice.status === "found" || exactChoice.reason === "ambiguous") return exactChoice;

  const maxEdits = exact.length < MIN_FUZZY_LENGTH ? 0 : Math.min(MAX_FUZZY_EDITS, Math.floor(exact.length * FUZZY_SHARE));
  if (maxEdits === 0) return exactChoice;
  const approximate = approximateOccurrences(norm.text, exact, maxEdits);
  if (approximate.exhausted) return { status: "orphaned", reason: "ambiguous", confidence: 0 };
  const fuzzy = scoreCandidates(
    norm,
    withoutOverlaps(approximate.matches, exactRanges).map((match) => ({ ...match, quoteSimilarity: 1 - match.distance / exact.length })),
    context,
    anchor.start,
  );
  const choice = chooseCandidate([...candidates, ...fuzzy], exact.length);
  return choice.status === "found" || candidates.length + fuzzy.length > 0 ? choice : { status: "orphaned", reason: "not-found", confidence: 0 };
}

/**
 * Approximate matches that are not another view of an exact one or of a better approximate one:
 * one passage should count once, or it would tie with itself.
 */
function withoutOverlaps(
  matches: readonly ApproximateMatch[],
  exact: ReadonlyArray<{ start: number; end: number }>,
): ApproximateMatch[] {
  const taken = [...exact];
  const kept: ApproximateMatch[] = [];
  for (const match of [...matches].sort((a, b) => a.distance - b.distance)) {
    if (match.distance === 0 || taken.some((range) => match.start < range.end && range.start < match.end)) continue;
    kept.push(match);
    taken.push(match);
  }
  return kept;
}

interface Placement {
  /** Normalised offsets. */
  start: number;
  end: number;
  quoteSimilarity: number;
}

function scoreCandidates(
  norm: NormalisedText,
  placements: readonly Placement[],
  context: AnchorContext & { edgeSpace: { leading: number; trailing: number } },
  hint: number | null,
): Candidate[] {
  const sides = contextSimilarities(norm.text, placements, context);
  return placements.map((placement, i) => {
    const whole = keepPairsWhole(norm.text, placement.start, placement.end);
    const range = originalRange(norm, whole.start, whole.end, context.edgeSpace);
    const { before, after } = sides[i]!;
    return {
      start: range.start,
      end: range.end,
      quoteSimilarity: placement.quoteSimilarity,
      contextSimilarity: (before + after) / 2,
      weakerSideSimilarity: Math.min(before, after),
      distanceFromHint: hint === null ? null : Math.abs(range.start - hint),
    };
  });
}

/**
 * An approximate match aligns UTF-16 code units, so it may start or end between the two halves of
 * an emoji the edit brought in; widen it to the whole character (space normalisation keeps every
 * other character one for one, so the check can be made on the normalised text).
 */
function keepPairsWhole(text: string, start: number, end: number): { start: number; end: number } {
  const isHigh = (i: number) => i >= 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xd800;
  const isLow = (i: number) => i >= 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00;
  return { start: isLow(start) && isHigh(start - 1) ? start - 1 : start, end: isHigh(end - 1) && isLow(end) ? end + 1 : end };
}
