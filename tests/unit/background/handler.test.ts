import { describe, expect, it, vi } from "vitest";
import { analyse } from "../../../src/core/analyse";
import { createRegistry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import { badgeFor } from "../../../src/background/badge";
import { createBackground } from "../../../src/background/handler";
import { contentSender, EXTENSION_ID, fakePlatform, popupSender, type FakePlatform } from "../fakes/platform";
import { pageScanned, SAMPLE_TEXT } from "../fakes/scan";
import { extractClaims } from "../../../src/core/extract";
import { extractChunks } from "../../../src/core/extract/chunked";
import { chunkTexts } from "../../../src/core/text/chunks";
import { MAX_TEXT_CHARS, MAX_TEXT_PIECES } from "../../../src/protocol/messages";

const registry = createRegistry(bundledEntries());
const TAB = 7;

function setUp(platform: FakePlatform = fakePlatform(), scanTimeoutMs = 2_000) {
  const background = createBackground(platform, { registry, scanTimeoutMs, now: () => 1_000 });
  // Injection runs a "content script" that reports the page, as the real one does.
  platform.onInject = async (tabId) => {
    queueMicrotask(() => void background.handle(pageScanned(), contentSender(tabId)));
  };
  return { platform, background };
}

describe("who may send messages", () => {
  it("refuses other extensions and senders that are neither our pages nor a tab", async () => {
    const { background } = setUp();
    const foreign = await background.handle({ type: "get-tab-state", tabId: TAB }, { ...popupSender, id: "someone-else" });
    expect(foreign).toMatchObject({ ok: false, code: "forbidden" });
    const nowhere = await background.handle({ type: "get-tab-state", tabId: TAB }, { id: EXTENSION_ID, url: "https://x.example/", tabId: undefined });
    expect(nowhere).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("does not let a content script make popup requests", async () => {
    const { background, platform } = setUp();
    const reply = await background.handle({ type: "scan-tab", tabId: 99 }, contentSender(TAB));
    expect(reply).toMatchObject({ ok: false, code: "invalid" });
    expect(platform.sentToTabs).toEqual([]);
  });

  it("refuses malformed requests", async () => {
    const { background } = setUp();
    expect(await background.handle({ type: "get-tab-state" }, popupSender)).toMatchObject({ ok: false, code: "invalid" });
    expect(await background.handle("scan", popupSender)).toMatchObject({ ok: false, code: "invalid" });
  });
});

describe("a scan result from the page", () => {
  it("is extracted and analysed, stored for the tab, shown on the badge and sent back with highlight options", async () => {
    const { background, platform } = setUp();
    const message = pageScanned();
    const reply = await background.handle(message, contentSender(TAB));
    const expected = analyse(SAMPLE_TEXT, extractChunks(chunkTexts(SAMPLE_TEXT), () => undefined).claims, message.meta, registry);
    expect(reply).toMatchObject({ ok: true, value: { report: expected, highlight: { content: true }, chunks: 1, reused: 0 } });
    expect(platform.session.data.get(`tab:${TAB}`)).toEqual({
      report: expected,
      url: "https://news.example/article",
      scannedAt: 1_000,
      highlightsVisible: true,
    });
    expect(platform.badges.get(TAB)).toEqual(badgeFor(expected));
  });

  it("follows the user's setting for content highlights", async () => {
    const { background, platform } = setUp();
    await platform.local.set("settings", { highlightContent: false });
    const reply = await background.handle(pageScanned(), contentSender(TAB));
    expect(reply).toMatchObject({ ok: true, value: { highlight: { content: false } } });
  });

  it("re-extracts only the chunks a rescan sent as new text", async () => {
    let calls = 0;
    const platform = fakePlatform();
    const background = createBackground(platform, { registry, now: () => 1_000, extract: (text) => (calls++, extractClaims(text)) });
    const article = Array.from({ length: 200 }, (_, i) => `Officials in district ${i} said the bridge would open in March.`).join("\n\n");
    const first = await background.handle(pageScanned(article), contentSender(TAB));
    if (!first.ok) throw new Error(first.error);
    const { scan, chunks, report } = first.value as { scan: string; chunks: number; report: { claims: unknown[] } };
    expect(calls).toBe(chunks);
    calls = 0;
    const pieces = chunkTexts(article).map((chunk, same) => (same === 0 ? `Update: the mayor said so.\n\n${chunk}` : { same }));
    const rescan = await background.handle({ ...pageScanned(), base: scan, pieces, rescan: true }, contentSender(TAB));
    expect(rescan).toMatchObject({ ok: true, value: { chunks, reused: chunks - 1 } });
    expect(calls).toBe(1);
    const stored = platform.session.data.get(`tab:${TAB}`) as { report: { claims: unknown[] } };
    expect(stored.report.claims.length).toBe(report.claims.length + extractClaims("Update: the mayor said so.").length);
  });

  it("answers stale to a reference to a scan it does not hold (a restarted worker), then takes the whole text", async () => {
    const { background, platform } = setUp();
    const reply = await background.handle({ ...pageScanned(), base: "before-restart-1", pieces: [{ same: 0 }] }, contentSender(TAB));
    expect(reply).toMatchObject({ ok: false, code: "stale" });
    expect(platform.session.data.size).toBe(0);
    // The whole text then goes through.
    expect(await background.handle(pageScanned(), contentSender(TAB))).toMatchObject({ ok: true });
  });

  it("says which limit a page's text exceeded", async () => {
    const { background } = setUp();
    const tooLong = { ...pageScanned(), pieces: ["x".repeat(MAX_TEXT_CHARS / 2), "y".repeat(MAX_TEXT_CHARS / 2 + 1)] };
    expect(await background.handle(tooLong, contentSender(TAB))).toMatchObject({ ok: false, code: "invalid", error: expect.stringMatching(/too long to scan/) });
    const tooMany = { ...pageScanned(), pieces: Array.from({ length: MAX_TEXT_PIECES + 1 }, () => "a") };
    expect(await background.handle(tooMany, contentSender(TAB))).toMatchObject({ ok: false, code: "invalid", error: expect.stringMatching(/50,000 pieces/) });
    expect(await background.handle({ ...pageScanned(), pieces: [{ same: -1 }] }, contentSender(TAB))).toMatchObject({
      ok: false,
      error: "The page sent a malformed scan.",
    });
  });
});

describe("popup requests", () => {
  it("scan-tab injects the content script and answers with the new state", async () => {
    const { background } = setUp();
    const reply = await background.handle({ type: "scan-tab", tabId: TAB }, popupSender);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.value).toMatchObject({ url: "https://news.example/article", highlightsVisible: true });
    expect(await background.handle({ type: "get-tab-state", tabId: TAB }, popupSender)).toEqual(reply);
  });

  it("scan-tab reports a page the browser will not let us script as restricted", async () => {
    const { background, platform } = setUp();
    platform.onInject = async () => {
      throw new Error('Cannot access contents of url "chrome://settings/". Extension manifest must request permission.');
    };
    expect(await background.handle({ type: "scan-tab", tabId: TAB }, popupSender)).toMatchObject({ ok: false, code: "restricted" });
  });

  it("scan-tab fails at once when the page sends a malformed scan", async () => {
    // The clock stands still: the answer can only come from the malformed scan, not from the time-out
    // (a reply that waited for the time-out would run into the test time-out instead).
    vi.useFakeTimers();
    try {
      const { background, platform } = setUp(fakePlatform(), 5_000);
      platform.onInject = async (tabId) => {
        queueMicrotask(() => void background.handle({ type: "page-text", base: null, pieces: 42 }, contentSender(tabId)));
      };
      expect(await background.handle({ type: "scan-tab", tabId: TAB }, popupSender)).toMatchObject({ ok: false, code: "invalid" });
      // And the time-out is cleared, not left to fire later.
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("scan-tab passes on the content script's failure, and times out when the page never answers", async () => {
    const { background, platform } = setUp(fakePlatform(), 50);
    platform.onInject = async (tabId) => {
      queueMicrotask(() => void background.handle({ type: "page-scan-failed", error: "no body" }, contentSender(tabId)));
    };
    expect(await background.handle({ type: "scan-tab", tabId: TAB }, popupSender)).toEqual({ ok: false, code: "failed", error: "no body" });
    platform.onInject = async () => undefined;
    expect(await background.handle({ type: "scan-tab", tabId: TAB }, popupSender)).toMatchObject({ ok: false, code: "timeout" });
  });

  it("get-tab-state is null before a scan, and survives a restarted worker", async () => {
    const { background, platform } = setUp();
    expect(await background.handle({ type: "get-tab-state", tabId: TAB }, popupSender)).toEqual({ ok: true, value: null });
    await background.handle(pageScanned(), contentSender(TAB));
    const restarted = setUp(fakePlatform(platform.session)).background;
    const reply = await restarted.handle({ type: "get-tab-state", tabId: TAB }, popupSender);
    expect(reply).toMatchObject({ ok: true, value: { highlightsVisible: true } });
  });

  it("reveal-claim relays to the tab and returns its answer", async () => {
    const { background, platform } = setUp();
    platform.tabReply = async () => ({ ok: true, value: false });
    expect(await background.handle({ type: "reveal-claim", tabId: TAB, claimId: "c2" }, popupSender)).toEqual({ ok: true, value: false });
    expect(platform.sentToTabs).toEqual([{ tabId: TAB, message: { type: "reveal", claimId: "c2" } }]);
    platform.tabReply = async () => "garbage";
    expect(await background.handle({ type: "reveal-claim", tabId: TAB, claimId: "c2" }, popupSender)).toMatchObject({ ok: false, code: "failed" });
  });

  it("set-highlights clears and restores the page's highlights and remembers the choice", async () => {
    const { background, platform } = setUp();
    expect(await background.handle({ type: "set-highlights", tabId: TAB, visible: false }, popupSender)).toMatchObject({ ok: false, code: "invalid" });
    const scanned = await background.handle(pageScanned(), contentSender(TAB));
    const off = await background.handle({ type: "set-highlights", tabId: TAB, visible: false }, popupSender);
    expect(off).toMatchObject({ ok: true, value: { highlightsVisible: false } });
    expect(platform.sentToTabs.at(-1)).toEqual({ tabId: TAB, message: { type: "clear" } });
    await background.handle({ type: "set-highlights", tabId: TAB, visible: true }, popupSender);
    expect(platform.sentToTabs.at(-1)).toEqual({
      tabId: TAB,
      message: { type: "highlight", report: scanned.ok ? (scanned.value as { report: unknown }).report : null, highlight: { content: true } },
    });
  });

  it("the keyboard shortcut scans a new tab, then turns its highlights off and on", async () => {
    const { background, platform } = setUp();
    expect(await background.toggleTab(TAB)).toMatchObject({ highlightsVisible: true });
    expect(platform.session.data.has(`tab:${TAB}`)).toBe(true);
    expect(await background.toggleTab(TAB)).toMatchObject({ highlightsVisible: false });
    expect(platform.sentToTabs.at(-1)?.message).toEqual({ type: "clear" });
    expect(await background.toggleTab(TAB)).toMatchObject({ highlightsVisible: true });
    expect(platform.sentToTabs.at(-1)?.message).toMatchObject({ type: "highlight" });
  });

  it("forgets a tab", async () => {
    const { background, platform } = setUp();
    await background.handle(pageScanned(), contentSender(TAB));
    await background.forgetTab(TAB);
    expect(platform.session.data.has(`tab:${TAB}`)).toBe(false);
  });
});
