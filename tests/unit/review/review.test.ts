import { describe, expect, it } from "vitest";
import { ArticleReviewSchema } from "../../../src/core/review/model";
import { reattachReview } from "../../../src/core/review/reattach";
import { claimTarget, createReview, findingTarget, markOf, removeMark, setMark } from "../../../src/core/review/review";
import { ARTICLE_KEY, ARTICLE_TEXT, buildReport, demoReview, LATER, NOW } from "./fixtures";

describe("marks", () => {
  const report = buildReport(ARTICLE_TEXT);
  const fresh = createReview(report, ARTICLE_KEY, NOW);

  it("refuses a dismissal without a reason", () => {
    const target = findingTarget(ARTICLE_TEXT, report.findings[0]!);
    expect(setMark(fresh, { target, status: "dismissed" }, NOW)).toEqual({ ok: false, error: "marks.0.reason: a dismissed mark needs a reason" });
    expect(setMark(fresh, { target, status: "dismissed", reason: "   " }, NOW).ok).toBe(false);
    expect(setMark(fresh, { target, status: "dismissed", reason: " a quote from the press release " }, NOW)).toMatchObject({
      ok: true,
      review: { marks: [{ reason: "a quote from the press release" }] },
    });
  });

  it("replaces the mark on the same claim and keeps when it was first made", () => {
    const target = claimTarget(ARTICLE_TEXT, report.claims[1]!);
    const first = setMark(fresh, { target, status: "needs-checking" }, NOW);
    const second = first.ok ? setMark(first.review, { target, status: "verified", note: "CSIS site" }, LATER) : first;
    expect(second.ok && second.review.marks).toEqual([expect.objectContaining({ status: "verified", note: "CSIS site", createdAt: NOW, updatedAt: LATER })]);
  });

  it("re-marking a claim whose words changed replaces its mark instead of adding a second", () => {
    const edited = ARTICLE_TEXT.replace("rose to 250,000 last year", "rose to 250,000 in 2025");
    const rescan = buildReport(edited, "e", "the number of Russian soldiers killed rose to 250,000 in 2025");
    const { review, attached } = reattachReview(demoReview(), rescan, edited, LATER);
    expect(attached.find((a) => a.id === "e1")?.exact).toBe(false);
    const result = setMark(review, { target: claimTarget(edited, rescan.claims[0]!), status: "verified", note: "now matches Bloomberg" }, LATER);
    if (!result.ok) throw new Error(result.error);
    expect(result.review.marks).toHaveLength(review.marks.length);
    expect(markOf(result.review, "claim", "e1")).toMatchObject({ status: "verified", target: { content: { quote: { exact: expect.stringContaining("in 2025") } } } });
    expect(ArticleReviewSchema.safeParse(result.review).success).toBe(true);
  });

  it("removes a mark, and removing a missing one changes nothing", () => {
    const review = demoReview();
    const target = claimTarget(ARTICLE_TEXT, report.claims[0]!);
    const removed = removeMark(review, target, LATER);
    expect(markOf(removed, "claim", "c1")).toBeNull();
    expect(removed.marks).toHaveLength(3);
    expect(removeMark(removed, target, LATER)).toBe(removed);
  });

  it("refuses to anchor a span that does not quote the text", () => {
    const broken = { ...report.claims[0]!, cue: { start: 0, end: 4, text: "nope" } };
    expect(() => claimTarget(ARTICLE_TEXT, broken)).toThrow(/does not match the text/);
  });
});
