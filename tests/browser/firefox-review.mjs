/**
 * The fact-checkers' review in Firefox ESR (puppeteer-core over WebDriver BiDi): mark a claim in the
 * popup, reload the article and scan again, and the mark is on the same words. As in firefox.mjs, the
 * test's copy of the build carries a host permission for the local server in place of the toolbar
 * click's activeTab grant, which Firefox gives automation no way to make.
 */
import { assert, waitFor } from "./harness.mjs";
import { withFirefoxExtension } from "./firefox-extension.mjs";

export async function runFirefoxReview(suite, server) {
  await withFirefoxExtension(suite, "review: firefox-esr starts with the extension installed", (browser, uuid) => scenario(suite, server, browser, uuid));
}

async function scenario(suite, server, browser, uuid) {
  const pageUrl = `${server.origin}/demo-article.html`;
  const reviewKey = `sourcelight.review:${pageUrl}`;
  const page = await browser.newPage();
  await page.goto(pageUrl);
  const popup = await browser.newPage();
  let tabId, marked;
  const storedReview = () => popup.evaluate(async (key) => (await browser.storage.local.get(key))[key] ?? null, reviewKey);
  const openAndScan = async () => {
    void popup.goto(`moz-extension://${uuid}/popup.html?tab=${tabId}`).catch(() => undefined); // never resolves; see the guide
    await popup.waitForSelector("button.primary", { timeout: 15_000 });
    await popup.click("button.primary");
    await popup.waitForSelector(".review-items li", { timeout: 20_000 });
  };
  const claimOf = (review) => review.claims.find((c) => c.id === review.marks[0].target.claimId);

  await suite.test("review: the article is scanned from the popup", async () => {
    void popup.goto(`moz-extension://${uuid}/options.html`).catch(() => undefined);
    await popup.waitForSelector("main h1", { timeout: 15_000 });
    tabId = await waitFor(
      () => popup.evaluate(async (url) => (await browser.tabs.query({})).find((tab) => tab.url === url)?.id ?? null, pageUrl),
      { what: "the article tab" },
    );
    await openAndScan();
  }, { critical: true });

  await suite.test("review: a claim marked verified is stored with its words", async () => {
    const item = '.review-items li[data-review-item^="claim:"]';
    await popup.click(`${item} summary`);
    await popup.click(`${item} [data-status="verified"]`);
    await popup.click(`${item} button.primary`);
    await popup.waitForSelector('.review-items li[data-mark="verified"]', { timeout: 5_000 });
    const review = await waitFor(storedReview, { what: "the stored review" });
    const claim = claimOf(review);
    marked = [claim.cue.text, claim.source?.text ?? null, claim.content?.text ?? null, claim.cue.start];
  });

  await suite.test("review: after a reload and a rescan the mark is on the same words", async () => {
    await page.reload();
    await waitFor(() => popup.evaluate(async (id) => !(await browser.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId), { what: "the reset on reload" });
    await openAndScan();
    await popup.waitForSelector('.review-items li[data-mark="verified"]', { timeout: 5_000 });
    const claim = claimOf(await storedReview());
    assert.deepEqual([claim.cue.text, claim.source?.text ?? null, claim.content?.text ?? null, claim.cue.start], marked);
  });
}
