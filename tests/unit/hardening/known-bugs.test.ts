/**
 * Exact reproductions of the bugs the hardening suite found in core modules (see known-bugs.ts and
 * docs/hardening.md). `it.fails` passes while the bug is there; once the module is fixed it fails,
 * telling the integrator to turn it into `it` and switch the relaxed rule back on.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../src/core/extract";
import { anchorQuote, resolveAnchor } from "../../../src/core/review";
import { checkExtracted, splitsPair } from "./invariants";
import { hostileText } from "./arbitraries";

describe("BUG-1 (fixed): extractClaims keeps surrogate pairs whole (src/core/extract/tokenize.ts)", () => {
  it("a source span does not start between the halves of an astral character", () => {
    const text = "𐀀𐀀𐀀ֈ Experts say the figure is likely higher. ";
    for (const claim of extractClaims(text)) {
      for (const span of [claim.cue, claim.source, claim.content, claim.date]) {
        if (span) expect(splitsPair(text, span.start) || splitsPair(text, span.end), JSON.stringify(span)).toBe(false);
      }
    }
  });

  it("a source span does not end between the halves of an astral character", () => {
    const text = "according to the ministry \u0000𐀀𐀀𐀀𐀀𐀀";
    const source = extractClaims(text)[0]?.source;
    expect(source).toBeTruthy();
    expect(splitsPair(text, source!.end)).toBe(false);
  });

  it("no claim span splits a surrogate pair (strict property, 2,500 cases)", () => {
    fc.assert(fc.property(hostileText, (text) => checkExtracted(text, extractClaims(text), { pairs: true })), { numRuns: 2_500 });
  });
});

describe("BUG-2 (fixed): resolveAnchor keeps an emoji whole in an edited passage (src/core/review/anchor.ts)", () => {
  it("a passage found after an edit keeps surrogate pairs whole", () => {
    const text = "The minister said the offensive would continue.";
    const anchor = anchorQuote(text, 4, 21);
    const edited = `${text.slice(0, 20)}😀${text.slice(20)}`;
    const resolution = resolveAnchor(edited, anchor);
    expect(resolution.status).toBe("found");
    if (resolution.status === "found") expect(splitsPair(edited, resolution.end)).toBe(false);
  });
});
