/**
 * The built extension in Debian's Firefox ESR, through puppeteer-core over WebDriver BiDi.
 * Firefox offers automation no way to click a toolbar button, so the test profile's copy of the
 * build carries a host permission for the local test server: it stands in for the activeTab grant
 * the reader's click gives. Everything after that is the real path: popup Scan, background
 * injection, content script, highlights, reveal and clear.
 */
import { assert, waitFor } from "./harness.mjs";
import { withFirefoxExtension } from "./firefox-extension.mjs";

export async function runFirefox(suite, server) {
  await withFirefoxExtension(suite, "firefox-esr starts with the extension installed", (browser, uuid) => scenario(suite, server, browser, uuid));
}

async function scenario(suite, server, browser, uuid) {
  const pageUrl = `${server.origin}/demo-article.html`;
  const page = await browser.newPage();
  await page.goto(pageUrl);
  const bodyBefore = await page.evaluate(() => document.body.innerHTML);
  const popup = await browser.newPage();
  let tabId;

  await suite.test("the popup page finds the article's tab", async () => {
    void popup.goto(`moz-extension://${uuid}/options.html`).catch(() => undefined); // never resolves; see the guide
    await popup.waitForSelector("main h1", { timeout: 15_000 });
    // This scenario checks the <sourcelight-mark> fallback; the layout page below uses the Highlight API.
    await popup.evaluate(() => browser.storage.local.set({ settings: { highlightMethod: "marks" } }));
    tabId = await waitFor(
      () => popup.evaluate(async (url) => (await browser.tabs.query({})).find((tab) => tab.url === url)?.id ?? null, pageUrl),
      { what: "the article tab" },
    );
    void popup.goto(`moz-extension://${uuid}/popup.html?tab=${tabId}`).catch(() => undefined);
    await popup.waitForSelector("button.primary", { timeout: 15_000 });
  }, { critical: true });

  await suite.test("Scan runs the content script and highlights the page", async () => {
    await popup.click("button.primary");
    await popup.waitForSelector(".sources", { timeout: 20_000 });
    // The popup may show the report a moment before the page has applied its highlights.
    const marks = await waitFor(async () => {
      const found = await page.evaluate(() =>
        [...document.querySelectorAll("sourcelight-mark")].map((mark) => [mark.getAttribute("data-part"), mark.textContent]),
      );
      return found.length > 0 && found;
    }, { what: "highlights in the page" });
    const sources = marks.filter(([part]) => part === "source").map(([, text]) => text);
    assert.ok(sources.includes("Bloomberg"), `Bloomberg marked (sources: ${sources.join(" | ")})`);
    assert.ok(sources.some((text) => /\bCSIS\b/.test(text)), "CSIS marked");
    assert.ok(marks.some(([part, text]) => part === "cue" && text === "reported"), "the cue 'reported' marked");
  });

  await suite.test("the popup lists Bloomberg and CSIS from the registry", async () => {
    const names = await popup.$$eval(".source .source-name", (nodes) => nodes.map((node) => node.textContent));
    assert.ok(names.includes("Bloomberg News"), names.join(" | "));
    assert.ok(names.includes("Center for Strategic and International Studies"), names.join(" | "));
  });

  await suite.test("clicking a claim flashes it in the page", async () => {
    const claimId = await popup.$eval('.source[data-source="csis"] button.claim', (button) => button.getAttribute("data-claim"));
    await popup.click(`button.claim[data-claim="${claimId}"]`);
    await waitFor(
      () => page.evaluate((id) => [...document.querySelectorAll(`sourcelight-mark[data-claim="${id}"]`)].some((m) => m.hasAttribute("data-flash")), claimId),
      { what: "the flash" },
    );
  });

  await suite.test("hovering a highlight shows its card", async () => {
    await page.hover('sourcelight-mark[data-part="cue"]');
    const box = await waitFor(
      () => page.evaluate(() => {
        const rect = document.querySelector("sourcelight-ui")?.getBoundingClientRect();
        return rect && rect.width > 0 ? { width: rect.width, height: rect.height } : null;
      }),
      { what: "the hover card" },
    );
    assert.ok(box.height > 20, JSON.stringify(box));
    await page.mouse.move(2, 2);
  });

  await suite.test("Scan again re-scans through the running content script", async () => {
    const count = await page.evaluate(() => document.querySelectorAll("sourcelight-mark").length);
    const scannedAt = () => popup.evaluate(async (id) => (await browser.storage.session.get(`tab:${id}`))[`tab:${id}`]?.scannedAt ?? 0, tabId);
    const before = await scannedAt();
    assert.ok(before > 0, "the first scan is stored");
    const buttons = await popup.$$("button");
    let again = null;
    for (const button of buttons) if ((await button.evaluate((b) => b.textContent)) === "Scan again") again = button;
    assert.ok(again, "a Scan again button");
    await again.click();
    await waitFor(async () => (await scannedAt()) > before, { what: "a newer scan" });
    await waitFor(() => page.evaluate((n) => document.querySelectorAll("sourcelight-mark").length === n, count), { what: "the same highlights" });
    assert.equal(await page.evaluate(() => document.querySelectorAll("sourcelight-mark sourcelight-mark").length), 0);
  });

  await suite.test("turning highlights off restores the DOM exactly", async () => {
    await popup.click(".toggle input");
    await waitFor(() => page.evaluate(() => document.querySelectorAll("sourcelight-mark").length === 0), { what: "marks to go" });
    assert.equal(await page.evaluate(() => document.body.innerHTML), bodyBefore);
    assert.equal(await page.evaluate(() => document.querySelectorAll("sourcelight-ui").length), 0);
  });
}
