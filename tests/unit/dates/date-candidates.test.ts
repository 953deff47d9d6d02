import { describe, expect, it } from "vitest";
import { findPeriods, mayHoldDate, YEAR_IN_DIGITS } from "../../../src/core/dates/periods";

const PUBLISHED = "2026-01-30";

/** One sentence per form of date expression the reader keeps (chrono-node's and year-season.ts's). */
const DATED = [
  "He said on November 30 that it was over.", "It happened on Nov. 30, 2025.", "They met on 30 November.",
  "The vote was in December.", "She spoke on Thursday.", "She spoke last Thursday.", "He left yesterday.",
  "It ends today.", "They meet tonight.", "The talks resume tomorrow.", "He spoke last night.",
  "It happened two days ago.", "It opened three weeks ago.",
  "The law passed last week.", "Sales fell last month.", "Prices rose last year.", "They will vote next month.",
  "Earlier this year the plan failed.", "It will be done later this year.", "The budget for 2025 is set.",
  "Since 2014 the war has gone on.", "They will meet this summer.", "It rained last winter.", "The deal was signed on 11/30/2025.",
  "The report of 2025-11-30 says so.", "He was there this weekend.", "Thursday, October 12 was the day.",
];

/** Prose without any date: the sentences whose date reading is skipped. */
const UNDATED = [
  "The minister said the plan was a mistake.", "“We will win,” he told reporters.", "Critics called it reckless and unfair.",
  "According to officials, the talks failed.", "This is what they wanted.", "The past is not the point, she said.",
];

describe("the cheap test for sentences that may hold a date", () => {
  it.each(DATED)("lets through a sentence with a date: %s", (sentence) => {
    expect(findPeriods(sentence, PUBLISHED).length).toBeGreaterThan(0);
    expect(mayHoldDate(sentence)).toBe(true);
  });

  it.each(UNDATED)("skips prose without a date: %s", (sentence) => {
    expect(mayHoldDate(sentence)).toBe(false);
    expect(findPeriods(sentence, PUBLISHED)).toEqual([]);
  });

  it("finds every stated year in a sentence that has a year in digits", () => {
    for (const sentence of DATED) {
      const stated = findPeriods(sentence, null).filter((p) => p.yearStated);
      if (stated.length > 0) expect(YEAR_IN_DIGITS.test(sentence)).toBe(true);
    }
    expect(YEAR_IN_DIGITS.test("It happened on November 30.")).toBe(false);
  });
});
