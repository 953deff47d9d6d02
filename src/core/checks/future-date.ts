/**
 * future-date: a claim attributed to a date after the article's publication ("said on 3 February
 * 2026" in an article of 30 January 2026). Only past-tense attributions count: "will speak on
 * Friday" is a plan, not an error. A later modification date explains it, and lowers the severity.
 */
import { addDays, describePeriod, dayPeriod } from "../dates/calendar";
import { attributionPeriod, nameForMessage, type Analysis, type Draft } from "./context";

export const FUTURE_DATE = "future-date";

export function futureDateFindings(analysis: Analysis): Draft[] {
  const published = analysis.dates.published;
  if (!published) return []; // a lower bound cannot show that a date is in the future
  const drafts: Draft[] = [];
  for (const claim of analysis.claims) {
    const dated = attributionPeriod(analysis, claim);
    // A day of slack: time zones put many datelines a day after the publication stamp.
    if (!dated || dated.start <= addDays(published, 1) || dated.tense !== "past") continue;
    // Only a calendar date can be shown to be later; "this weekend" may be the one just past.
    if (dated.relative || (dated.granularity !== "day" && dated.granularity !== "month")) continue;
    const modified = analysis.dates.modified;
    const updated = modified !== null && dated.start <= modified;
    const name = nameForMessage(claim) ?? "an unnamed source";
    const publishedText = describePeriod(dayPeriod(published));
    drafts.push({
      kind: FUTURE_DATE,
      severity: updated ? "info" : "warning",
      message: updated
        ? `The claim by ${name} is dated ${describePeriod(dated)}, after publication on ${publishedText}, but the article was updated on ${describePeriod(dayPeriod(modified))}.`
        : `The claim by ${name} is dated ${describePeriod(dated)}, after the article was published on ${publishedText}.`,
      claimIds: [claim.id],
      spans: [dated.span],
    });
  }
  return drafts;
}
