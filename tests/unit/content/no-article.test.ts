import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { createBackground } from "../../../src/background/handler";
import { ContentController } from "../../../src/content/controller";
import { createRegistry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import { contentSender, fakePlatform, popupSender } from "../fakes/platform";

const TAB = 9;

describe("a page without an article", () => {
  it("gets no highlights, nothing stored, and the popup's scan ends in a no-article reply", async () => {
    const html = `<body><nav><a href="/">Home</a></nav><main><h1>Sign in</h1><form><p>Your e-mail, said the form.</p><input></form></main></body>`;
    const doc = new JSDOM(html, { url: "https://news.example/login" }).window.document;
    const before = doc.body.innerHTML;
    const platform = fakePlatform();
    const background = createBackground(platform, { registry: createRegistry(bundledEntries()) });
    platform.backgroundReply = (message) => background.handle(message, contentSender(TAB));
    const controller = new ContentController(platform, doc);
    platform.onInject = async () => void controller.scan();
    const reply = await background.handle({ type: "scan-tab", tabId: TAB }, popupSender);
    expect(reply).toMatchObject({ ok: false, code: "no-article" });
    expect(platform.sentToBackground).toEqual([{ type: "page-no-article" }]);
    expect(platform.session.data.has(`tab:${TAB}`)).toBe(false);
    expect(doc.body.innerHTML).toBe(before);
    controller.stop();
  });
});
