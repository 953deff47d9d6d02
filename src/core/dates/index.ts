/**
 * Dates: the article's own (publication, modification, lower bound) and those in its text, placed
 * on the calendar against the publication date.
 */
export { resolveArticleDates, latestStatedDay, type ArticleDates } from "./publication";
export { findPeriods, type TextPeriod } from "./periods";
export { claimPeriod, resolveClaimDate } from "./claim-date";
export { describePeriod, periodOfValue, type Granularity, type Period } from "./calendar";
export type { Tense } from "./tense";
