/**
 * assumed-publication-date (info): the page gives no publication date, so relative dates ("on
 * Thursday", "in December") were read against the latest date the text itself states. The reader
 * should know what the other findings assumed.
 */
import { dayPeriod, describePeriod } from "../dates/calendar";
import { findPeriods } from "../dates/periods";
import type { Analysis, Draft } from "./context";

export const ASSUMED_PUBLICATION_DATE = "assumed-publication-date";

export function assumedDateFindings(analysis: Analysis): Draft[] {
  const { published, notBefore } = analysis.dates;
  if (published) return [];
  if (notBefore) {
    const stated = analysis.periods.find((p) => p.yearStated && p.start === notBefore);
    return [{
      kind: ASSUMED_PUBLICATION_DATE,
      severity: "info",
      message: `No publication date was found, so dates were read as of ${describePeriod(dayPeriod(notBefore))}, the latest date the article mentions; it may be later.`,
      claimIds: [],
      spans: stated ? [stated.span] : [],
    }];
  }
  // Any reference day finds the expressions that need one; which day does not matter here.
  const unplaced = findPeriods(analysis.text, "2000-01-01").filter((p) => !p.yearStated);
  if (unplaced.length === 0) return [];
  return [{
    kind: ASSUMED_PUBLICATION_DATE,
    severity: "info",
    message: "No publication date was found, so dates without a year could not be placed or checked.",
    claimIds: [],
    spans: unplaced.slice(0, 3).map((p) => p.span),
  }];
}
