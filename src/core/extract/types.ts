import type { Claim, Span } from "../report";

/**
 * A claim as the extractor finds it in the text alone: before registry matching (`registry`) and
 * before its date is resolved to a calendar value (`date` is only the span here).
 */
export interface ExtractedClaim extends Omit<Claim, "registry" | "date"> {
  date: Span | null;
}
