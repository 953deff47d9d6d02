import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers";

// Written for these tests: page furniture around an article body.
describe("byline and reading-time furniture", () => {
  it("gives no claim for a reading-time byline, and keeps the claim after it", () => {
    const claims = claimsOf(`2 min read · Authors · January 30, 2026

The ministry said on Friday that exports had fallen.`);
    expect(claims.map((c) => c.cue.text)).toEqual(["said"]);
    expect(claims[0]!.source?.text).toBe("The ministry");
  });

  it("gives no claim for a longer line of fields joined by separators", () => {
    const claims = claimsOf(`By Anna Kowalska | Reporter | Updated March 3, 2026 | 4 minutes read | Share this story with friends

Officials said the bridge would reopen.`);
    expect(claims.map((c) => c.source?.text)).toEqual(["Officials"]);
  });

  it("never takes a number as the source of a cue that cannot report", () => {
    for (const line of ["5 min read", "12 mins read · Politics", "3 minute read"]) {
      const claims = claimsOf(`${line}\n\nThe mayor said the budget was balanced.`);
      expect(claims.every((c) => !/^\d/.test(c.source?.text ?? ""))).toBe(true);
      expect(claims.map((c) => c.cue.text)).toEqual(["said"]);
    }
  });
});
