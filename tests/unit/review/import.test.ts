import { describe, expect, it } from "vitest";
import { exportBundleJson, exportReviewJson } from "../../../src/core/review/export-json";
import { parseReviewImport } from "../../../src/core/review/import";
import { mergeReview, resolveConflict } from "../../../src/core/review/merge";
import { markOf, removeMark } from "../../../src/core/review/review";
import { ReviewStore } from "../../../src/core/review/store";
import { ARTICLE_KEY, demoReview, LATER, NOW } from "./fixtures";
import { hostileReview } from "./hostile";
import { MemoryStorage } from "./memory-storage";

function importOk(raw: string) {
  const result = parseReviewImport(raw);
  if (!result.ok) throw new Error(result.error);
  return result.reviews;
}

describe("parseReviewImport", () => {
  it("reads back what was exported, single or bundled", () => {
    expect(importOk(exportReviewJson(demoReview(), LATER))).toEqual([demoReview()]);
    expect(importOk(exportBundleJson([demoReview(), hostileReview()], LATER))).toEqual([demoReview(), hostileReview()]);
  });

  it("rejects bad files with a clear reason", () => {
    const good = JSON.parse(exportReviewJson(demoReview(), LATER));
    const cases: Array<[string, RegExp]> = [
      ["{ not json", /^the file is not JSON/],
      ["[1, 2]", /not a Sourcelight review export/],
      [JSON.stringify({ format: "something-else" }), /not a Sourcelight review export/],
      [JSON.stringify({ ...good, schemaVersion: 3 }), /newer Sourcelight \(schemaVersion 3\)/],
      [JSON.stringify({ ...good, schemaVersion: 1 }), /does not match the review format: schemaVersion/],
      [JSON.stringify({ ...good, marks: [{ ...good.marks[0], status: "maybe" }] }), /marks\.0\.status/],
      [JSON.stringify({ ...good, marks: [{ ...good.marks[2], reason: null }] }), /a dismissed mark needs a reason/],
      [JSON.stringify({ ...good, marks: [good.marks[0], good.marks[0]] }), /is inconsistent: marks\.1: two marks on the same passage/],
      [JSON.stringify({ ...good, key: "javascript:alert(1)" }), /is not an article key/],
      [exportBundleJson([demoReview(), demoReview()], LATER), /appears twice/],
    ];
    for (const [raw, reason] of cases) {
      const result = parseReviewImport(raw);
      expect(result.ok, raw.slice(0, 80)).toBe(false);
      if (!result.ok) expect(result.error).toMatch(reason);
    }
  });

  it("refuses a file that is too large before parsing it", () => {
    const result = parseReviewImport(`{"pad": "${"é".repeat(600)}"}`, 1000);
    expect(result).toEqual({ ok: false, error: expect.stringContaining("too large") });
  });
});

describe("merging an import", () => {
  it("treats identical marks as no-ops", () => {
    const result = mergeReview(demoReview(), demoReview(), LATER);
    expect(result).toMatchObject({ added: [], unchanged: 4, conflicts: [] });
    expect(result.review).toEqual(demoReview());
  });

  it("adds marks the stored review lacks, attached to the stored claims", () => {
    const full = demoReview();
    const partial = removeMark(full, full.marks[0]!.target, NOW);
    const result = mergeReview(partial, full, LATER);
    expect(result.added).toHaveLength(1);
    expect(markOf(result.review, "claim", "c1")?.status).toBe("disputed");
    expect(result.review.marks).toHaveLength(4);
  });

  it("returns differing marks as conflicts with both versions and overwrites nothing", () => {
    const stored = demoReview();
    const incoming = { ...stored, marks: stored.marks.map((m, i) => (i === 1 ? { ...m, status: "disputed" as const, note: "wrong after all", updatedAt: LATER } : m)) };
    const result = mergeReview(stored, incoming, LATER);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({ key: ARTICLE_KEY, stored: { status: "verified" }, incoming: { status: "disputed" } });
    expect(result.review).toEqual(stored);
    expect(resolveConflict(result.review, result.conflicts[0]!, "stored", LATER)).toEqual(stored);
    const taken = resolveConflict(result.review, result.conflicts[0]!, "incoming", LATER);
    expect(markOf(taken, "claim", "c3")).toMatchObject({ status: "disputed", note: "wrong after all", createdAt: NOW, updatedAt: LATER });
  });

  it("imports through the store: nothing stored is lost, conflicts come back", async () => {
    const storage = new MemoryStorage();
    const store = new ReviewStore(storage, () => LATER);
    const stored = demoReview();
    await store.save(removeMark(stored, stored.marks[0]!.target, NOW));
    const incoming = { ...stored, marks: stored.marks.map((m, i) => (i === 1 ? { ...m, note: "different" } : m)) };
    const summary = await store.importReviews(importOk(exportBundleJson([incoming, hostileReview()], LATER)));
    expect(summary).toMatchObject({ added: 2, unchanged: 2, corrupt: [], errors: [] });
    expect(summary.conflicts.map((c) => [c.stored.note, c.incoming.note])).toEqual([["", "different"]]);
    const loaded = await store.load(ARTICLE_KEY);
    expect(loaded.status === "ok" && loaded.review.marks.map((m) => m.note)).toEqual(["", "", "", stored.marks[0]!.note]);
    expect((await store.loadAll()).reviews).toHaveLength(2);
  });
});
