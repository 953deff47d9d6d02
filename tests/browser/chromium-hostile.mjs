/**
 * Hostile pages in Debian's Chromium: a page that replaces the built-ins and defines its own
 * `browser`/`chrome`, a page that floods window messages shaped like ours, tries chrome.runtime
 * and shows look-alikes of our highlights and hover card, and a page with huge metadata. The
 * content script must still scan and highlight (it runs in an isolated world: the page's
 * replacements are never called), the popup must show the result, and nothing the page forges may
 * reach the background. Malformed messages from an extension page are rejected too.
 */
import { assert, waitFor } from "./harness.mjs";
import { clickToolbarButton, collectExtensionErrors, openPopupWindow, withChromiumExtension } from "./chromium-extension.mjs";

export async function runChromiumHostile(suite, server) {
  await withChromiumExtension({}, (context) => scenario(suite, server, context));
}

async function scenario(suite, server, context) {
  // The hostile pages' own scripts may throw in their own world; only ours count.
  const errors = collectExtensionErrors(context);
  let worker, extensionId, extensionPage, baseline;
  const ui = (message) =>
    extensionPage.evaluate(async (m) => {
      try {
        return await chrome.runtime.sendMessage(m);
      } catch (error) {
        return { threw: String(error?.message ?? error) };
      }
    }, message);
  const tabState = (tabId) => worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId);
  // Playwright's locators run in the page's main world, where these pages replaced the built-ins: every
  // read goes through a fresh isolated world of the test's own instead (`look`).
  const markTexts = (page) => look(page, `[...document.querySelectorAll("sourcelight-mark[data-part]")].map((m) => m.textContent)`);
  const count = (page, selector) => look(page, `document.querySelectorAll(${JSON.stringify(selector)}).length`);
  const root = (page, name) => look(page, `document.documentElement.getAttribute(${JSON.stringify(name)})`);
  const hover = async (page, selector) => {
    await look(page, `document.querySelector(${JSON.stringify(selector)}).scrollIntoView({ block: "center" })`);
    const box = await look(page, `(({ x, y, width, height }) => ({ x, y, width, height }))(document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect())`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  };

  /** Opens `path`, clicks the toolbar button on it, scans from the popup and waits for the sources list. */
  async function scanFromPopup(path, ready) {
    const url = `${server.origin}${path}`;
    const page = await context.newPage();
    await page.goto(url);
    if (ready) await waitFor(() => root(page, ready), { what: `${path} to be ready` });
    await clickToolbarButton(context, extensionId, url);
    const tabId = await waitFor(() => worker.evaluate(async (u) => (await chrome.tabs.query({})).find((tab) => tab.url === u)?.id, url), { what: `the tab of ${path}` });
    const popup = await openPopupWindow(context, worker, extensionId, tabId);
    await popup.getByRole("button", { name: "Scan this page" }).click();
    await popup.locator(".sources").waitFor({ timeout: 30_000 });
    const state = await tabState(tabId);
    await waitFor(async () => (await count(page, "sourcelight-mark[data-part]")) > 0, { what: `highlights in ${path}` });
    return { page, popup, tabId, state };
  }

  await suite.test("hostile: the service worker starts", async () => {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 10_000 }));
    extensionId = new URL(worker.url()).host;
    await worker.evaluate(() => chrome.storage.local.set({ settings: { highlightMethod: "marks" } }));
    extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
  }, { critical: true });

  await suite.test("the plain demo article, for comparison", async () => {
    const { page, popup, state } = await scanFromPopup("/demo-article.html");
    baseline = { claims: state.report.claims.length, marks: await markTexts(page), cues: state.report.claims.map((claim) => claim.cue.text) };
    assert.ok(baseline.claims > 0);
    await popup.close();
    await page.close();
  }, { critical: true });

  await suite.test("a page that replaces built-ins and defines browser/chrome: same scan, same highlights, popup shows it", async () => {
    const { page, popup, state } = await scanFromPopup("/hostile/builtins.html");
    const installed = Number(await root(page, "data-hostile-installed"));
    assert.ok(installed >= 40, `the page replaced ${installed} built-ins`);
    assert.deepEqual(state.report.claims.map((claim) => claim.cue.text), baseline.cues);
    assert.deepEqual(await markTexts(page), baseline.marks);
    assert.equal(await popup.locator("button.claim").count(), baseline.claims);
    // Our hover card needs attachShadow, which the page replaced in its own world.
    await hover(page, "sourcelight-mark[data-part='cue']");
    await waitFor(() => count(page, "sourcelight-ui"), { what: "our hover card" });
    // Highlights off and on again through the popup.
    await popup.getByLabel("Highlights in the page").uncheck();
    await waitFor(async () => (await count(page, "sourcelight-mark")) === 0, { what: "marks to go" });
    await popup.getByLabel("Highlights in the page").check();
    await waitFor(async () => (await count(page, "sourcelight-mark")) === baseline.marks.length, { what: "marks to return" });
    // The proof of the isolated world: not one of the page's replacements was ever called.
    assert.equal(await root(page, "data-hostile-calls"), "0", `last call: ${await root(page, "data-hostile-last")}`);
    // ...and the count does work: a call from the page's own world is counted.
    await page.evaluate(() => {
      try {
        [1].map((x) => x);
      } catch {}
    }).catch(() => undefined);
    assert.ok(Number(await root(page, "data-hostile-calls")) >= 1, "a main-world call is counted");
    await popup.close();
    await page.close();
  });

  await suite.test("a page that floods messages, tries chrome.runtime and shows look-alikes: nothing reaches the background", async () => {
    const path = `/hostile/forge.html#id=${extensionId}`;
    const { page, popup, tabId, state } = await scanFromPopup(path, "data-lookalikes");
    // No externally_connectable: a web page has no chrome.runtime to send with, even given our id.
    assert.equal(await root(page, "data-runtime"), "absent");
    assert.match(await root(page, "data-send-attempt"), /^threw: /);
    assert.ok(Number(await root(page, "data-posted")) > 10_000, "the flood went on during the scan");
    // The scan read the article (the page's fake mark holds article text too), nothing the page posted.
    assert.ok(!JSON.stringify(state.report).includes("FORGED"), "no forged text in the report");
    const cues = state.report.claims.map((claim) => claim.cue.text);
    assert.ok(baseline.cues.every((cue) => cues.includes(cue)), "the article's claims");
    assert.equal(await popup.locator("button.claim").count(), state.report.claims.length);
    // The stored report is still the one from the scan after more flooding.
    await page.waitForTimeout(500);
    assert.equal((await tabState(tabId)).scannedAt, state.scannedAt);
    // Look-alikes: the page's fake mark and card are not ours. Hovering the fake shows no card of ours;
    // turning highlights off removes only our marks.
    const ourMarks = await count(page, "sourcelight-mark");
    assert.equal(await count(page, "sourcelight-ui"), 1, "only the page's fake card");
    await hover(page, "sourcelight-mark[data-claim='c1']:not([data-part='cue'])");
    await page.waitForTimeout(300);
    assert.equal(await count(page, "sourcelight-ui"), 1, "no card of ours for the fake mark");
    await hover(page, "sourcelight-mark[data-part='cue']");
    await waitFor(async () => (await count(page, "sourcelight-ui")) === 2, { what: "our card for our mark" });
    await popup.getByLabel("Highlights in the page").uncheck();
    await waitFor(async () => (await count(page, "sourcelight-mark")) === 1, { what: `our ${ourMarks - 1} marks to go, the fake to stay` });
    assert.equal(await look(page, `document.querySelector("sourcelight-mark").textContent`), "Verified by Sourcelight ✓ ");
    assert.match(await look(page, `document.querySelector("sourcelight-ui").textContent`), /FORGED/);
    await popup.close();
    await page.close();
  });

  await suite.test("a page with huge metadata (4 MB title, 12 MB of JSON-LD, 40 MB of meta tags): scanned, metadata cut", async () => {
    const { page, popup, state } = await scanFromPopup("/hostile/huge-meta.html", "data-huge-meta");
    assert.equal(state.report.claims.length, baseline.claims);
    const title = await popup.locator(".title").textContent();
    assert.ok(title.length <= 500 && state.report.article.title.length <= 500, `title of ${title.length} characters`);
    // The canonical URL was over the limit, so it is dropped rather than cut; the tab URL stays.
    assert.equal(state.url, `${server.origin}/hostile/huge-meta.html`);
    await popup.close();
    await page.close();
  });

  await suite.test("malformed messages from an extension page are rejected and the worker goes on", async () => {
    const malformed = [
      { type: "page-scanned", text: "FORGED said the forger.", claims: [], meta: {} },
      // The content script's own message, but from an extension page: only a tab's content script may send it.
      { type: "page-text", base: null, pieces: ["FORGED said the forger."], meta: { url: null, canonicalUrl: null, title: "FORGED", jsonLd: [], meta: [], times: [], bylineText: null } },
      { type: "scan-tab", tabId: -1 },
      { type: "scan-tab", tabId: "1" },
      { type: "set-highlights", tabId: 1, visible: "yes" },
      { type: "reveal-claim", tabId: 1, claimId: "c".repeat(10_000) },
      { type: "registry/user-save", entry: { id: "<img src=x onerror=alert(1)>" }, previousId: null },
      { type: "no-such-message" },
      "scan-tab",
      42,
    ];
    for (const message of malformed) {
      const reply = await ui(message);
      assert.ok(reply && (reply.ok === false || reply.threw), `rejected: ${JSON.stringify(message).slice(0, 80)} -> ${JSON.stringify(reply).slice(0, 200)}`);
    }
    const alive = await ui({ type: "get-tab-state", tabId: 999_999 });
    assert.ok(alive && "ok" in alive, "the worker still answers");
  });

  await suite.test("nothing in the extension threw or logged an error", async () => {
    assert.deepEqual(errors, []);
  });
}

/** Evaluates `expression` in a fresh isolated world of the page's main frame (CDP), returning its value. */
async function look(page, expression) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send("Page.getFrameTree");
    const { executionContextId } = await cdp.send("Page.createIsolatedWorld", { frameId: frameTree.frame.id, worldName: "sourcelight-test" });
    const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", { expression, contextId: executionContextId, returnByValue: true });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach();
  }
}
