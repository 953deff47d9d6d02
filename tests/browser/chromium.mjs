/**
 * The built extension in Debian's Chromium (playwright-core), driven the way a reader uses it:
 * the toolbar button is clicked on the demo article (CDP Extensions.triggerAction, which grants
 * activeTab exactly like a real click), the popup opens in its own window, Scan is clicked.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { assert, waitFor } from "./harness.mjs";
import { clickToolbarButton, openPopupWindow, requestsOutside, watchRequests, withChromiumExtension } from "./chromium-extension.mjs";

const SCREENSHOTS = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));

export async function runChromium(suite, server) {
  await withChromiumExtension({}, (context) => scenario(suite, server, context));
}

async function scenario(suite, server, context) {
  const pageUrl = `${server.origin}/demo-article.html`;
  // Errors thrown or logged by any of our pages or the service worker, checked at the end.
  const errors = [];
  context.on("weberror", (error) => errors.push(`uncaught: ${error.error().message}`));
  context.on("console", (message) => {
    if (message.type() === "error" && message.location().url.startsWith("chrome-extension:")) errors.push(message.text());
  });
  // Every request of the session: page text never leaves the browser (no team registry is set here).
  const requests = watchRequests(context);
  let worker, extensionId, page, popup, tabId, bodyBefore, state;

  await suite.test("the service worker starts", async () => {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 10_000 }));
    extensionId = new URL(worker.url()).host;
    assert.match(extensionId, /^[a-p]{32}$/);
    // This scenario checks the <sourcelight-mark> fallback; tests/browser/chromium-page.mjs covers the Highlight API.
    await worker.evaluate(() => chrome.storage.local.set({ settings: { highlightMethod: "marks" } }));
  }, { critical: true });

  await suite.test("the toolbar button grants the demo tab (activeTab) and the popup opens", async () => {
    page = await context.newPage();
    await page.goto(pageUrl);
    bodyBefore = await page.evaluate(() => document.body.innerHTML);
    await clickToolbarButton(context, extensionId, pageUrl);
    // activeTab lets the extension see this tab's URL now.
    tabId = await waitFor(
      () => worker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, pageUrl),
      { what: "the demo tab to be granted" },
    );
    popup = await openPopupWindow(context, worker, extensionId, tabId);
    await popup.getByRole("button", { name: "Scan this page" }).waitFor({ timeout: 5_000 });
  }, { critical: true });

  await suite.test("Scan highlights cue and source words in the page", async () => {
    const scanStarted = Date.now();
    await popup.getByRole("button", { name: "Scan this page" }).click();
    await popup.locator(".sources").waitFor({ timeout: 15_000 });
    state = await worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId);
    assert.ok(state?.report?.claims?.length > 0, "a report with claims is stored for the tab");
    // The popup may show the report a moment before the page has applied its highlights.
    const marks = await waitFor(async () => {
      const found = await readMarks(page);
      return found.length > 0 && found;
    }, { what: "highlights in the page" });
    console.log(`       click on Scan to highlights in the page: ${Date.now() - scanStarted} ms`);
    const sources = marks.filter((mark) => mark.part === "source").map((mark) => mark.text);
    const cues = marks.filter((mark) => mark.part === "cue").map((mark) => mark.text);
    assert.ok(sources.includes("Bloomberg"), `Bloomberg is marked as a source (sources: ${sources.join(" | ")})`);
    assert.ok(sources.some((text) => /\bCSIS\b/.test(text)), "CSIS is marked as a source");
    for (const cue of ["reported", "stated"]) assert.ok(cues.includes(cue), `"${cue}" is marked as a cue (cues: ${cues.join(" | ")})`);
    // Every claim's cue is marked exactly: the joined marks of the claim give the cue's text.
    for (const claim of state.report.claims) {
      const text = marks.filter((mark) => mark.claim === claim.id && mark.part === "cue").map((mark) => mark.text).join("");
      assert.equal(text, claim.cue.text, `cue of ${claim.id}`);
    }
    // The page's visible text is unchanged by the wrappers.
    const textNow = await page.evaluate(() => document.body.textContent);
    const textBefore = await page.evaluate((html) => {
      const div = document.createElement("div");
      div.innerHTML = html; // test-only: our own saved copy of the fixture
      return div.textContent;
    }, bodyBefore);
    assert.equal(textNow, textBefore);
  });

  await suite.test("the badge shows the number of findings", async () => {
    const expected = state.report.findings.filter((finding) => finding.severity !== "info").length;
    const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    // No findings means no badge at all, rather than a reassuring-looking "0".
    assert.equal(badge, expected > 0 ? String(expected) : "");
    if (expected > 0) {
      const colour = await worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
      const worst = state.report.findings.some((finding) => finding.severity === "error") ? [0xb3, 0x26, 0x1e] : [0xa1, 0x5c, 0x00];
      assert.deepEqual(colour.slice(0, 3), worst);
    }
    if (expected === 0) console.log("       note: the current checks find nothing in the demo article, so the badge is empty");
  });

  await suite.test("the popup lists Bloomberg and CSIS with their registry details and findings", async () => {
    for (const [id, name, kind] of [["bloomberg", "Bloomberg News", "news-agency"], ["csis", "Center for Strategic and International Studies", "think-tank"]]) {
      const item = popup.locator(`.source[data-source="${id}"]`);
      assert.equal(await item.locator(".source-name").textContent(), name);
      assert.equal(await item.locator(".kind").textContent(), kind);
      const claimIds = state.report.claims.filter((claim) => claim.registry?.id === id).map((claim) => claim.id);
      assert.equal(await item.locator("button.claim").count(), claimIds.length, `${id}: one entry per claim`);
      const findings = state.report.findings.filter((finding) => finding.claimIds.some((claimId) => claimIds.includes(claimId))).length;
      const badge = findings > 0 ? await item.locator(".badge").textContent() : null;
      assert.equal(badge, findings > 0 ? `${findings} finding${findings === 1 ? "" : "s"}` : null);
    }
    const listed = await popup.locator(".finding .message").allTextContents();
    assert.deepEqual(listed.sort(), state.report.findings.map((finding) => finding.message).sort());
    assert.equal(await popup.locator(".title").textContent(), state.report.article.title);
    assert.match((await popup.locator(".published").textContent()) ?? "", /2026-01-30/);
  });

  await suite.test("a restarted service worker still finds the tab's report", async () => {
    await worker.evaluate(() => (self.beforeRestart = true));
    const cdp = await context.browser().newBrowserCDPSession();
    const ourWorker = async () =>
      (await cdp.send("Target.getTargets")).targetInfos.find(
        (info) => info.type === "service_worker" && info.url.startsWith(`chrome-extension://${extensionId}/`),
      );
    await cdp.send("Target.closeTarget", { targetId: (await ourWorker()).targetId });
    await waitFor(async () => !(await ourWorker()), { what: "the service worker to stop" });
    await popup.reload(); // the popup's request wakes the worker again
    await popup.locator(".sources").waitFor({ timeout: 10_000 });
    await waitFor(ourWorker, { what: "the service worker to start again" });
    await cdp.detach();
    worker = await waitFor(() => context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)));
    assert.equal(await worker.evaluate(() => self.beforeRestart), undefined, "a fresh worker");
    assert.equal(await popup.locator("button.claim").count(), state.report.claims.length);
  });

  await suite.test("screenshots of the popup over the article and of the highlights", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const claim = state.report.claims.find((c) => c.registry?.id === "bloomberg");
    await page.evaluate((id) => {
      const mark = document.querySelector(`sourcelight-mark[data-claim="${id}"]`);
      window.scrollTo(0, window.scrollY + mark.getBoundingClientRect().top - 160);
    }, claim.id);
    // Hovering a highlight shows its card, in the screenshot too.
    await page.locator(`sourcelight-mark[data-claim="${claim.id}"][data-part="cue"]`).first().hover();
    const placement = await waitFor(() =>
      page.evaluate((id) => {
        const host = document.querySelector("sourcelight-ui");
        const mark = document.querySelector(`sourcelight-mark[data-claim="${id}"][data-part="cue"]`);
        if (!host) return null;
        const card = host.getBoundingClientRect();
        const anchor = mark.getBoundingClientRect();
        return { below: card.top >= anchor.bottom, width: card.width, height: card.height };
      }, claim.id),
      { what: "the hover card" },
    );
    assert.ok(placement.below && placement.width > 200 && placement.height > 20, JSON.stringify(placement));
    await page.screenshot({ path: `${SCREENSHOTS}highlights.png` });
    await page.mouse.move(5, 5);
    await waitFor(() => page.evaluate(() => !document.querySelector("sourcelight-ui")), { what: "the card to go" });
    await page.evaluate(() => window.scrollTo(0, 0));
    const article = await page.screenshot({ type: "png" });
    const panel = await popup.screenshot({ type: "png", fullPage: true });
    await composePopupShot(context, article, panel, `${SCREENSHOTS}popup.png`);
  });

  await suite.test("clicking a claim in the popup scrolls the page to it and flashes it", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const target = [...state.report.claims].reverse().find((claim) => claim.registry?.id === "csis");
    assert.ok(target, "a CSIS claim");
    const before = await page.evaluate(() => window.scrollY);
    await popup.locator(`button.claim[data-claim="${target.id}"]`).click();
    const where = await waitFor(
      () =>
        page.evaluate((id) => {
          const mark = document.querySelector(`sourcelight-mark[data-claim="${id}"][data-part="cue"]`);
          const box = mark?.getBoundingClientRect();
          const visible = box && box.top >= 0 && box.bottom <= window.innerHeight;
          return visible && mark.hasAttribute("data-flash") ? { scrollY: window.scrollY } : null;
        }, target.id),
      { what: "the claim to be scrolled into view and flashing" },
    );
    assert.equal(before, 0);
    assert.ok(where.scrollY > 200, `the page scrolled (scrollY ${where.scrollY})`);
  });

  await suite.test("turning highlights off restores the DOM exactly, and on brings them back", async () => {
    const count = (await readMarks(page)).length;
    await popup.getByLabel("Highlights in the page").uncheck();
    await waitFor(() => page.evaluate(() => document.querySelectorAll("sourcelight-mark").length === 0), { what: "marks to go" });
    assert.equal(await page.evaluate(() => document.body.innerHTML), bodyBefore);
    assert.equal(await page.evaluate(() => document.querySelectorAll("sourcelight-ui").length), 0);
    await popup.getByLabel("Highlights in the page").check();
    await waitFor(() => page.evaluate(() => document.querySelectorAll("sourcelight-mark").length), { what: "marks to return" });
    assert.equal((await readMarks(page)).length, count);
  });

  await suite.test("Scan again re-scans with the content script already in the page", async () => {
    const before = await readMarks(page);
    await popup.getByRole("button", { name: "Scan again" }).click();
    await waitFor(
      () => worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`]?.scannedAt, tabId).then((at) => at > state.scannedAt),
      { what: "a newer scan" },
    );
    await popup.locator(".sources").waitFor();
    const same = JSON.stringify(before);
    await waitFor(async () => JSON.stringify(await readMarks(page)) === same, { what: "the same highlights again" });
    assert.equal(await page.evaluate(() => document.querySelectorAll("sourcelight-mark sourcelight-mark").length), 0, "no nested marks");
  });

  await suite.test("a tab the user did not point Sourcelight at is refused as restricted", async () => {
    const known = await worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id));
    const other = await context.newPage();
    await other.goto(pageUrl);
    const otherId = await waitFor(
      () => worker.evaluate(async (ids) => (await chrome.tabs.query({})).map((tab) => tab.id).find((id) => !ids.includes(id)), known),
      { what: "the new tab's id" },
    );
    // No click on the toolbar button for this tab, so no activeTab grant: the scan must be refused.
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/popup.html?tab=${otherId}`);
    await panel.getByRole("button", { name: "Scan this page" }).click();
    await panel.locator(".status.restricted").waitFor({ timeout: 10_000 });
    assert.equal(await other.evaluate(() => document.querySelectorAll("sourcelight-mark").length), 0);
    await panel.close();
    await other.close();
  });

  await suite.test("on a page quoting unnamed sources: findings in the popup, badge, Show in page", async () => {
    const url = `${server.origin}/vague-sources.html`;
    const article = await context.newPage();
    await article.goto(url);
    const pageStyle = () =>
      article.evaluate(() => {
        const computed = getComputedStyle(document.querySelector("article p"));
        return {
          sheets: document.styleSheets.length,
          adopted: document.adoptedStyleSheets.length,
          paragraph: [...computed].map((name) => `${name}:${computed.getPropertyValue(name)}`).join(";"),
        };
      });
    const styleBefore = await pageStyle();
    await clickToolbarButton(context, extensionId, url);
    const id = await waitFor(() => worker.evaluate(async (u) => (await chrome.tabs.query({})).find((tab) => tab.url === u)?.id, url));
    const panel = await openPopupWindow(context, worker, extensionId, id);
    await panel.getByRole("button", { name: "Scan this page" }).click();
    await panel.locator(".findings").waitFor({ timeout: 15_000 });
    const { report } = await worker.evaluate(async (tab) => (await chrome.storage.session.get(`tab:${tab}`))[`tab:${tab}`], id);
    assert.ok(report.findings.length > 0, "the unnamed sources give findings");
    const serious = report.findings.filter((finding) => finding.severity !== "info");
    assert.equal(await worker.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), id), serious.length ? String(serious.length) : "");
    if (serious.length > 0) {
      // Whether vague sources are warnings or notes is the checks' call; the colour follows the worst.
      const colour = await worker.evaluate((tab) => chrome.action.getBadgeBackgroundColor({ tabId: tab }), id);
      const worst = serious.some((finding) => finding.severity === "error") ? [0xb3, 0x26, 0x1e] : [0xa1, 0x5c, 0x00];
      assert.deepEqual(colour.slice(0, 3), worst);
    }
    assert.deepEqual((await panel.locator(".finding .message").allTextContents()).sort(), report.findings.map((f) => f.message).sort());
    await waitFor(() => article.evaluate(() => document.querySelectorAll("sourcelight-mark").length > 0), { what: "highlights" });
    await panel.locator(".finding button.link").first().click();
    const first = report.findings.find((finding) => finding.claimIds.length > 0);
    await waitFor(
      () => article.evaluate((claimId) => [...document.querySelectorAll(`sourcelight-mark[data-claim="${claimId}"]`)].some((m) => m.hasAttribute("data-flash")), first.claimIds[0]),
      { what: "the finding's claim to flash" },
    );
    // Our marks carry their own inline styles; the page's style sheets and computed styles are untouched.
    assert.deepEqual(await pageStyle(), styleBefore);
    // ...and stay light: a few hundred characters of style per mark, not a full `all: unset` expansion.
    assert.ok((await article.evaluate(() => document.querySelector("sourcelight-mark").getAttribute("style").length)) < 1500);
    await panel.close();
    await article.close();
  });

  await suite.test("reloading the page clears the tab's report and badge", async () => {
    await page.reload();
    await waitFor(
      () => worker.evaluate(async (id) => !(await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId),
      { what: "the stored report to be cleared" },
    );
    assert.equal(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId), "");
  });

  await suite.test("the options page opens and lists its sections", async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole("heading", { name: "Team registry" }).waitFor({ timeout: 5_000 });
    await options.waitForLoadState("networkidle");
    await options.close();
  });

  await suite.test("no request went anywhere but the test server and the extension", async () => {
    // The watcher sees the service worker's and the page's requests: one canary each, to this server.
    await worker.evaluate((url) => fetch(url).catch(() => undefined), `${server.origin}/canary-worker`);
    await page.evaluate((url) => fetch(url).catch(() => undefined), `${server.origin}/canary-page`);
    await waitFor(() => requests.some((r) => r.url.endsWith("/canary-worker") && r.from === "service worker"), { what: "the worker's canary" });
    await waitFor(() => requests.some((r) => r.url.endsWith("/canary-page") && r.from === pageUrl), { what: "the page's canary" });
    const extension = requests.filter((r) => r.url.startsWith("chrome-extension://")).length;
    console.log(`       ${requests.length} requests seen, ${extension} of them to chrome-extension://, 0 allowed elsewhere`);
    assert.deepEqual(requestsOutside(requests, [server.origin]), []);
    // The extension itself asked the server for nothing: only the pages the test opened and the canaries.
    const fromExtension = requests.filter((r) => r.url.startsWith(server.origin) && (r.from === "service worker" || r.from.startsWith("chrome-extension://")));
    assert.deepEqual(fromExtension.map((r) => r.url), [`${server.origin}/canary-worker`]);
  });

  await suite.test("nothing in the extension threw or logged an error", async () => {
    assert.deepEqual(errors, []);
  });
}



async function readMarks(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("sourcelight-mark")].map((mark) => ({
      claim: mark.getAttribute("data-claim"),
      part: mark.getAttribute("data-part"),
      text: mark.textContent,
    })),
  );
}

/** Lays the popup screenshot over the article screenshot where the toolbar popup would open. */
async function composePopupShot(context, articlePng, popupPng, path) {
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 1280, height: 800 });
  const data = (png) => `data:image/png;base64,${png.toString("base64")}`;
  await sheet.setContent(`<!doctype html><body style="margin:0">
    <img src="${data(articlePng)}" style="display:block;width:1280px;height:800px">
    <img src="${data(popupPng)}" style="position:absolute;top:8px;right:16px;width:400px;max-height:780px;object-fit:cover;object-position:top;
      border:1px solid #c9ced6;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35)"></body>`);
  await sheet.waitForFunction(() => [...document.images].every((img) => img.complete));
  await sheet.screenshot({ path });
  await sheet.close();
}
