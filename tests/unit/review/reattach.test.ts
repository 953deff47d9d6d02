import { describe, expect, it } from "vitest";
import { ArticleReviewSchema } from "../../../src/core/review/model";
import { reattachReview } from "../../../src/core/review/reattach";
import { markOf, orphanedMarks } from "../../../src/core/review/review";
import { ARTICLE_TEXT, buildReport, demoReview, LATER } from "./fixtures";

describe("reattachReview", () => {
  const original = buildReport(ARTICLE_TEXT);
  const review = demoReview(ARTICLE_TEXT, original);

  it("attaches every mark to the same claims and findings after a reload with new ids", () => {
    const rescanned = buildReport(ARTICLE_TEXT, "n");
    const result = reattachReview(review, rescanned, ARTICLE_TEXT, LATER);
    expect(result.orphaned).toEqual([]);
    expect(result.attached.map((a) => `${a.type}:${a.id}`).sort()).toEqual(["claim:n1", "claim:n3", "finding:nf1", "finding:nf2"]);
    expect(markOf(result.review, "claim", "n1")?.note).toBe("Bloomberg said 200,000.\nSee their March 4 story.");
    expect(markOf(result.review, "finding", "nf1")?.reason).toBe("named two lines later");
    expect(ArticleReviewSchema.safeParse(result.review).success).toBe(true);
  });

  it("follows the claims through an edit before them", () => {
    const edited = `Correction appended at the top.\n\n${ARTICLE_TEXT.replace("analysts say", "analysts warn")}`;
    const result = reattachReview(review, buildReport(edited, "e"), edited, LATER);
    expect(result.orphaned).toEqual([]);
    expect(markOf(result.review, "claim", "e3")?.status).toBe("verified");
    expect(result.attached.every((a) => a.exact)).toBe(true);
  });

  it("keeps a mark whose claim was removed as orphaned, with its note and anchors", () => {
    const edited = ARTICLE_TEXT.replace("Bloomberg reported on March 3 that the number of Russian soldiers killed rose to 250,000 last year, citing European assessments.\n\n", "");
    const report = buildReport(`${edited}\n\nBloomberg reported on March 3 that the number of Russian soldiers killed rose to 250,000 last year.`, "r");
    report.claims.splice(0, 1);
    const text = `${edited}\n\nBloomberg reported on March 3 that the number of Russian soldiers killed rose to 250,000 last year.`;
    const result = reattachReview(review, report, text, LATER);
    const lost = result.orphaned.find((o) => o.mark.note.startsWith("Bloomberg said 200,000."));
    expect(lost).toBeDefined();
    expect(lost!.mark.target).toMatchObject({ type: "claim", claimId: null });
    expect(orphanedMarks(result.review)).toHaveLength(1);
    expect(result.review.marks).toHaveLength(review.marks.length);
  });

  it("says when a claim's words changed, and keeps the old words in the anchor", () => {
    const edited = ARTICLE_TEXT.replace("rose to 250,000 last year", "rose to 250,000 in 2025");
    const report = buildReport(edited, "x", "the number of Russian soldiers killed rose to 250,000 in 2025");
    const result = reattachReview(review, report, edited, LATER);
    const disputed = result.attached.find((a) => a.mark.status === "disputed");
    expect(disputed).toMatchObject({ id: "x1", exact: false });
    expect(disputed!.mark.target.type === "claim" && disputed!.mark.target.content?.quote.exact).toContain("last year");
  });

  it("lets only the latest of two marks on the same claim attach", () => {
    const rescanned = buildReport(ARTICLE_TEXT, "d");
    const first = review.marks[0]!;
    const target = first.target.type === "claim" ? { ...first.target, cue: { ...first.target.cue, start: 999 } } : first.target;
    const twin = { ...first, target, status: "verified" as const, updatedAt: LATER };
    const result = reattachReview({ ...review, marks: [...review.marks, twin] }, rescanned, ARTICLE_TEXT, LATER);
    expect(markOf(result.review, "claim", "d1")?.status).toBe("verified");
    expect(result.orphaned).toEqual([expect.objectContaining({ cause: "duplicate" })]);
    expect(ArticleReviewSchema.safeParse(result.review).success).toBe(true);
  });

  it("orphans a finding that is no longer reported", () => {
    const rescanned = buildReport(ARTICLE_TEXT, "g");
    rescanned.findings = [];
    const result = reattachReview(review, rescanned, ARTICLE_TEXT, LATER);
    expect(result.orphaned.map((o) => o.cause).sort()).toEqual(["no-longer-reported", "no-longer-reported"]);
  });
});
