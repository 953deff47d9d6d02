import { describe, expect, it } from "vitest";
import { migrateReview, type ReviewV1 } from "../../../src/core/review/migrate";
import { reattachReview } from "../../../src/core/review/reattach";
import { claimTarget, createReview, setMark } from "../../../src/core/review/review";
import { openReview } from "../../../src/core/review/session";
import { BACKUP_PREFIX, QUARANTINE_PREFIX, ReviewStore } from "../../../src/core/review/store";
import { ARTICLE_TEXT, buildReport, NOW } from "./fixtures";
import { MemoryStorage } from "./memory-storage";

const KEY = "https://news.example/world/deaths";

function markedReview() {
  const report = buildReport(ARTICLE_TEXT);
  const result = setMark(createReview(report, KEY, NOW), { target: claimTarget(ARTICLE_TEXT, report.claims[1]!), status: "verified", note: "CSIS page checked" }, NOW);
  if (!result.ok) throw new Error(result.error);
  return result.review;
}

function v1Record(): ReviewV1 {
  const cue = ARTICLE_TEXT.indexOf("said", ARTICLE_TEXT.indexOf("Officials"));
  const officials = ARTICLE_TEXT.indexOf("Officials");
  return {
    schemaVersion: 1,
    url: "https://NEWS.example/world/deaths?utm_campaign=x#comments",
    title: "Russian military deaths surge",
    savedAt: "2025-05-01T10:00:00Z",
    marks: [
      {
        targetType: "claim",
        targetId: "claim-7",
        quote: { exact: "said", prefix: ARTICLE_TEXT.slice(cue - 32, cue), suffix: ARTICLE_TEXT.slice(cue + 4, cue + 36) },
        status: "ok",
        note: "confirmed by phone",
        markedAt: "2025-05-01T09:00:00Z",
      },
      {
        targetType: "finding",
        targetId: "finding-2",
        findingKind: "vague-source",
        quote: { exact: "Officials", prefix: ARTICLE_TEXT.slice(officials - 32, officials), suffix: ARTICLE_TEXT.slice(officials + 9, officials + 41) },
        status: "wrong",
        note: "",
        markedAt: "2025-05-01T09:05:00Z",
      },
    ],
  };
}

describe("ReviewStore", () => {
  it("saves and loads a review unchanged", async () => {
    const store = new ReviewStore(new MemoryStorage(), () => NOW);
    const review = markedReview();
    expect(await store.save(review)).toEqual({ ok: true });
    expect(await store.load(KEY)).toEqual({ status: "ok", review, migratedFrom: null });
    expect(await store.load("https://other.example/")).toEqual({ status: "missing" });
  });

  it("refuses to write an invalid review and keeps what was stored", async () => {
    const storage = new MemoryStorage();
    const store = new ReviewStore(storage, () => NOW);
    const review = markedReview();
    await store.save(review);
    const broken = { ...review, marks: [{ ...review.marks[0]!, status: "dismissed" as const, reason: null }] };
    const result = await store.save(broken);
    expect(result).toEqual({ ok: false, error: expect.stringContaining("a dismissed mark needs a reason") });
    expect(await store.load(KEY)).toMatchObject({ status: "ok", review });
  });

  it("quarantines a corrupt record, reports it and still loads the others", async () => {
    const storage = new MemoryStorage();
    const store = new ReviewStore(storage, () => NOW);
    await store.save(markedReview());
    const badKey = ReviewStore.storageKey("https://bad.example/a");
    await storage.set(badKey, { schemaVersion: 2, key: "https://bad.example/a", marks: "garbage" });
    const all = await store.loadAll();
    expect(all.reviews.map((r) => r.key)).toEqual([KEY]);
    expect(all.corrupt).toEqual([{ storageKey: badKey, quarantineKey: expect.stringMatching(`^${QUARANTINE_PREFIX}`), error: expect.any(String) }]);
    expect(await storage.get(badKey)).toBeUndefined();
    const [kept] = await store.quarantined();
    expect(kept).toMatchObject({ storageKey: badKey, raw: { marks: "garbage" }, quarantinedAt: NOW });
  });

  it("quarantines a record from a newer version instead of dropping it", async () => {
    const storage = new MemoryStorage();
    const store = new ReviewStore(storage, () => NOW);
    await storage.set(ReviewStore.storageKey(KEY), { schemaVersion: 9, key: KEY });
    const result = await store.load(KEY);
    expect(result).toMatchObject({ status: "corrupt", error: expect.stringContaining("newer Sourcelight") });
    expect((await store.quarantined())[0]?.raw).toEqual({ schemaVersion: 9, key: KEY });
  });

  it("keeps two quarantined copies of the same key apart", async () => {
    const storage = new MemoryStorage();
    const store = new ReviewStore(storage, () => NOW);
    for (const raw of ["first", "second"]) {
      await storage.set(ReviewStore.storageKey(KEY), raw);
      await store.load(KEY);
    }
    expect((await store.quarantined()).map((q) => q.raw).sort()).toEqual(["first", "second"]);
  });
});

