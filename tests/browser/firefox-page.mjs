/**
 * The content script on the pages that imitate real news layouts, in Debian's Firefox ESR (the
 * Chromium counterpart is chromium-page): the article found on a news site with a cookie banner,
 * share bar, ad, related links and comments, its cues and sources highlighted with the CSS Custom
 * Highlight API and nothing in the furniture, the toggle that leaves the DOM and style sheets as
 * they were, a single-page site swapping its article, and a live blog's new posts.
 */
import { assert, waitFor } from "./harness.mjs";
import { withFirefoxExtension } from "./firefox-extension.mjs";

const FURNITURE = "#onetrust-banner-sdk, .share-buttons, .ad-slot, .gone, [aria-hidden], .related-stories, #comments, nav, footer";

export async function runFirefoxPage(suite, server) {
  await withFirefoxExtension(suite, "layouts: firefox-esr starts with the extension installed", (browser, uuid) => scenario(suite, server, browser, uuid));
}

async function scenario(suite, server, browser, uuid) {
  const extensionPage = await browser.newPage();
  await suite.test("layouts: an extension page can talk to the background", async () => {
    void extensionPage.goto(`moz-extension://${uuid}/options.html`).catch(() => undefined); // never resolves; see the guide
    await extensionPage.waitForSelector("main h1", { timeout: 15_000 });
  }, { critical: true });

  const ui = (message) => extensionPage.evaluate((m) => browser.runtime.sendMessage(m), message);
  /** Opens a page and asks the background to scan it (the test build's host permission stands in for the toolbar click). */
  const openAndScan = async (path) => {
    const url = `${server.origin}/${path}`;
    const page = await browser.newPage();
    await page.goto(url);
    const tabId = await waitFor(
      () => extensionPage.evaluate(async (u) => (await browser.tabs.query({})).find((tab) => tab.url === u)?.id ?? null, url),
      { what: `the tab of ${path}` },
    );
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);
    const reply = await ui({ type: "scan-tab", tabId });
    return { page, tabId, reply, bodyBefore };
  };

  let news;
  await suite.test("news site: the story's cues and sources are highlighted, nothing from banner, share bar, ad, related links, comments or hidden text", async () => {
    news = await openAndScan("news-site.html");
    assert.equal(news.reply?.ok, true, JSON.stringify(news.reply));
    const highlights = await waitFor(async () => {
      const found = await readHighlights(news.page, FURNITURE);
      return found.length > 0 && found;
    }, { what: "highlights" });
    const texts = (part) => highlights.filter((h) => h.name.includes(`-${part}-`)).map((h) => h.text);
    assert.ok(texts("source").includes("Reuters"), `Reuters is a source (${texts("source").join(" | ")})`);
    assert.ok(texts("source").includes("Bloomberg"), "Bloomberg is a source");
    assert.ok(texts("cue").includes("reported") && texts("cue").includes("said"), `cues (${texts("cue").join(" | ")})`);
    assert.deepEqual(highlights.filter((h) => h.inFurniture), [], "no highlight in page furniture");
    assert.equal(await news.page.evaluate(() => document.body.innerHTML), news.bodyBefore, "the Highlight API leaves the DOM as it was");
    assert.equal(await news.page.evaluate(() => document.querySelectorAll("sourcelight-mark").length), 0);
    console.log(`       news site: ${highlights.length} highlighted ranges`);
  });

  await suite.test("news site: the toggle turns every highlight off, leaving DOM and style sheets as they were, and on again", async () => {
    const count = (await readHighlights(news.page, FURNITURE)).length;
    assert.equal((await ui({ type: "set-highlights", tabId: news.tabId, visible: false }))?.ok, true);
    assert.equal((await readHighlights(news.page, FURNITURE)).length, 0);
    assert.equal(await news.page.evaluate(() => document.adoptedStyleSheets.length), 0);
    assert.equal(await news.page.evaluate(() => document.body.innerHTML), news.bodyBefore);
    assert.equal((await ui({ type: "set-highlights", tabId: news.tabId, visible: true }))?.ok, true);
    assert.equal((await readHighlights(news.page, FURNITURE)).length, count);
    await news.page.close();
  });

  await suite.test("single-page site: swapping the article rescans it, and the popup's report follows", async () => {
    const spa = await openAndScan("spa-news.html");
    assert.equal(spa.reply?.ok, true, JSON.stringify(spa.reply));
    const sources = async () => (await readHighlights(spa.page, "nav")).filter((h) => h.name.includes("-source-")).map((h) => h.text);
    await waitFor(async () => (await sources()).includes("Bloomberg"), { what: "story one's highlights" });
    await spa.page.evaluate(() => window.showNextStory());
    await waitFor(async () => {
      const now = await sources();
      return now.includes("Reuters") && !now.includes("Bloomberg");
    }, { what: "story two's highlights only" });
    const state = await ui({ type: "get-tab-state", tabId: spa.tabId });
    assert.match(state.value.report.claims.map((claim) => claim.source?.text).join(" "), /Reuters/);
    await spa.page.close();
  });

  await suite.test("live blog: new posts get highlighted by a rescan", async () => {
    const blog = await openAndScan("live-blog.html");
    assert.equal(blog.reply?.ok, true, JSON.stringify(blog.reply));
    const first = await waitFor(async () => (await readHighlights(blog.page, "nav")).length, { what: "highlights" });
    const grown = await waitFor(async () => {
      const now = (await readHighlights(blog.page, "nav")).length;
      return now > first && now;
    }, { timeout: 10_000, what: "highlights of new posts" });
    console.log(`       live blog: ${first} -> ${grown} ranges`);
    await blog.page.close();
  });
}

/** Our registered highlights, read from the page's CSS.highlights: name, text, and whether it lies in `furniture`. */
function readHighlights(page, furniture) {
  return page.evaluate((selector) => {
    const found = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith("sourcelight-") || name === "sourcelight-flash") continue;
      for (const staticRange of highlight) {
        const range = document.createRange();
        range.setStart(staticRange.startContainer, staticRange.startOffset);
        range.setEnd(staticRange.endContainer, staticRange.endOffset);
        found.push({ name, text: range.toString(), inFurniture: Boolean(range.startContainer.parentElement?.closest(selector)) });
      }
    }
    return found;
  }, furniture);
}
