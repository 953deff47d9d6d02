import { describe, expect, it } from "vitest";
import { filterItems, progressLabel, reviewItems, reviewProgress } from "../../../src/core/review/progress";
import { createReview } from "../../../src/core/review/review";
import { ARTICLE_KEY, ARTICLE_TEXT, buildReport, demoReview, NOW } from "./fixtures";

describe("review progress", () => {
  it("counts marks by status; needing checks is not reviewed", () => {
    const progress = reviewProgress(demoReview());
    expect(progress).toEqual({
      total: 5,
      reviewed: 3,
      byStatus: { verified: 1, disputed: 1, "needs-checking": 1, dismissed: 1 },
      unmarked: 1,
      orphaned: 0,
    });
    expect(progressLabel(progress)).toBe("3 of 5 reviewed (1 verified, 1 disputed, 1 needs checking, 1 dismissed)");
    expect(progressLabel(reviewProgress(createReview(buildReport(ARTICLE_TEXT), ARTICLE_KEY, NOW)))).toBe("0 of 5 reviewed");
  });

  it("filters claims and findings by mark", () => {
    const items = reviewItems(demoReview());
    const ids = (filter: Parameters<typeof filterItems>[1]) => filterItems(items, filter).map((item) => item.id);
    expect(ids("all")).toEqual(["cf1", "cf2", "c1", "c2", "c3"]);
    expect(ids("disputed")).toEqual(["c1"]);
    expect(ids("dismissed")).toEqual(["cf1"]);
    expect(ids("unmarked")).toEqual(["c2"]);
    expect(ids("unreviewed")).toEqual(["cf2", "c2"]);
  });
});
