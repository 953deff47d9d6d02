/**
 * A schema.org ClaimReview draft (https://schema.org/ClaimReview) for each disputed claim, for a
 * fact-checking desk to complete and publish. What only the editor knows is left null on purpose:
 * the URL of the published fact-check, its publication date and its author.
 */
import { sourceLabel } from "../format/group";
import type { Claim } from "../report";
import type { ArticleReview, ClaimTarget, Mark } from "./model";

export interface ClaimReviewDraft {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  claimReviewed: string;
  itemReviewed: {
    "@type": "Claim";
    author: { "@type": "Person" | "Organization"; name: string } | null;
    appearance: { "@type": "CreativeWork"; url: string; headline: string | null; datePublished: string | null };
  };
  reviewRating: { "@type": "Rating"; alternateName: string; ratingExplanation?: string };
  /** The URL of the published fact-check: for the editor to fill in. */
  url: null;
  /** The fact-check's publication date: for the editor to fill in. */
  datePublished: null;
  /** The fact-checking organisation: for the editor to fill in. */
  author: null;
}

const MAX_RATING_NAME = 100;

function ratingName(mark: Mark): string {
  const firstLine = mark.note.split(/\r?\n/).find((line) => line.trim())?.trim();
  if (!firstLine) return "Disputed";
  return firstLine.length <= MAX_RATING_NAME ? firstLine : `${firstLine.slice(0, MAX_RATING_NAME - 1)}…`;
}

function author(target: ClaimTarget, claim: Claim | undefined): ClaimReviewDraft["itemReviewed"]["author"] {
  if (claim && claim.sourceType !== "none") {
    return { "@type": claim.registry?.kind === "person" ? "Person" : "Organization", name: sourceLabel(claim) };
  }
  return target.source ? { "@type": "Organization", name: target.source.quote.exact } : null;
}

/** The claim's content; without one, the cue in its context is the best statement of the claim there is. */
function claimText(target: ClaimTarget): string {
  if (target.content) return target.content.quote.exact;
  const { prefix, exact, suffix } = target.cue.quote;
  return `${prefix}${exact}${suffix}`.replace(/\s+/g, " ").trim();
}

export function claimReviewDrafts(review: ArticleReview): ClaimReviewDraft[] {
  return review.marks.flatMap((mark): ClaimReviewDraft[] => {
    const target = mark.target;
    if (target.type !== "claim" || mark.status !== "disputed") return [];
    const claim = review.claims.find((c) => c.id === target.claimId);
    const rating: ClaimReviewDraft["reviewRating"] = { "@type": "Rating", alternateName: ratingName(mark) };
    if (mark.note.trim()) rating.ratingExplanation = mark.note.trim();
    return [
      {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        claimReviewed: claimText(target),
        itemReviewed: {
          "@type": "Claim",
          author: author(target, claim),
          appearance: { "@type": "CreativeWork", url: review.key, headline: review.article.title, datePublished: review.article.published },
        },
        reviewRating: rating,
        url: null,
        datePublished: null,
        author: null,
      },
    ];
  });
}

/** The drafts as one JSON-LD document (an array of ClaimReview objects). */
export function exportClaimReviews(review: ArticleReview): string {
  return `${JSON.stringify(claimReviewDrafts(review), null, 2)}\n`;
}
