import { describe, expect, it } from "vitest";
import { check, ofKind } from "./helpers";

const TEXT =
  "Reuters reported on November 30 that 35,000 soldiers were killed.\n\n" +
  "The losses were large. Reuters reported on December 2 that 35,000 soldiers were killed.\n";

describe("conflicting-dates", () => {
  it("flags the same source and statement given two dates", () => {
    const claims = [
      { cue: "reported", source: "Reuters", content: "that 35,000 soldiers were killed", date: "on November 30" },
      { cue: "reported", source: "Reuters", content: "that 35,000 soldiers were killed", date: "on December 2", from: 70 },
    ];
    const [finding] = ofKind(check(TEXT, claims, { published: "2026-01-30" }).findings, "conflicting-dates");
    expect(finding).toMatchObject({ severity: "warning", claimIds: ["c1", "c2"] });
    expect(finding!.message).toBe("Reuters is cited for the same statement as of 30 Nov 2025 and as of 2 Dec 2025.");
  });

  it("does not flag a statement repeated on two weekdays: people say things twice", () => {
    const text = "Cruz said on Monday that 35,000 jobs were lost.\n\nCruz said on Saturday that 35,000 jobs were lost.\n";
    const claims = [
      { cue: "said", source: "Cruz", content: "that 35,000 jobs were lost", date: "on Monday" },
      { cue: "said", source: "Cruz", content: "that 35,000 jobs were lost", date: "on Saturday", from: 40 },
    ];
    expect(ofKind(check(text, claims, { published: "2016-01-17" }).findings, "conflicting-dates")).toEqual([]);
  });

  it("does not flag different statements from the same source", () => {
    const text = TEXT.replace("December 2 that 35,000 soldiers were killed", "December 2 that the ceasefire talks had stalled");
    const claims = [
      { cue: "reported", source: "Reuters", content: "that 35,000 soldiers were killed", date: "on November 30" },
      { cue: "reported", source: "Reuters", content: "that the ceasefire talks had stalled", date: "on December 2", from: 70 },
    ];
    expect(ofKind(check(text, claims, { published: "2026-01-30" }).findings, "conflicting-dates")).toEqual([]);
  });

  it("does not flag the same statement from different sources, or dates that agree", () => {
    const text = TEXT.replace("Reuters reported on December 2", "Bloomberg reported on December 2");
    const claims = [
      { cue: "reported", source: "Reuters", content: "that 35,000 soldiers were killed", date: "on November 30" },
      { cue: "reported", source: "Bloomberg", content: "that 35,000 soldiers were killed", date: "on December 2", from: 70 },
    ];
    expect(ofKind(check(text, claims, { published: "2026-01-30" }).findings, "conflicting-dates")).toEqual([]);
    const same = TEXT.replace("December 2", "November 30");
    const sameClaims = [claims[0]!, { ...claims[0]!, from: 70 }];
    expect(ofKind(check(same, sameClaims, { published: "2026-01-30" }).findings, "conflicting-dates")).toEqual([]);
  });
});
