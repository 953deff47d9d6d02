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
  it("scans: sends text, claims and metadata, then highlights the analysed report", async () => {
    const { doc, platform, controller } = setUp();
    await controller.scan();
    const sent = platform.sentToBackground[0] as { type: string; text: string; meta: { url: string; title: string } };
    expect(sent.type).toBe("page-scanned");
    expect(sent.text).toContain("according to Bloomberg on November 30");
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
    platform.backgroundReply = async (message) => ((message as { type: string }).type === "page-scanned" ? { nonsense: true } : undefined);
    await controller.scan();
    expect(platform.sentToBackground.at(-1)).toMatchObject({ type: "page-scan-failed" });
    expect(doc.querySelectorAll("sourcelight-mark").length).toBe(0);
  });
});
