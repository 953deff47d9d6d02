/**
 * Faults the background meets in the wild, with the real handler and an in-memory platform:
 * a tab closed while its scan is in flight, browser storage that is full, and a worker stopped
 * while an extension page waits for its answer.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createRegistry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import { createBackground } from "../../../src/background/handler";
import { STORAGE_FULL, TAB_CLOSED } from "../../../src/background/failure-message";
import { registryLayers, USER_ENTRIES_KEY } from "../../../src/background/registry-layers";
import { BACKGROUND_GONE, requestBackground } from "../../../src/protocol/request";
import { contentSender, fakePlatform, popupSender } from "../fakes/platform";
import { pageScanned } from "../fakes/scan";

const bundled = bundledEntries();
const registry = createRegistry(bundled);
const TAB = 7;
const optionsSender = { ...popupSender, url: "chrome-extension://sourcelight-test-id/options.html" };

/** Whether `promise` settles before the event loop turns over once more (no timer can have fired). */
async function settlesNow(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(() => (settled = true), () => (settled = true));
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

describe("a tab closed mid-scan", () => {
  it("ends the waiting scan at once with a clear message, not at the time-out", async () => {
    const platform = fakePlatform();
    // A time-out far beyond the test: only the closed tab can end this scan in time.
    const background = createBackground(platform, { registry, scanTimeoutMs: 3_600_000 });
    platform.onInject = async () => undefined; // the content script is still reading the page
    const reply = background.handle({ type: "scan-tab", tabId: TAB }, popupSender);
    expect(await settlesNow(reply)).toBe(false);
    await background.tabClosed(TAB);
    expect(await settlesNow(reply)).toBe(true);
    expect(await reply).toEqual({ ok: false, code: "failed", error: TAB_CLOSED });
  });

  it.each(["Frame with ID 0 was removed."])("a tab gone during injection (%s) reads as closed", async (chromeError) => {
    const platform = fakePlatform();
    const background = createBackground(platform, { registry, scanTimeoutMs: 3_600_000 });
    platform.onInject = async () => {
      throw new Error(chromeError);
    };
    expect(await background.handle({ type: "scan-tab", tabId: TAB }, popupSender)).toEqual({ ok: false, code: "failed", error: TAB_CLOSED });
  });

  it("removes the tab's results and review state, and closing an unknown tab is quiet", async () => {
    const platform = fakePlatform();
    const background = createBackground(platform, { registry });
    await background.handle(pageScanned(), contentSender(TAB));
    expect(platform.session.data.has(`tab:${TAB}`)).toBe(true);
    await background.handle({ type: "get-review", tabId: TAB }, popupSender);
    await background.tabClosed(TAB);
    expect([...platform.session.data.keys()].filter((key) => key.includes(String(TAB)))).toEqual([]);
    await expect(background.tabClosed(12345)).resolves.toBeUndefined();
  });
});

describe("browser storage full", () => {
  function fullStorage() {
    const platform = fakePlatform();
    const background = createBackground(platform, { registry, layers: registryLayers(platform.local, () => bundled) });
    const fill = () => {
      platform.local.set = async () => {
        throw new Error("QUOTA_BYTES quota exceeded");
      };
    };
    return { platform, background, fill };
  }
  const entry = { id: "kyiv-monitor", name: "Kyiv Monitor", kind: "think-tank", country: "UA", aliases: [], description: "", parent: null, roles: [] };

  it("a registry entry that cannot be stored: a clear error, the stored entries unchanged", async () => {
    const { platform, background, fill } = fullStorage();
    expect(await background.handle({ type: "registry/user-save", entry, previousId: null }, optionsSender)).toMatchObject({ ok: true });
    const before = platform.local.data.get(USER_ENTRIES_KEY);
    fill();
    const reply = await background.handle({ type: "registry/user-save", entry: { ...entry, id: "other", name: "Other" }, previousId: null }, optionsSender);
    expect(reply).toEqual({ ok: false, code: "failed", error: STORAGE_FULL });
    expect(platform.local.data.get(USER_ENTRIES_KEY)).toEqual(before);
  });

  it("a review mark that cannot be stored: a clear error, the stored review unchanged", async () => {
    const { platform, background, fill } = fullStorage();
    await background.handle(pageScanned(), contentSender(TAB));
    const opened = await background.handle({ type: "get-review", tabId: TAB }, popupSender);
    expect(opened).toMatchObject({ ok: true });
    const claimId = (opened as { value: { review: { claims: { id: string }[] } } }).value.review.claims[0]!.id;
    const stored = new Map(platform.local.data);
    fill();
    const reply = await background.handle(
      { type: "set-mark", tabId: TAB, target: { type: "claim", id: claimId }, status: "disputed", reason: null, note: "Checked with the ministry." },
      popupSender,
    );
    expect(reply).toEqual({ ok: false, code: "failed", error: STORAGE_FULL });
    expect(platform.local.data).toEqual(stored);
  });

  it("Firefox's QuotaExceededError reads the same", async () => {
    const { platform, background, fill } = fullStorage();
    fill();
    platform.local.set = async () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
    const reply = await background.handle({ type: "registry/user-save", entry, previousId: null }, optionsSender);
    expect(reply).toEqual({ ok: false, code: "failed", error: STORAGE_FULL });
  });
});

describe("a worker stopped mid-request", () => {
  it("the page's request ends in a clear error that keeps the browser's words", async () => {
    const platform = fakePlatform();
    platform.backgroundReply = async () => {
      throw new Error("A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received");
    };
    const reply = await requestBackground(platform, { type: "scan-tab", tabId: TAB }, z.unknown());
    expect(reply).toMatchObject({ ok: false, code: "failed" });
    expect(!reply.ok && reply.error).toMatch(new RegExp(`^${BACKGROUND_GONE.replace(/[.;']/g, "\\$&")} \\(A listener indicated`));
  });
});
