// @vitest-environment jsdom
/** @jsxImportSource preact */
/**
 * Stored data faults, seen by the user, on the real background with an in-memory platform.
 * Browser storage full (storage.local rejects every write): the options page's registry editor
 * and the popup's review panel keep the user's edit and say clearly that nothing was saved.
 * A corrupt stored review: set aside under a quarantine key, the user told, nothing deleted.
 */
import { render } from "preact";
import { act } from "preact/test-utils";
import { describe, expect, it } from "vitest";
import { createRegistry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import { createBackground } from "../../../src/background/handler";
import { STORAGE_FULL } from "../../../src/background/failure-message";
import { registryLayers, USER_ENTRIES_KEY } from "../../../src/background/registry-layers";
import { optionsApi } from "../../../src/options/api";
import { OptionsPage } from "../../../src/options/OptionsPage";
import { QUARANTINE_PREFIX, ReviewStore } from "../../../src/core/review/store";
import { articleKey } from "../../../src/core/review/url-key";
import { setMessageLookup } from "../../../src/ui/i18n";
import { reviewApi } from "../../../src/popup/review/review-api";
import { ReviewPanel } from "../../../src/popup/review/ReviewPanel";
import { englishLookup } from "../fakes/i18n";
import { contentSender, fakePlatform, popupSender } from "../fakes/platform";
import { pageScanned } from "../fakes/scan";

setMessageLookup(englishLookup);
const bundled = bundledEntries();
const TAB = 3;

function setUp(url: string) {
  const platform = fakePlatform();
  const background = createBackground(platform, { registry: createRegistry(bundled), layers: registryLayers(platform.local, () => bundled) });
  platform.backgroundReply = (message) => background.handle(message, { ...popupSender, url });
  const fill = () => {
    platform.local.set = async () => {
      throw new Error("QUOTA_BYTES quota exceeded");
    };
  };
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  return { platform, background, fill, root };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
};
const type = async (element: Element | null, value: string) => {
  await act(async () => {
    (element as HTMLInputElement).value = value;
    element!.dispatchEvent(new Event("input", { bubbles: true }));
    element!.dispatchEvent(new Event("change", { bubbles: true }));
  });
};
const click = async (element: Element | null) => {
  await act(async () => (element as HTMLElement).click());
  await settle();
};

describe("storage full", () => {
  it("the registry editor keeps the new entry in its form and says it was not saved", async () => {
    const { platform, fill, root } = setUp("chrome-extension://sourcelight-test-id/options.html");
    await act(async () => render(<OptionsPage platform={platform} api={optionsApi(platform)} />, root));
    await settle();
    fill();
    await click(root.querySelector('button[name="add-entry"]'));
    const form = root.querySelector(".entry-form")!;
    await type(form.querySelector('[name="name"]'), "Kyiv Monitor");
    await type(form.querySelector('[name="id"]'), "kyiv-monitor");
    await act(async () => void form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true })));
    await settle();
    expect(form.querySelector('[role="alert"]')?.textContent).toBe(STORAGE_FULL);
    expect(root.querySelector(".entry-form")).toBe(form);
    expect((form.querySelector('[name="name"]') as HTMLInputElement).value).toBe("Kyiv Monitor");
    expect((form.querySelector('[name="id"]') as HTMLInputElement).value).toBe("kyiv-monitor");
    expect(platform.local.data.has(USER_ENTRIES_KEY)).toBe(false);
  });

  it("the review panel keeps the mark and note being edited and says it was not saved", async () => {
    const { platform, background, fill, root } = setUp("chrome-extension://sourcelight-test-id/popup.html");
    await background.handle(pageScanned(), contentSender(TAB));
    await act(async () => render(<ReviewPanel api={reviewApi(platform)} tabId={TAB} scannedAt={1} />, root));
    await settle();
    const item = root.querySelector("[data-review-item]")!;
    expect(item).not.toBeNull();
    fill();
    await click(item.querySelector('[data-status="disputed"]'));
    await type(item.querySelector("textarea"), "Checked with the ministry: wrong figure.");
    await click(item.querySelector("button.primary"));
    expect(root.querySelector('.review-error[role="alert"]')?.textContent).toBe(STORAGE_FULL);
    const after = root.querySelector(`[data-review-item="${item.getAttribute("data-review-item")}"]`)!;
    expect(after.getAttribute("data-mark")).toBe("none");
    expect((after.querySelector("textarea") as HTMLTextAreaElement).value).toBe("Checked with the ministry: wrong figure.");
    expect(after.querySelector('[data-status="disputed"]')?.getAttribute("aria-checked")).toBe("true");
  });
});

describe("a corrupt stored review", () => {
  it("is set aside under a quarantine key, whole, and the popup says so; a new review can start", async () => {
    const { platform, background, root } = setUp("chrome-extension://sourcelight-test-id/popup.html");
    const key = ReviewStore.storageKey(articleKey(null, "https://news.example/article")!);
    const corrupt = { schemaVersion: 1, key: "https://news.example/article", marks: "not a list", note: "the user's work" };
    await platform.local.set(key, corrupt);
    await background.handle(pageScanned(), contentSender(TAB));
    await act(async () => render(<ReviewPanel api={reviewApi(platform)} tabId={TAB} scannedAt={1} />, root));
    await settle();
    const alert = [...root.querySelectorAll('.review-error[role="alert"]')].map((p) => p.textContent).join(" ");
    expect(alert).toMatch(/^The stored review of this page could not be read and was set aside: /);
    const quarantined = [...platform.local.data.entries()].filter(([k]) => k.startsWith(QUARANTINE_PREFIX));
    expect(quarantined).toHaveLength(1);
    expect(alert).toContain(quarantined[0]![0]);
    expect(quarantined[0]![1]).toMatchObject({ storageKey: key, raw: corrupt });
    // The review list is there to start again.
    expect(root.querySelector("[data-review-item]")).not.toBeNull();
  });
});
