import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../../src/core/extract";
import { extractChunks } from "../../../../src/core/extract/chunked";
import { chunkTexts, splitIntoChunks } from "../../../../src/core/text/chunks";

const paragraph = (i: number) => `Officials in district ${i} said the new bridge would open in March, according to the city council.`;
const text = (count: number, first = 0) => Array.from({ length: count }, (_, i) => paragraph(first + i)).join("\n\n");

describe("splitIntoChunks", () => {
  it("cuts text into runs of whole blocks that cover it exactly, in order", () => {
    const whole = text(400);
    const chunks = splitIntoChunks(whole);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks[0]!.start).toBe(0);
    chunks.slice(1).forEach((chunk, i) => expect(chunk.start).toBe(chunks[i]!.end));
    expect(chunkTexts(whole).join("")).toBe(whole);
    // Every cut falls just after a block separator.
    for (const chunk of chunks.slice(0, -1)) expect(whole.slice(chunk.end - 2, chunk.end)).toBe("\n\n");
  });

  it("gives back any text when joined, blank lines and empty blocks included", () => {
    const piece = fc.constantFrom("\n\n", "\n", " ", "a", "Officials said. ", "\n\n\n\n", "é😀");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (parts) => {
        const whole = parts.join("");
        const chunks = chunkTexts(whole);
        expect(chunks.join("")).toBe(whole);
        expect(chunks.every((chunk) => chunk.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("caps a chunk's size at a block boundary", () => {
    const whole = Array.from({ length: 3000 }, () => "x".repeat(50)).join("\n\n");
    expect(Math.max(...chunkTexts(whole).map((chunk) => chunk.length))).toBeLessThan(21_000);
  });
});

describe("extractChunks", () => {
  it("finds the same claims as one pass over the text, with ids unique and spans quoting the text", () => {
    const whole = text(300);
    const { claims } = extractChunks(chunkTexts(whole), () => undefined);
    expect(claims.length).toBe(extractClaims(whole).length);
    expect(new Set(claims.map((claim) => claim.id)).size).toBe(claims.length);
    for (const claim of claims) expect(whole.slice(claim.cue.start, claim.cue.end)).toBe(claim.cue.text);
  });

  it("re-extracts only the chunks whose text changed", () => {
    let calls = 0;
    const counting = (chunk: string) => (calls++, extractClaims(chunk));
    const cache = new Map<string, ReturnType<typeof extractClaims>>();
    const run = (whole: string) => {
      const chunks = chunkTexts(whole);
      const result = extractChunks(chunks, (chunk) => cache.get(chunk), counting);
      cache.clear();
      chunks.forEach((chunk, i) => cache.set(chunk, result.perChunk[i]!));
      return { ...result, chunks: chunks.length };
    };
    const first = run(text(300));
    expect(calls).toBe(first.chunks);
    calls = 0;
    // An appended post changes the last chunk (and adds at most one).
    const appended = run(`${text(300)}\n\n${paragraph(999)}`);
    expect(calls).toBeLessThanOrEqual(2);
    expect(appended.reused).toBe(appended.chunks - calls);
    calls = 0;
    // A post inserted at the top (a live blog, newest first) changes the chunks around it, not all of them.
    const prepended = run(`${paragraph(1000)}\n\n${text(300)}\n\n${paragraph(999)}`);
    expect(calls).toBeLessThan(prepended.chunks / 2);
  });
});
