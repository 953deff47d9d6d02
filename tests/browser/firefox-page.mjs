/**
 * The content script on the pages that imitate real news layouts, in Debian's Firefox ESR (the
 * Chromium counterpart is chromium-page): the article found on a news site with a cookie banner,
 * share bar, ad, related links and comments, its cues and sources highlighted with the CSS Custom
 * Highlight API and nothing in the furniture, the toggle that leaves the DOM and style sheets as
 * they were, a single-page site swapping its article, and a live blog's new posts.
 */
import { assert, waitFor } from "./harness.mjs";
import { withFirefoxExtension } from "./firefox-extension.mjs";
import { checkArticleSwap, checkNewsHighlights, checkToggle, readHighlights, waitForMoreHighlights } from "./page-checks.mjs";

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
    const highlights = await checkNewsHighlights(news);
    console.log(`       news site: ${highlights.length} highlighted ranges`);
  });

  await suite.test("news site: the toggle turns every highlight off, leaving DOM and style sheets as they were, and on again", async () => {
    await checkToggle(news, ui);
    await news.page.close();
  });

  await suite.test("single-page site: swapping the article rescans it, and the popup's report follows", async () => {
    const spa = await openAndScan("spa-news.html");
    await checkArticleSwap(spa, ui);
    await spa.page.close();
  });

  await suite.test("live blog: new posts get highlighted by a rescan", async () => {
    const blog = await openAndScan("live-blog.html");
    assert.equal(blog.reply?.ok, true, JSON.stringify(blog.reply));
    const first = await waitFor(async () => (await readHighlights(blog.page, "nav")).length, { what: "highlights" });
    const grown = await waitForMoreHighlights(blog.page, first, 10_000);
    console.log(`       live blog: ${first} -> ${grown} ranges`);
    await blog.page.close();
  });
}
