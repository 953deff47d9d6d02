import { describe, expect, it } from "vitest";
import { resolveClaimDate } from "../../../src/core/dates/claim-date";
import { findPeriods } from "../../../src/core/dates/periods";
import { spanOf } from "../../../src/core/report";

const PUBLISHED = "2026-01-30"; // a Friday

function only(sentence: string, reference: string | null = PUBLISHED) {
  const periods = findPeriods(sentence, reference);
  expect(periods).toHaveLength(1);
  return periods[0]!;
}

describe("date expressions resolved against the publication date", () => {
  it.each([
    ["Bloomberg reported on November 30 that losses rose.", "November 30", "2025-11-30", "day"],
    ["Forces killed 35,000 soldiers in December.", "December", "2025-12", "month"],
    ["The ministers will meet in December.", "December", "2026-12", "month"],
    ["He said on Thursday that it was over.", "Thursday", "2026-01-29", "day"],
    ["He said on Friday that it was over.", "Friday", "2026-01-30", "day"],
    ["He will speak on Thursday.", "Thursday", "2026-02-05", "day"],
    ["Losses grew earlier this year.", "earlier this year", "2026", "year"],
    ["Crime rose in 2025.", "2025", "2025", "year"],
    ["The monthly average for 2025 was high.", "2025", "2025", "year"],
    ["The goal is 50,000 by this summer.", "this summer", "2026", "season"],
    ["Sales fell last summer.", "last summer", "2025", "season"],
    ["Prices fell last month.", "last month", "2025-12", "month"],
    ["He will leave next month.", "next month", "2026-02", "month"],
    ["She spoke last week.", "last week", "2026-01", "week"],
    ["Casualties since February 2022 are high.", "February 2022", "2022-02", "month"],
    ["The president told voters this weekend that it mattered.", "this weekend", "2026-01", "week"],
  ])("%s", (sentence, words, value, granularity) => {
    const period = only(sentence);
    expect(period.span.text).toBe(words);
    expect(period.value).toBe(value);
    expect(period.granularity).toBe(granularity);
  });

  it("keeps whether the year was stated", () => {
    expect(only("It happened on January 19, 2026.").yearStated).toBe(true);
    expect(only("It happened on January 19.").yearStated).toBe(false);
  });

  it("corrects for tense: a month after publication in a past-tense sentence is the year before", () => {
    expect(only("Officials reported in March that it worked.", "2026-01-30").value).toBe("2025-03");
    expect(only("Officials will report in March.", "2026-01-30").value).toBe("2026-03");
    expect(only("Officials reported in January that it worked.", "2026-01-30").value).toBe("2026-01");
  });

  it("reads 'this weekend' in a past-tense sentence as the weekend just gone, in a future one as the next", () => {
    const past = only("The president told voters this weekend that it mattered.", "2016-09-19");
    expect([past.start, past.end]).toEqual(["2016-09-17", "2016-09-18"]);
    const future = only("The president will tell voters this weekend.", "2016-09-19");
    expect([future.start, future.end]).toEqual(["2016-09-24", "2016-09-25"]);
  });

  it.each([
    ["It began more than a year ago, when he released it.", "2015", "year"],
    ["He died three months ago.", "2016-07", "month"],
    ["Two weeks ago he spoke.", "2016-09", "week"],
    ["He said 3 days ago that it was over.", "2016-10-01", "day"],
    ["The debate is in 10 days.", "2016-10-14", "day"],
  ])("reads '%s' at the precision of its words", (sentence, value, granularity) => {
    const period = only(sentence, "2016-10-04");
    expect([period.value, period.granularity]).toEqual([value, granularity]);
  });

  it("does not place loose expressions such as 'several weeks ago'", () => {
    expect(findPeriods("Several weeks ago, Trump stated it.", "2016-10-04")).toEqual([]);
  });

  it("reads a dateline a day after the publication stamp in the same year", () => {
    expect(only("NEW YORK, Dec. 22 (UPI) — Chelsea Clinton announced it.", "2015-12-21").value).toBe("2015-12-22");
  });

  it("does not read hours as a date", () => {
    expect(findPeriods("There were one million tweets in 10 hours.", PUBLISHED)).toEqual([]);
  });

  it("does not read the name USA TODAY as a date", () => {
    expect(findPeriods("A USA TODAY analysis shows it.", PUBLISHED)).toEqual([]);
  });

  it("gives last week the Monday-to-Sunday before the publication week", () => {
    const week = only("She spoke last week.");
    expect([week.start, week.end]).toEqual(["2026-01-19", "2026-01-25"]);
  });

  it("records the weekday written beside a full date, and only there", () => {
    const period = only("He spoke on Thursday, October 12.");
    expect(period.weekday).toBe(4);
    expect(period.value).toBe("2025-10-12");
    expect(only("He said on Thursday that it was over.").weekday).toBeNull();
  });

  it("reads a range of days as one period", () => {
    const period = only("The survey was conducted September 16-19.", "2016-09-20");
    expect([period.start, period.end, period.value]).toEqual(["2016-09-16", "2016-09-19", "2016-09"]);
  });

  it("records how the period is used", () => {
    expect(only("Casualties since February 2022 are high.").preposition).toBe("since");
    expect(only("He spoke on January 19, 2026.").preposition).toBe("on");
  });

  it.each([
    ["It may rise.", "a verb, not the month"],
    ["Protesters march on the capital.", "a verb, not the month"],
    ["He said it was 9/11 all over again.", "a number, not a date"],
    ["Crime rose over the past 15 years.", "a duration"],
    ["Right now the front is calm.", "not a date"],
    ["He counted 2025 soldiers.", "a count, not a year"],
    ["Prices will fall sharply.", "a verb, not the season"],
  ])("finds no date in %s (%s)", (sentence) => {
    expect(findPeriods(sentence, PUBLISHED)).toEqual([]);
  });

  it("without a reference, only places dates whose year is stated", () => {
    const periods = findPeriods("On November 30 and on January 19, 2026, and on Thursday.", null);
    expect(periods.map((p) => p.value)).toEqual(["2026-01-19"]);
  });

  it("finds every period in a span of text, with offsets into the whole text", () => {
    const text = "Intro. Forces killed 35,000 soldiers in December, a figure that would double the average for 2025.";
    const periods = findPeriods(text, PUBLISHED, { start: 7, end: text.length });
    expect(periods.map((p) => [p.span.text, p.value])).toEqual([["December", "2025-12"], ["2025", "2025"]]);
    for (const p of periods) expect(text.slice(p.span.start, p.span.end)).toBe(p.span.text);
  });
});

