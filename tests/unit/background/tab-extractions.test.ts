import { describe, expect, it } from "vitest";
import { TabExtractions } from "../../../src/background/tab-extractions";
import { extractClaims } from "../../../src/core/extract";
import { chunkTexts } from "../../../src/core/text/chunks";
import { MAX_TEXT_CHARS } from "../../../src/protocol/messages";
import { ReplyError } from "../../../src/protocol/reply";

const article = Array.from({ length: 120 }, (_, i) => `The ministry said on Monday that district ${i} had power again.`).join("\n\n");

function counting() {
  const counter = { calls: 0 };
  const extractions = new TabExtractions({ extract: (text) => (counter.calls++, extractClaims(text)), maxTabs: 2 });
  return { counter, extractions };
}

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof ReplyError ? error.code : "other";
  }
  return "none";
};

describe("TabExtractions", () => {
  it("extracts the joined chunks, with claims quoting the whole text", () => {
    const { extractions } = counting();
    const result = extractions.run(1, null, chunkTexts(article));
    expect(result.text).toBe(article);
    expect(result.claims.length).toBe(120);
    for (const claim of result.claims) expect(article.slice(claim.cue.start, claim.cue.end)).toBe(claim.cue.text);
  });

  it("resolves references to the last scan and re-extracts only new text", () => {
    const { counter, extractions } = counting();
    const chunks = chunkTexts(article);
    const first = extractions.run(1, null, chunks);
    counter.calls = 0;
    const pieces = chunks.map((_, same) => ({ same }));
    const again = extractions.run(1, first.scan, [...pieces, "\n\nThe mayor said the work was done."]);
    expect(counter.calls).toBe(1);
    expect(again.reused).toBe(chunks.length);
    expect(again.text).toBe(`${article}\n\nThe mayor said the work was done.`);
    expect(again.scan).not.toBe(first.scan);
    // Whole text sent again (no references) still reuses the cached chunks.
    counter.calls = 0;
    extractions.run(1, again.scan, chunks);
    expect(counter.calls).toBe(0);
  });

  it("answers stale to an unknown or superseded base, and invalid to a chunk the base did not have", () => {
    const { extractions } = counting();
    const chunks = chunkTexts(article);
    expect(codeOf(() => extractions.run(1, "never-1", [{ same: 0 }]))).toBe("stale");
    expect(codeOf(() => extractions.run(1, null, [{ same: 0 }]))).toBe("stale");
    const first = extractions.run(1, null, chunks);
    extractions.run(1, first.scan, chunks);
    expect(codeOf(() => extractions.run(1, first.scan, [{ same: 0 }]))).toBe("stale");
    const latest = extractions.run(1, null, chunks);
    expect(codeOf(() => extractions.run(1, latest.scan, [{ same: chunks.length }]))).toBe("invalid");
    // Another tab's scan is not this tab's.
    expect(codeOf(() => extractions.run(2, latest.scan, [{ same: 0 }]))).toBe("stale");
  });

  it("refuses a text that references make longer than the limit", () => {
    const { extractions } = counting();
    const half = "x".repeat(MAX_TEXT_CHARS / 2);
    const first = extractions.run(1, null, [half, "y"]);
    expect(codeOf(() => extractions.run(1, first.scan, [{ same: 0 }, { same: 0 }, { same: 1 }]))).toBe("invalid");
  });

  it("keeps the most recently scanned tabs only, and forgets a tab on request", () => {
    const { extractions } = counting();
    const scans = [1, 2, 3].map((tab) => extractions.run(tab, null, ["Officials said so."]).scan);
    expect(extractions.cachedTabs).toBe(2);
    expect(codeOf(() => extractions.run(1, scans[0]!, [{ same: 0 }]))).toBe("stale");
    expect(codeOf(() => extractions.run(3, scans[2]!, [{ same: 0 }]))).toBe("none");
    extractions.forget(3);
    expect(codeOf(() => extractions.run(3, scans[2]!, [{ same: 0 }]))).toBe("stale");
  });
});
