import { describe, expect, it } from "vitest";
import { badgeFor, BADGE_COLOURS } from "../../../src/background/badge";
import type { Finding, Report } from "../../../src/core/report";

const finding = (severity: Finding["severity"], id: string): Finding => ({ id, kind: "k", severity, message: "m", claimIds: [], spans: [] });
const report = (findings: Finding[]): Report => ({
  article: { title: null, url: null, published: null, publishedFrom: null },
  claims: [],
  findings,
});

describe("badgeFor", () => {
  it("counts warnings and errors, coloured by the worst", () => {
    expect(badgeFor(report([finding("warning", "f1"), finding("info", "f2")]))).toEqual({ text: "1", colour: BADGE_COLOURS.warning });
    expect(badgeFor(report([finding("warning", "f1"), finding("error", "f2")]))).toEqual({ text: "2", colour: BADGE_COLOURS.error });
  });

  it("shows nothing when there is nothing to worry about", () => {
    expect(badgeFor(report([finding("info", "f1")]))).toEqual({ text: "", colour: null });
  });

  it("keeps the text short", () => {
    const many = Array.from({ length: 1200 }, (_, i) => finding("warning", `f${i}`));
    expect(badgeFor(report(many)).text).toBe("999+");
  });
});