describe("claim dates", () => {
  const text = "The number rose, according to Bloomberg on November 30, citing assessments.";
  const at = text.indexOf("November 30");
  const claim = {
    id: "c1", cue: spanOf(text, 17, 29), source: null, content: null, sourceType: "named" as const,
    resolvedSource: null, via: null, date: spanOf(text, at - 3, at + 11),
  };

  it("fills the value from the date words in their sentence", () => {
    expect(resolveClaimDate(claim, PUBLISHED, text)).toEqual({ ...claim.date, value: "2025-11-30" });
  });

  it("is null without a date span or without a reference for a yearless date", () => {
    expect(resolveClaimDate({ ...claim, date: null }, PUBLISHED, text)).toBeNull();
    expect(resolveClaimDate(claim, null, text)).toBeNull();
  });

  it("is null when the span holds no date", () => {
    expect(resolveClaimDate({ ...claim, date: spanOf(text, 0, 10) }, PUBLISHED, text)).toBeNull();
  });
});

describe("claim dates the extractor left out", () => {
  const text = "The number rose, according to Bloomberg on November 30, citing assessments. Officials said December was hard.";
  const cue = (words: string) => spanOf(text, text.indexOf(words), text.indexOf(words) + words.length);
  const base = { id: "c1", content: null, sourceType: "named" as const, resolvedSource: null, via: null, date: null };

  it("takes a day written right after the source", () => {
    const claim = { ...base, cue: cue("according to"), source: cue("Bloomberg") };
    expect(resolveClaimDate(claim, PUBLISHED, text)).toEqual({ ...cue("November 30"), value: "2025-11-30" });
  });

  it("does not take a month that begins what was said", () => {
    const claim = { ...base, cue: cue("said"), source: cue("Officials") };
    expect(resolveClaimDate(claim, PUBLISHED, text)).toBeNull();
  });
});