describe("migration from version 1", () => {
  it("turns a version 1 record into a valid version 2 review", () => {
    const result = migrateReview(v1Record());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.from).toBe(1);
    expect(result.review.key).toBe(KEY);
    expect(result.review.marks.map((m) => [m.target.type, m.status, m.note])).toEqual([
      ["claim", "verified", "confirmed by phone"],
      ["finding", "disputed", ""],
    ]);
    expect(result.review.marks[0]!.target).toMatchObject({ claimId: null, cue: { start: null, quote: { exact: "said" } } });
  });

  it("migrates on load, keeps the original as a backup, and the marks attach at the next scan", async () => {
    const storage = new MemoryStorage();
    const store = new ReviewStore(storage, () => NOW);
    await storage.set(ReviewStore.storageKey(KEY), v1Record());
    const loaded = await store.load(KEY);
    expect(loaded).toMatchObject({ status: "ok", migratedFrom: 1 });
    expect(await storage.get(`${BACKUP_PREFIX}v1:${ReviewStore.storageKey(KEY)}`)).toEqual(v1Record());
    expect(await store.load(KEY)).toMatchObject({ status: "ok", migratedFrom: null });
    if (loaded.status !== "ok") return;
    const attached = reattachReview(loaded.review, buildReport(ARTICLE_TEXT), ARTICLE_TEXT, NOW);
    expect(attached.orphaned).toEqual([]);
    expect(attached.attached.map((a) => `${a.type}:${a.id}`)).toEqual(["finding:cf1", "claim:c3"]);
  });

  it("keeps both of two version 1 marks on the same words", () => {
    const v1 = v1Record();
    v1.marks.push({ ...v1.marks[0]!, status: "wrong", note: "on second thought", markedAt: "2025-05-02T09:00:00Z" });
    const result = migrateReview(v1);
    expect(result.ok && result.review.marks[0]).toMatchObject({ status: "disputed", note: "on second thought\nEarlier mark (version 1): verified: confirmed by phone" });
  });

  it("says what is wrong with an unreadable version 1 record", () => {
    const v1 = { ...v1Record(), marks: [{ ...v1Record().marks[1]!, findingKind: undefined }] };
    expect(migrateReview(v1)).toEqual({ ok: false, error: expect.stringContaining("findingKind") });
    expect(migrateReview(null)).toEqual({ ok: false, error: "not a review object" });
    expect(migrateReview({ marks: [] })).toEqual({ ok: false, error: "no schemaVersion" });
  });
});

describe("openReview", () => {
  const page = { canonicalUrl: null, url: "https://news.example/world/deaths?utm_source=feed#c" };

  it("starts a fresh review for an article never reviewed", async () => {
    const result = await openReview(new ReviewStore(new MemoryStorage(), () => NOW), buildReport(ARTICLE_TEXT), ARTICLE_TEXT, page, NOW);
    expect(result).toMatchObject({ ok: true, stored: false, attached: [], orphaned: [], corrupt: null, review: { key: KEY, marks: [] } });
  });

  it("attaches the stored marks to the new scan", async () => {
    const store = new ReviewStore(new MemoryStorage(), () => NOW);
    await store.save(markedReview());
    const result = await openReview(store, buildReport(ARTICLE_TEXT, "r"), ARTICLE_TEXT, page, NOW);
    expect(result.ok && result.attached.map((a) => a.id)).toEqual(["r2"]);
  });

  it("reports an unreadable stored review and starts afresh", async () => {
    const storage = new MemoryStorage();
    await storage.set(ReviewStore.storageKey(KEY), "{oops");
    const result = await openReview(new ReviewStore(storage, () => NOW), buildReport(ARTICLE_TEXT), ARTICLE_TEXT, page, NOW);
    expect(result).toMatchObject({ ok: true, stored: false, corrupt: { storageKey: ReviewStore.storageKey(KEY), error: "not a review object" } });
  });

  it("refuses a page without an address", async () => {
    const result = await openReview(new ReviewStore(new MemoryStorage()), buildReport(ARTICLE_TEXT), ARTICLE_TEXT, { canonicalUrl: null, url: null }, NOW);
    expect(result).toEqual({ ok: false, error: expect.stringContaining("no web or file address") });
  });
});
