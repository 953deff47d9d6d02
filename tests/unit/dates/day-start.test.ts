import { describe, expect, it } from "vitest";
import { resolveClaimDate } from "../../../src/core/dates/claim-date";
import { afterDateGap, mayOpenDate } from "../../../src/core/dates/day-start";
import { findPeriods } from "../../../src/core/dates/periods";

const PUBLISHED = "2026-01-30";

/** Date words in the forms chrono-node reads, as they follow a cue (a few read as no day at all: "this morning", "on 11/30"). */
const DAYS = [
  "Tuesday", "on Tuesday", ", on Tuesday,", "(Tuesday)", "Tuesday night", "last Tuesday", "this Friday", "Nov. 30", "November 30, 2025",
  "30 November", "the 30th of November", "on 11/30", "on 11/30/2025", "2025-11-30", "yesterday", "today", "tonight", "tomorrow",
  "last night", "this morning", "earlier today", "two days ago", "2 days ago", "the day before", "a day later", "three days later",
  "lastweek Tuesday", "Thursday, October 12", "first of March", "twenty-first of May", "within a day", "+2 days",
];
/** What usually follows a cue: no day starts there. */
const NOT_DAYS = ["that it was over", "reporters it was over", "he would go", "it was over", "Reuters", "critics were wrong", "as much"];

describe("where a cue's day may start", () => {
  it.each(DAYS)("lets through any day right after the cue: said %s", (words) => {
    const text = `Officials said ${words} that the talks failed.`;
    const cueEnd = "Officials said".length;
    const days = findPeriods(text, PUBLISHED).filter((p) => p.granularity === "day" && p.span.start >= cueEnd && /^[\s,]*(?:on\s+)?$/i.test(text.slice(cueEnd, p.span.start)));
    if (days.length > 0) expect(mayOpenDate(text, afterDateGap(text, cueEnd))).toBe(true);
  });

  it("has days in most of those forms, so the test above tests something", () => {
    const withDay = DAYS.filter((words) => {
      const text = `Officials said ${words} that the talks failed.`;
      return findPeriods(text, PUBLISHED).some((p) => p.granularity === "day" && p.span.start >= "Officials said".length);
    });
    expect(withDay.length).toBeGreaterThan(DAYS.length - 6);
  });

  it.each(NOT_DAYS)("skips what cannot open a day: said %s", (words) => {
    const text = `Officials said ${words}.`;
    expect(mayOpenDate(text, afterDateGap(text, "Officials said".length))).toBe(false);
  });

  it("finds the same claim dates with the shortcut as the sentence's own periods give", () => {
    const text = "Officials said Tuesday that the talks failed. Officials said that it ended on Monday.";
    const first = { cue: { start: 10, end: 14, text: "said" }, source: { start: 0, end: 9, text: "Officials" }, content: { start: 23, end: 44, text: "the talks failed" }, date: null };
    const second = { cue: { start: 56, end: 60, text: "said" }, source: { start: 46, end: 55, text: "Officials" }, content: { start: 61, end: 84, text: "that it ended on Monday" }, date: null };
    expect(resolveClaimDate(first, PUBLISHED, text)?.text).toBe("Tuesday");
    expect(resolveClaimDate(second, PUBLISHED, text)).toBeNull();
  });

  it("still dates a claim whose date follows a long gap", () => {
    const text = `Officials said,${" ".repeat(300)}Tuesday, that the talks failed.`;
    const claim = { cue: { start: 10, end: 14, text: "said" }, source: { start: 0, end: 9, text: "Officials" }, content: null, date: null };
    expect(resolveClaimDate(claim, PUBLISHED, text)?.text).toBe("Tuesday");
  });

  it("reads no further than the limit it is given", () => {
    expect(afterDateGap("said    , on   Tuesday", 4, 8)).toBe(8);
  });
});
