import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approximateOccurrences, bestMatchIn, editDistance } from "../../../src/core/review/approximate";

/** The textbook table, as the reference the fast path is checked against. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
  return d[a.length]![b.length]!;
}

describe("editDistance", () => {
  it("agrees with the textbook table on short and long strings", () => {
    const text = (max: number) => fc.string({ unit: fc.constantFrom(..."abc d"), maxLength: max });
    fc.assert(fc.property(text(40), text(40), (a, b) => {
      expect(editDistance(a, b)).toBe(reference(a, b));
    }), { numRuns: 300 });
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("a".repeat(32), "b".repeat(32))).toBe(32);
  });
});

describe("approximate search", () => {
  it("finds an edited quote with its true extent", () => {
    const text = "Officials said the toll rose to 250,000 in 2025 and would rise.";
    expect(bestMatchIn(text, 0, text.length, "the toll rose to 250,000 last year", 12)).toMatchObject({ start: 15 });
    const found = approximateOccurrences(text, "the toll rose to 250,001 in 2025", 3).matches;
    expect(found).toEqual([{ start: 15, end: 47, distance: 1 }]);
  });

  it("gives up rather than searching without bound on repetitive text", () => {
    expect(approximateOccurrences("ab".repeat(50_000), "abababababababababax", 3)).toEqual({ matches: [], exhausted: true });
  });
});
