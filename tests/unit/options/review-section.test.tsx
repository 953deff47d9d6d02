// @vitest-environment jsdom
/** @jsxImportSource preact */
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Report } from "../../../src/core/report";
import { ReviewBundleSchema } from "../../../src/core/review/export-json";
import { claimTarget, createReview, setMark } from "../../../src/core/review/review";
import { ReviewStore } from "../../../src/core/review/store";
import { ReviewSection } from "../../../src/options/review-section";
import { reviewStorage } from "../../../src/platform/review-storage";
import { setMessageLookup } from "../../../src/ui/i18n";
import { englishLookup } from "../fakes/i18n";
import { fakePlatform } from "../fakes/platform";

setMessageLookup(englishLookup);

const TEXT = "Reuters reported a fire at the depot.";
const report: Report = {
  article: { title: "Depot fire", url: "https://news.example/fire", published: null, publishedFrom: null },
  claims: [
    {
      id: "c1", cue: { start: 8, end: 16, text: "reported" }, source: { start: 0, end: 7, text: "Reuters" },
      content: { start: 17, end: 36, text: "a fire at the depot" }, sourceType: "named", resolvedSource: null, registry: null, date: null, via: null,
    },
  ],
  findings: [],
};
const NOW = "2026-11-26T10:00:00.000Z";

async function storedPlatform() {
  const platform = fakePlatform();
  const store = new ReviewStore(reviewStorage(platform));
  const marked = setMark(createReview(report, "https://news.example/fire", NOW), { target: claimTarget(TEXT, report.claims[0]!), status: "verified" }, NOW);
  if (!marked.ok) throw new Error(marked.error);
  expect(await store.save(marked.review)).toEqual({ ok: true });
  await store.save(createReview(report, "https://news.example/unmarked", NOW));
  platform.local.data.set("sourcelight.review:https://news.example/broken", { schemaVersion: 2, key: "nonsense" });
  return platform;
}

afterEach(() => vi.restoreAllMocks());

describe("the options page's review section", () => {
  it("lists the reviewed articles and the quarantined records, and exports everything as a bundle that imports back", async () => {
    const platform = await storedPlatform();
    const root = document.createElement("div");
    document.body.replaceChildren(root);
    await act(async () => render(<ReviewSection platform={platform} />, root));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(root.querySelector("[data-reviewed-count]")?.textContent).toBe("1 reviewed article.");
    expect(root.querySelector(".reviewed li")?.textContent).toBe("Depot fire — 1 of 1 reviewed (1 verified)");
    expect(root.querySelector("[data-quarantined]")?.getAttribute("data-quarantined")).toBe("sourcelight.review:https://news.example/broken");

    const blobs: Blob[] = [];
    (URL as unknown as { createObjectURL: (blob: Blob) => string }).createObjectURL = (blob: Blob) => (blobs.push(blob), "blob:x");
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    await act(async () => root.querySelector<HTMLElement>('[data-export-all="json"]')!.click());
    const bundle = ReviewBundleSchema.parse(JSON.parse(await blobs[0]!.text()));
    expect(bundle.reviews.map((review) => [review.key, review.marks.length])).toEqual([["https://news.example/fire", 1]]);
    await act(async () => root.querySelector<HTMLElement>('[data-export-all="markdown"]')!.click());
    expect(await blobs[1]!.text()).toContain("Depot fire");
    await act(async () => root.querySelector<HTMLElement>("[data-quarantined] button")!.click());
    expect(JSON.parse(await blobs[2]!.text())).toMatchObject({ raw: { schemaVersion: 2, key: "nonsense" } });
  });
});
