/**
 * The review on the real pipeline: the demo article scanned by the extractor, every claim marked,
 * then the page edited and scanned again. Assertions compare the claims' own words before and
 * after, so they hold whatever the extractor finds.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scan } from "../../../src/core/analyse";
import { emptyPageMeta } from "../../../src/core/page-meta";
import { createRegistry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import type { Claim } from "../../../src/core/report";
import { reattachReview } from "../../../src/core/review/reattach";
import { claimTarget, createReview } from "../../../src/core/review/review";
import { ARTICLE_KEY, LATER, NOW, withMarks } from "./fixtures";

const TEXT = readFileSync(new URL("../../fixtures/demo-article.txt", import.meta.url), "utf8");
const registry = createRegistry(bundledEntries());
const words = (claim: Claim) => [claim.cue.text, claim.source?.text ?? null, claim.content?.text ?? null];

describe("review of the scanned demo article", () => {
  const report = scan(TEXT, emptyPageMeta(), registry);
  const review = withMarks(
    createReview(report, ARTICLE_KEY, NOW),
    report.claims.map((claim, i) => ({ target: claimTarget(TEXT, claim), status: "verified" as const, note: `claim ${i}` })),
  );

  it("has claims to mark", () => {
    expect(report.claims.length).toBeGreaterThan(2);
  });

  it("puts every mark back on the same words after a paragraph is added and the text re-wrapped", () => {
    const edited = `Editor's note: this article was updated.\n\n${TEXT.replace(/\. /g, ".\n  ")}`;
    const rescan = scan(edited, emptyPageMeta(), registry);
    const result = reattachReview(review, rescan, edited, LATER);
    expect(result.orphaned).toEqual([]);
    for (const { mark, id } of result.attached) {
      const before = report.claims[Number(mark.note.slice(6))]!;
      const after = rescan.claims.find((claim) => claim.id === id)!;
      expect(words(after).map((w) => w?.replace(/\s+/g, " "))).toEqual(words(before).map((w) => w?.replace(/\s+/g, " ")));
    }
  });

  it("orphans the marks of a removed paragraph and keeps the others in place", () => {
    const paragraphs = TEXT.split(/\n\s*\n/);
    const ranges = paragraphs.map((p) => ({ start: TEXT.indexOf(p), end: TEXT.indexOf(p) + p.length }));
    const inside = (claim: Claim, range: { start: number; end: number }) => claim.cue.start >= range.start && claim.cue.end <= range.end;
    // The first paragraph after the headline that holds a claim.
    const index = ranges.findIndex((range, i) => i > 0 && report.claims.some((claim) => inside(claim, range)));
    expect(index).toBeGreaterThan(0);
    const edited = paragraphs.filter((_, i) => i !== index).join("\n\n");
    const rescan = scan(edited, emptyPageMeta(), registry);
    const result = reattachReview(review, rescan, edited, LATER);
    const gone = report.claims.filter((claim) => inside(claim, ranges[index]!)).map((claim) => `claim ${report.claims.indexOf(claim)}`);
    expect(gone.length).toBeGreaterThan(0);
    expect(result.orphaned.map((o) => o.mark.note).sort()).toEqual(gone.sort());
    for (const { mark, id } of result.attached) {
      const before = report.claims[Number(mark.note.slice(6))]!;
      expect(words(rescan.claims.find((claim) => claim.id === id)!)).toEqual(words(before));
    }
  });
});
