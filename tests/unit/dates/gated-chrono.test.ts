import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { chronoWork, gatedParsers, parseDates } from "../../../src/core/dates/gated-chrono";

/** What a caller can read of a result: where, which words, which components are certain and their values. */
function summary(results: chrono.ParsedResult[]): unknown {
  return results.map((r) => ({ index: r.index, text: r.text, start: String(r.start), date: r.start.date().toISOString(), end: r.end ? String(r.end) : null }));
}

/** Dates of every form chrono reads, glued and odd forms its patterns allow, and prose that only looks close. */
const SENTENCES = [
  "He said on November 30 that it was over.", "It happened on Nov. 30, 2025, at 3 p.m. ET.", "They met on 30th of November 2025.",
  "The vote was in December.", "She spoke on Thursday.", "She spoke last Thursday night.", "He left yesterday morning.",
  "It ends today.", "They meet tonight at 8.", "The talks resume tomorrow.", "He spoke last night.", "It happened two days ago.",
  "Seventy-four years ago, a battle changed the war.", "Three weeks later they left.", "They will meet within a couple of weeks.",
  "The law passed last week.", "Sales fell last month.", "Prices rose last year.", "They will vote next month.",
  "Earlier this year the plan failed.", "It ends at the end of the month.", "The deal was signed on 11/30/2025.",
  "The report of 2025-11-30 says so.", "He was there this weekend.", "Thursday, October 12 was the day.",
  "From Monday to Friday the office is shut.", "It ran Nov. 28-30.", "It was 2016 March.", "Polls close at 8:30.",
  "In 3 hrs it ends.", "They later said so.", "He saw them before the vote.", "In them we trust.", "Marchfirst came.",
  "Mayof2016 was odd.", "Mondaylastweek was odd.", "The Sun reported it.", "He sat down.", "You may go.",
  "The market opened.", "The mayor decided.", "35,000 soldiers died, 1.5 percent of them.", "9/11 changed things.",
  "The minister said the plan was a mistake.", "“We will win,” he told reporters.", "This is what they wanted.",
  "The past is not the point, she said.", "+2 days and -3 weeks.", "About half an hour after noon.", "Within 2.5 days and in the next 1.5 weeks.",
  "It took 2.5 years before it ended.", "For about ~3 days, roughly.", "A couple of months later.", "Half a year ago.",
  // four digits and what may follow them: only a separator and a digit or a month make a year-month-day
  "It was 2016 Nov 30.", "It was 2016.11.30 then.", "It was 2016/11/30 then.", "It was 2016-11-30T10:00 then.", "It was 2016-Nov-30.",
  "In 2016, 1,200 people came.", "In 2016 and 2017 they met.", "Its 2016 sept. 3 meeting.", "By 2016 12 had left.", "The 2016\n3 list.",
];

describe("chrono-node with its parsers gated", () => {
  it("knows the gate of every parser of this chrono-node version (else none is skipped)", () => {
    expect(gatedParsers().every(Boolean)).toBe(true);
  });

  it.each(SENTENCES)("finds what chrono-node finds: %s", (sentence) => {
    for (const reference of ["2016-11-01", "2025-02-28"]) {
      const option = { instant: new Date(`${reference}T12:00:00Z`), timezone: 0 };
      expect(summary(parseDates(sentence, option))).toEqual(summary(chrono.parse(sentence, option)));
    }
  });

  it("runs no parser on prose without a date, and only the matching ones on a date", () => {
    chronoWork.parsersRun = 0;
    expect(parseDates("The minister said the plan was a mistake, critics called it unfair.", new Date())).toEqual([]);
    expect(chronoWork.parsersRun).toBe(0);
    parseDates("She spoke on Thursday.", new Date());
    expect(chronoWork.parsersRun).toBe(1);
  });

  it("with datesOnly, does not read a text where only a time of day can be found", () => {
    chronoWork.parsersRun = 0;
    expect(parseDates("Polls close at 8:30.", new Date(), undefined, true)).toEqual([]);
    expect(chronoWork.parsersRun).toBe(0);
    expect(parseDates("Polls close at 8:30.", new Date()).length).toBe(1);
  });

  it("with statedYearsOnly, does not read a text where only times of day and weekdays can be found", () => {
    chronoWork.parsersRun = 0;
    const sentence = "On Monday at 3 p.m., 2,016 people came.";
    expect(parseDates(sentence, new Date(), undefined, true, true)).toEqual([]);
    expect(chronoWork.parsersRun).toBe(0);
    expect(parseDates(sentence, new Date(), undefined, true).length).toBe(1);
    // A month opens the parsers that can state a year.
    expect(parseDates("On Monday, Oct. 12, 2015, at 3 p.m.", new Date(), undefined, true, true).length).toBe(1);
    expect(chronoWork.parsersRun).toBeGreaterThan(0);
  });
});
