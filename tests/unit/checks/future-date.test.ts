import { describe, expect, it } from "vitest";
import { check, ofKind } from "./helpers";

const TEXT = "Losses rose, Reuters reported on February 3, 2026.";
const CLAIM = { cue: "reported", source: "Reuters", content: "Losses rose", date: "on February 3, 2026" };

describe("future-date", () => {
  it("flags an attribution dated after publication", () => {
    const [finding] = ofKind(check(TEXT, [CLAIM], { published: "2026-01-30" }).findings, "future-date");
    expect(finding).toMatchObject({ severity: "warning", claimIds: ["c1"] });
    expect(finding!.message).toBe("The claim by Reuters is dated 3 Feb 2026, after the article was published on 30 Jan 2026.");
  });

  it("is only information when the article was modified after that date", () => {
    const [finding] = ofKind(check(TEXT, [CLAIM], { published: "2026-01-30", modified: "2026-02-04" }).findings, "future-date");
    expect(finding!.severity).toBe("info");
    expect(finding!.message).toContain("updated on 4 Feb 2026");
  });

  it("does not flag a date on or before publication", () => {
    expect(ofKind(check(TEXT, [CLAIM], { published: "2026-02-03" }).findings, "future-date")).toEqual([]);
  });

  it("does not flag a plan in the future tense", () => {
    const text = "Reuters will report on February 3, 2026.";
    expect(ofKind(check(text, [{ cue: "report", source: "Reuters", date: "on February 3, 2026" }], { published: "2026-01-30" }).findings, "future-date")).toEqual([]);
  });

  it("does not flag a year or a relative date, which need not be the date of the statement", () => {
    const text = "Cruz had been facing a reelection fight in 2018, his aides said.";
    expect(ofKind(check(text, [{ cue: "said", source: "his aides", date: "in 2018" }], { published: "2016-09-26" }).findings, "future-date")).toEqual([]);
    const weekend = "The president told African-Americans this weekend he would campaign.";
    expect(ofKind(check(weekend, [{ cue: "told", source: "The president", sourceType: "nominal", date: "this weekend" }], { published: "2016-09-19" }).findings, "future-date")).toEqual([]);
  });

  it("allows a day of slack for datelines in other time zones", () => {
    const text = "NEW YORK, Jan. 31, 2026 (UPI) — Reuters reported on January 31, 2026 that losses rose.";
    expect(ofKind(check(text, [{ cue: "reported", source: "Reuters", date: "on January 31, 2026" }], { published: "2026-01-30" }).findings, "future-date")).toEqual([]);
  });

  it("takes a month right after the cue as the date of the saying only with its 'in'", () => {
    const dated = "Officials said in February 2026 that it was hard.";
    expect(ofKind(check(dated, [{ cue: "said", source: "Officials", sourceType: "vague", date: "February 2026", content: "that it was hard" }], { published: "2026-01-30" }).findings, "future-date")).toHaveLength(1);
    const content = "Officials said February 2026 was hard.";
    expect(ofKind(check(content, [{ cue: "said", source: "Officials", sourceType: "vague", date: "February 2026" }], { published: "2026-01-30" }).findings, "future-date")).toEqual([]);
  });

  it("does not flag anything when only a lower bound is known", () => {
    expect(ofKind(check(TEXT, [CLAIM]).findings, "future-date")).toEqual([]);
  });

  it("reads a yearless past-tense date as the year before, so it is never in the future", () => {
    const text = "Losses rose, Reuters reported on February 3.";
    expect(ofKind(check(text, [{ ...CLAIM, date: "on February 3" }], { published: "2026-01-30" }).findings, "future-date")).toEqual([]);
  });
});
