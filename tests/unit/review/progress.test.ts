import { describe, expect, it } from "vitest";
import { filterItems, progressLabel, reviewItems, reviewProgress } from "../../../src/core/review/progress";
import { inReadingOrder, stepItem } from "../../../src/core/review/navigation";
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

describe("keyboard navigation", () => {
  const items = reviewItems(demoReview());
  const order = (list: ReturnType<typeof inReadingOrder>) => list.map((item) => item.id);

  it("orders claims and findings as they appear in the text, whole-article findings first", () => {
    expect(order(inReadingOrder(items))).toEqual(["cf2", "c1", "c2", "cf1", "c3"]);
  });

  it("steps forward and back, wrapping around", () => {
    expect(stepItem(items, null, 1)?.id).toBe("cf2");
    expect(stepItem(items, null, -1)?.id).toBe("c3");
    expect(stepItem(items, { type: "claim", id: "c2" }, 1)?.id).toBe("cf1");
    expect(stepItem(items, { type: "claim", id: "c3" }, 1)?.id).toBe("cf2");
    expect(stepItem(items, { type: "finding", id: "cf2" }, -1)?.id).toBe("c3");
  });

  it("visits only what the filter keeps, even from an item it hides", () => {
    expect(stepItem(items, { type: "claim", id: "c1" }, 1, "unreviewed")?.id).toBe("c2");
    expect(stepItem(items, { type: "claim", id: "c2" }, 1, "unreviewed")?.id).toBe("cf2");
    expect(stepItem(items, { type: "claim", id: "c2" }, -1, "verified")?.id).toBe("c3");
    expect(stepItem(items, null, 1, "disputed")?.id).toBe("c1");
    expect(stepItem(reviewItems(createReview(buildReport(ARTICLE_TEXT), ARTICLE_KEY, NOW)), null, 1, "verified")).toBeNull();
  });
});
