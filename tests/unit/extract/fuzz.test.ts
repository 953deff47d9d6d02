import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../src/core/extract";

// Page text is hostile input: whatever it holds, extraction must not throw and every span must index the text.
const pieces = fc.constantFrom("said", "Said", " ", "\n", "“", "”", '"', "’s", "'", ":", ",", ".", "according to", "He", "citing", "—", "(Photo: X)", "Mr.", "on Monday", "Zoë", "😀", "\u2028", "the", "officials");

describe("extraction on arbitrary text", () => {
  it("never throws and keeps spans inside the text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme", maxLength: 300 }), fc.array(pieces, { maxLength: 120 }).map((p) => p.join(" "))), (text) => {
        for (const claim of extractClaims(text)) {
          for (const span of [claim.cue, claim.source, claim.content, claim.date]) {
            if (!span) continue;
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(text.length);
            expect(span.start).toBeLessThan(span.end);
            expect(text.slice(span.start, span.end)).toBe(span.text);
          }
          if (claim.via) expect(extractClaims(text).some((c) => c.id === claim.via)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
