/**
 * weekday-mismatch: "on Thursday, October 12" where 12 October was not a Thursday in the year the
 * text states or, without one, in either year around publication the date could mean.
 */
import { describePeriod, isoDay, isValidDay, parts, WEEKDAY_NAMES, weekdayOf } from "../dates/calendar";
import { mayNameWeekdayWithDate } from "../dates/periods";
import { claimsNear, loweredText, overlaps, periodsOfSentence, type Analysis, type Draft } from "./context";

export const WEEKDAY_MISMATCH = "weekday-mismatch";

export function weekdayMismatchFindings(analysis: Analysis): Draft[] {
  const drafts: Draft[] = [];
  const lowered = loweredText(analysis);
  // Where the next "day" is: a weekday's name ends in it, and a sentence without one is not even sliced.
  // (Offsets hold only while lower-casing kept the length: otherwise every sentence is tested.)
  const sameOffsets = lowered.length === analysis.text.length;
  let nextDay = -1;
  const periods = analysis.sentences.flatMap((sentence, index) => {
    if (sameOffsets) {
      if (nextDay < sentence.start) {
        const at = lowered.indexOf("day", sentence.start);
        nextDay = at === -1 ? Infinity : at;
      }
      if (nextDay + 3 > sentence.end) return [];
    }
    // A period names its weekday only beside a full date ("Thursday, October 12"): other sentences are not read.
    return mayNameWeekdayWithDate(analysis.text.slice(sentence.start, sentence.end)) ? periodsOfSentence(analysis, index) : [];
  });
  for (const period of periods) {
    if (period.weekday === null || period.granularity !== "day") continue;
    const actual = weekdayOf(period.start);
    if (actual === period.weekday) continue;
    if (!period.yearStated && weekdayFitsNeighbourYear(period.start, period.weekday)) continue;
    const assumed = period.yearStated ? "" : ` (the year is not given; ${parts(period.start).year} follows from the publication date)`;
    drafts.push({
      kind: WEEKDAY_MISMATCH,
      severity: "warning",
      message: `${describePeriod(period)} was a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[period.weekday]}${assumed}.`,
      claimIds: claimsNear(analysis, period.span).filter((claim) => claim.date && overlaps(claim.date, period.span)).map((claim) => claim.id),
      spans: [period.span],
    });
  }
  return drafts;
}

/** Without a stated year, the writer may mean the year before or after the one chosen. */
function weekdayFitsNeighbourYear(day: string, weekday: number): boolean {
  const { year, month, day: dayOfMonth } = parts(day);
  return [year - 1, year + 1].some((y) => isValidDay(y, month, dayOfMonth) && weekdayOf(isoDay(y, month, dayOfMonth)) === weekday);
}
