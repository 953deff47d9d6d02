import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { createBackground } from "../../../src/background/handler";
import { ContentController } from "../../../src/content/controller";
import { createRegistry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import type { Report } from "../../../src/core/report";
import { contentSender, EXTENSION_ID, fakePlatform } from "../fakes/platform";

const DEMO = readFileSync(new URL("../../fixtures/pages/demo-article.html", import.meta.url), "utf8");
const TAB = 4;
const fromUs = { id: EXTENSION_ID, url: undefined, tabId: undefined };

/** A content script wired to a real background through fake extension messaging. */
function setUp() {
  const doc = new JSDOM(DEMO, { url: "https://united24media.com/latest-news/demo" }).window.document;
  const platform = fakePlatform();
  const background = createBackground(platform, { registry: createRegistry(bundledEntries()) });
  platform.backgroundReply = (message) => background.handle(message, contentSender(TAB));
  const controller = new ContentController(platform, doc);
  controller.listen();
  const send = (message: unknown, sender = fromUs) => platform.listeners[0]!(message, sender);
  return { doc, platform, controller, send };
}

describe("ContentController", () => {
  it("scans: sends the text and metadata, then highlights the report the background made of them", async () => {
    const { doc, platform, controller } = setUp();
    await controller.scan();
    const sent = platform.sentToBackground[0] as { type: string; base: null; pieces: string[]; meta: { url: string; title: string } };
    expect(sent.type).toBe("page-text");
    expect(sent.base).toBeNull();
    expect(sent.pieces.join("")).toContain("according to Bloomberg on November 30");
    expect(Object.keys(sent)).not.toContain("claims");
    expect(sent.meta.url).toBe("https://united24media.com/latest-news/demo");
    expect(doc.querySelectorAll("sourcelight-mark").length).toBeGreaterThan(0);
    expect(platform.session.data.has(`tab:${TAB}`)).toBe(true);
  });

  it("clears and re-highlights on the background's request, restoring the DOM exactly", async () => {
    const { doc, platform, controller, send } = setUp();
    const before = doc.body.innerHTML;
    await controller.scan();
    const { report } = platform.session.data.get(`tab:${TAB}`) as { report: Report };
    const marked = doc.body.innerHTML;
    expect(await send({ type: "clear" })).toEqual({ ok: true, value: true });
    expect(doc.body.innerHTML).toBe(before);
    expect(await send({ type: "highlight", report, highlight: { content: true } })).toEqual({ ok: true, value: true });
    expect(doc.body.innerHTML).toBe(marked);
    expect(await send({ type: "reveal", claimId: report.claims[0]!.id })).toEqual({ ok: true, value: true });
  });

  it("refuses to highlight a page whose text changed since the scan", async () => {
    const { doc, platform, controller, send } = setUp();
    await controller.scan();
    const { report } = platform.session.data.get(`tab:${TAB}`) as { report: Report };
    await send({ type: "clear" });
    doc.querySelector("article p:nth-of-type(3)")!.textContent = "Rewritten by the site.";
    expect(await send({ type: "highlight", report, highlight: { content: true } })).toMatchObject({ ok: false, code: "failed" });
    expect(doc.querySelectorAll("sourcelight-mark").length).toBe(0);
  });

  it("ignores messages from elsewhere and messages it does not know", async () => {
    const { send } = setUp();
    expect(send({ type: "clear" }, { id: "other-extension", url: undefined, tabId: undefined })).toBeUndefined();
    expect(send({ type: "format-disk" })).toBeUndefined();
  });

  it("tells the background when the scan fails", async () => {
    const { doc, platform, controller } = setUp();
    platform.backgroundReply = async (message) => ((message as { type: string }).type === "page-text" ? { nonsense: true } : undefined);
    await controller.scan();
    expect(platform.sentToBackground.at(-1)).toMatchObject({ type: "page-scan-failed" });
    expect(doc.querySelectorAll("sourcelight-mark").length).toBe(0);
  });

  it("rescans by sending unchanged chunks by reference, and the whole text again to a background that lost them", async () => {
    const { doc, platform, controller } = setUp();
    await controller.scan();
    const first = platform.sentToBackground.at(-1) as { pieces: unknown[] };
    await controller.scan("incremental");
    const second = platform.sentToBackground.at(-1) as { base: string | null; pieces: unknown[] };
    expect(second.base).not.toBeNull();
    expect(second.pieces).toEqual(first.pieces.map((_, same) => ({ same })));
    // The service worker restarts: a new background with an empty cache.
    const restarted = createBackground(platform, { registry: createRegistry(bundledEntries()) });
    platform.backgroundReply = (message) => restarted.handle(message, contentSender(TAB));
    const sentBefore = platform.sentToBackground.length;
    doc.querySelector("article p")!.append(" More text.");
    await controller.scan("incremental");
    const [stale, resent] = platform.sentToBackground.slice(sentBefore) as { base: string | null; pieces: unknown[] }[];
    expect(stale!.pieces.some((piece) => typeof piece !== "string")).toBe(true);
    expect(resent!.base).toBeNull();
    expect(resent!.pieces.every((piece) => typeof piece === "string")).toBe(true);
    expect((resent!.pieces as string[]).join("")).toContain("More text.");
    expect(doc.querySelectorAll("sourcelight-mark").length).toBeGreaterThan(0);
  });
});
