import { describe, expect, it } from "vitest";
import { check, ofKind } from "./helpers";

describe("weekday-mismatch", () => {
  it("flags a weekday that does not match the stated date", () => {
    const text = "The minister spoke on Thursday, October 12, 2023, and again later.";
    expect(ofKind(check(text, [], { published: "2026-01-30" }).findings, "weekday-mismatch")).toEqual([]); // 12 Oct 2023 was a Thursday
    const wrong = "The minister spoke on Friday, October 12, 2023, and again later.";
    const [finding] = ofKind(check(wrong, [{ cue: "spoke", source: "The minister", sourceType: "nominal", date: "on Friday, October 12, 2023" }], { published: "2026-01-30" }).findings, "weekday-mismatch");
    expect(finding).toMatchObject({ severity: "warning", claimIds: ["c1"] });
    expect(finding!.message).toBe("12 Oct 2023 was a Thursday, not a Friday.");
  });

  it("flags a yearless date when neither year around publication fits, and says what it assumed", () => {
    const text = "The minister spoke on Thursday, October 12.";
    const [finding] = ofKind(check(text, [], { published: "2026-01-30" }).findings, "weekday-mismatch");
    expect(finding!.message).toBe("12 Oct 2025 was a Sunday, not a Thursday (the year is not given; 2025 follows from the publication date).");
  });

  it("does not flag a yearless date that fits the neighbouring year", () => {
    // 12 Oct 2023 was a Thursday: an article of January 2024 reading back is consistent.
    expect(ofKind(check("The minister spoke on Thursday, October 12.", [], { published: "2024-01-30" }).findings, "weekday-mismatch")).toEqual([]);
    expect(ofKind(check("The minister spoke on Thursday, October 12.", [], { published: "2024-11-30" }).findings, "weekday-mismatch")).toEqual([]);
  });

  it("does not read a weekday that is not beside a date", () => {
    const text = "He spoke on the day after Monday's debate, on October 4.";
    expect(ofKind(check(text, [], { published: "2016-09-30" }).findings, "weekday-mismatch")).toEqual([]);
  });
});
