/**
 * assumed-publication-date (info): the page gives no publication date, so relative dates ("on
 * Thursday", "in December") were read against the latest date the text itself states. The reader
 * should know what the other findings assumed.
 */
import { dayPeriod, describePeriod } from "../dates/calendar";
import { sentencePeriods, YEAR_IN_DIGITS, type TextPeriod } from "../dates/periods";
import { periodsOfSentence, type Analysis, type Draft } from "./context";

export const ASSUMED_PUBLICATION_DATE = "assumed-publication-date";

export function assumedDateFindings(analysis: Analysis): Draft[] {
  const { published, notBefore } = analysis.dates;
  if (published) return [];
  if (notBefore) {
    // A sentence without a year in digits states none: it is not read.
    let stated: TextPeriod | undefined;
    for (let i = 0; i < analysis.sentences.length && !stated; i++) {
      const sentence = analysis.sentences[i]!;
      if (!YEAR_IN_DIGITS.test(analysis.text.slice(sentence.start, sentence.end))) continue;
      stated = periodsOfSentence(analysis, i).find((p) => p.yearStated && p.start === notBefore);
    }
    return [{
      kind: ASSUMED_PUBLICATION_DATE,
      severity: "info",
      message: `No publication date was found, so dates were read as of ${describePeriod(dayPeriod(notBefore))}, the latest date the article mentions; it may be later.`,
      claimIds: [],
      spans: stated ? [stated.span] : [],
    }];
  }
  // Any reference day finds the expressions that need one; which day does not matter here.
  // The first three are all the finding shows: sentences after them are not read.
  const unplaced: TextPeriod[] = [];
  for (const sentence of analysis.sentences) {
    if (unplaced.length >= 3) break;
    for (const period of sentencePeriods(analysis.text, sentence, "2000-01-01")) if (!period.yearStated) unplaced.push(period);
  }
  if (unplaced.length === 0) return [];
  return [{
    kind: ASSUMED_PUBLICATION_DATE,
    severity: "info",
    message: "No publication date was found, so dates without a year could not be placed or checked.",
    claimIds: [],
    spans: unplaced.slice(0, 3).map((p) => p.span),
  }];
}
