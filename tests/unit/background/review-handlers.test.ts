import { describe, expect, it } from "vitest";
import { createRegistry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import { exportReviewJson } from "../../../src/core/review/export-json";
import { ReviewStore } from "../../../src/core/review/store";
import { createBackground } from "../../../src/background/handler";
import { reviewStorage } from "../../../src/platform/review-storage";
import { ReviewStateSchema, type ReviewState } from "../../../src/protocol/review-messages";
import { contentSender, fakePlatform, popupSender, type FakePlatform } from "../fakes/platform";
import { pageScanned, SAMPLE_TEXT } from "../fakes/scan";

const registry = createRegistry(bundledEntries());
const TAB = 3;
const KEY = "sourcelight.review:https://news.example/article";

function setUp(platform: FakePlatform = fakePlatform()) {
  let clock = Date.parse("2026-11-26T10:00:00Z");
  const background = createBackground(platform, { registry, now: () => (clock += 1000) });
  const scan = async (text = SAMPLE_TEXT) => expect(await background.handle(pageScanned(text), contentSender(TAB))).toMatchObject({ ok: true });
  const ask = (message: object) => background.handle(message, popupSender);
  const review = async (): Promise<ReviewState> => {
    const reply = await ask({ type: "get-review", tabId: TAB });
    if (!reply.ok) throw new Error(reply.error);
    return ReviewStateSchema.parse(reply.value);
  };
  return { platform, background, scan, ask, review };
}

describe("the review storage adapter", () => {
  it("reads, writes and lists storage.local by prefix", async () => {
    const platform = fakePlatform();
    const storage = reviewStorage(platform);
    await storage.set("sourcelight.review:a", 1);
    await storage.set("settings", 2);
    expect(await storage.list("sourcelight.review:")).toEqual(["sourcelight.review:a"]);
    expect(await storage.get("sourcelight.review:a")).toBe(1);
    await storage.remove("sourcelight.review:a");
    expect(await storage.list("sourcelight.")).toEqual([]);
  });

  it("lets the store quarantine a corrupt record and still load the others", async () => {
    const platform = fakePlatform();
    platform.local.data.set("sourcelight.review:https://broken.example/", { schemaVersion: 99 });
    const store = new ReviewStore(reviewStorage(platform));
    const { reviews, corrupt } = await store.loadAll();
    expect(reviews).toEqual([]);
    expect(corrupt).toHaveLength(1);
    expect((await store.quarantined())[0]!.raw).toEqual({ schemaVersion: 99 });
  });
});

describe("marking claims from the popup", () => {
  it("stores nothing until a mark is made, then keeps it on the same words after a rescan of an edited page", async () => {
    const { platform, scan, ask, review } = setUp();
    await scan();
    const first = await review();
    expect(first.stored).toBe(false);
    expect(platform.local.data.has(KEY)).toBe(false);
    const claim = first.review.claims.find((c) => c.cue.text === "stated")!;
    const marked = await ask({ type: "set-mark", tabId: TAB, target: { type: "claim", id: claim.id }, status: "disputed", reason: null, note: "No such quote." });
    expect(marked).toMatchObject({ ok: true });
    expect(platform.local.data.has(KEY)).toBe(true);

    await scan(`Editor's note: this story was updated. ${SAMPLE_TEXT}`);
    const after = await review();
    const mark = after.review.marks[0]!;
    const attachedTo = after.review.claims.find((c) => mark.target.type === "claim" && c.id === mark.target.claimId);
    expect(attachedTo?.cue.text).toBe("stated");
    expect(attachedTo!.cue.start).toBe(claim.cue.start + "Editor's note: this story was updated. ".length);
    expect(mark).toMatchObject({ status: "disputed", note: "No such quote." });
    expect(after.orphans).toEqual([]);
  });

  it("shows a mark whose passage was removed as orphaned, never on another claim", async () => {
    const { scan, ask, review } = setUp();
    await scan();
    const claim = (await review()).review.claims.find((c) => c.cue.text === "stated")!;
    await ask({ type: "set-mark", tabId: TAB, target: { type: "claim", id: claim.id }, status: "verified", reason: null, note: "" });
    await scan(SAMPLE_TEXT.slice(0, SAMPLE_TEXT.indexOf("“")));
    const after = await review();
    expect(after.orphans).toHaveLength(1);
    expect(after.review.marks[0]!.target).toMatchObject({ claimId: null });
  });

  it("refuses a dismissal without a reason and keeps what is stored", async () => {
    const { platform, scan, ask, review } = setUp();
    await scan();
    const [claim] = (await review()).review.claims;
    await ask({ type: "set-mark", tabId: TAB, target: { type: "claim", id: claim!.id }, status: "verified", reason: null, note: "ok" });
    const stored = platform.local.data.get(KEY);
    const refused = await ask({ type: "set-mark", tabId: TAB, target: { type: "claim", id: claim!.id }, status: "dismissed", reason: " ", note: "" });
    expect(refused).toMatchObject({ ok: false, code: "invalid" });
    expect(platform.local.data.get(KEY)).toEqual(stored);
  });

  it("clears a mark, and refuses ids that are not in the report and tabs not scanned", async () => {
    const { scan, ask, review } = setUp();
    expect(await ask({ type: "get-review", tabId: TAB })).toMatchObject({ ok: false, code: "invalid" });
    await scan();
    const [claim] = (await review()).review.claims;
    const target = { type: "claim", id: claim!.id };
    await ask({ type: "set-mark", tabId: TAB, target, status: "verified", reason: null, note: "" });
    expect((await review()).review.marks).toHaveLength(1);
    await ask({ type: "clear-mark", tabId: TAB, target });
    expect((await review()).review.marks).toHaveLength(0);
    expect(await ask({ type: "clear-mark", tabId: TAB, target: { type: "finding", id: "nope" } })).toMatchObject({ ok: false, code: "invalid" });
  });
});

describe("importing a review", () => {
  it("adds nothing twice, returns a differing mark as a conflict, and applies the user's choice", async () => {
    const { platform, scan, ask, review } = setUp();
    await scan();
    const [claim] = (await review()).review.claims;
    await ask({ type: "set-mark", tabId: TAB, target: { type: "claim", id: claim!.id }, status: "verified", reason: null, note: "mine" });
    const exported = exportReviewJson((await review()).review, "2026-11-26T11:00:00Z");

    expect(await ask({ type: "import-reviews", text: exported })).toMatchObject({ ok: true, value: { added: 0, unchanged: 1, conflicts: [] } });

    const theirs = JSON.parse(exported);
    theirs.marks[0].note = "theirs";
    const reply = await ask({ type: "import-reviews", text: JSON.stringify(theirs) });
    if (!reply.ok) throw new Error(reply.error);
    const { conflicts } = reply.value as { conflicts: Array<{ stored: { note: string }; incoming: { note: string } }> };
    expect(conflicts.map((c) => [c.stored.note, c.incoming.note])).toEqual([["mine", "theirs"]]);
    expect((await review()).review.marks[0]!.note).toBe("mine");

    expect(await ask({ type: "resolve-conflict", conflict: conflicts[0], keep: "incoming" })).toEqual({ ok: true, value: true });
    expect((await review()).review.marks[0]!.note).toBe("theirs");
    expect(platform.local.data.size).toBeGreaterThan(0);
  });

  it("answers a bad file with one sentence and keeps the stored marks", async () => {
    const { platform, scan, ask, review } = setUp();
    await scan();
    const [claim] = (await review()).review.claims;
    await ask({ type: "set-mark", tabId: TAB, target: { type: "claim", id: claim!.id }, status: "verified", reason: null, note: "" });
    const before = structuredClone(platform.local.data);
    for (const text of ["not json", "{}", JSON.stringify({ format: "sourcelight-review", schemaVersion: 99 })]) {
      const reply = await ask({ type: "import-reviews", text });
      expect(reply).toMatchObject({ ok: false, code: "invalid" });
      expect(reply.ok ? "" : reply.error).toMatch(/\S/);
    }
    expect(platform.local.data).toEqual(before);
  });
});

describe("the next/previous review shortcuts", () => {
  it("show the claims and findings in reading order in the page, wrap around, and start again after a rescan", async () => {
    const { platform, background, scan, review } = setUp();
    await scan();
    const { review: current } = await review();
    const revealed = () => platform.sentToTabs.filter((sent) => (sent.message as { type: string }).type === "reveal").map((sent) => (sent.message as { claimId: string }).claimId);
    const total = current.claims.length + current.findings.length;
    for (let n = 0; n < total + 1; n++) expect(await background.stepHighlight(TAB, 1)).toBe(true);
    const order = revealed();
    expect(order).toHaveLength(total + 1);
    expect(order[total]).toBe(order[0]);
    for (const claim of current.claims) expect(order).toContain(claim.id);
    // Claims come in reading order: the first shown begins before the last.
    const startOf = (id: string) => current.claims.find((c) => c.id === id)!.cue.start;
    expect(startOf(order[0]!)).toBeLessThan(startOf(order[total - 1]!));
    expect((await review()).cursor).not.toBeNull();
    await background.stepHighlight(TAB, -1);
    expect(revealed().at(-1)).toBe(order[total - 1]);
    await scan();
    expect((await review()).cursor).toBeNull();
  });
});
