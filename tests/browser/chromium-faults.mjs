/**
 * Faults in a real browser (Debian's Chromium): the service worker stopped through the DevTools
 * protocol while a scan of a long article (430,000 characters) is in flight, and the article's tab
 * closed mid-scan. The popup must end with the result or a clear retry message (never stay on
 * "Scanning"), and nothing may throw or log an error. Also privacy with a team registry set: its address is then the one
 * place beyond the page that the extension may reach.
 */
import { assert, waitFor } from "./harness.mjs";
import { clickToolbarButton, collectExtensionErrors, openPopupWindow, requestsOutside, watchRequests, withChromiumExtension } from "./chromium-extension.mjs";

export async function runChromiumFaults(suite, server) {
  await withChromiumExtension({}, (context) => scenario(suite, server, context));
}

async function scenario(suite, server, context) {
  const errors = collectExtensionErrors(context);
  const requests = watchRequests(context);
  let worker, extensionId;
  const currentWorker = () => context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  const tabState = async (tabId) => {
    worker = await waitFor(currentWorker, { what: "a service worker" });
    return worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId);
  };

  /** Stops our service worker the way Chrome does when it idles out or crashes: its target is closed. */
  async function killWorker() {
    const cdp = await context.browser().newBrowserCDPSession();
    const ours = async () =>
      (await cdp.send("Target.getTargets")).targetInfos.find((info) => info.type === "service_worker" && info.url.startsWith(`chrome-extension://${extensionId}/`));
    const target = await ours();
    assert.ok(target, "our service worker is running");
    await cdp.send("Target.closeTarget", { targetId: target.targetId });
    await waitFor(async () => !(await ours()), { what: "the service worker to stop" });
    await cdp.detach();
  }

  async function openBigArticle() {
    const url = `${server.origin}/fault-article.html`;
    const page = await context.newPage();
    await page.goto(url);
    await clickToolbarButton(context, extensionId, url);
    const tabId = await waitFor(() => worker.evaluate(async (u) => (await chrome.tabs.query({})).find((tab) => tab.url === u)?.id, url), { what: "the tab" });
    return { page, tabId };
  }

  await suite.test("faults: the service worker starts", async () => {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 10_000 }));
    extensionId = new URL(worker.url()).host;
  }, { critical: true });

  await suite.test("the service worker killed mid-scan: the popup ends with the result or a clear retry message", async () => {
    const { page, tabId } = await openBigArticle();
    const popup = await openPopupWindow(context, worker, extensionId, tabId);
    await popup.getByRole("button", { name: "Scan this page" }).click();
    await popup.locator('main[data-phase="scanning"]').waitFor({ timeout: 5_000 });
    await killWorker();
    const phase = () => popup.locator("main").getAttribute("data-phase");
    // Never left on "Scanning": either the page's answer woke a new worker and the result arrived, or an error says what to do.
    const settled = await waitFor(async () => ["ready", "error"].includes(await phase()) && (await phase()), { timeout: 30_000, what: "the popup to leave Scanning" });
    console.log(`       after the kill the popup showed: ${settled}`);
    if (settled === "error") {
      assert.match(await popup.locator(".status.error").textContent(), /background stopped before it answered; try again/);
      await popup.getByRole("button", { name: "Try again" }).click();
      await popup.locator('main[data-phase="ready"]').waitFor({ timeout: 30_000 });
    }
    const state = await waitFor(() => tabState(tabId), { timeout: 30_000, what: "the tab's report" });
    assert.ok(state.report.claims.length > 200, `${state.report.claims.length} claims`);
    assert.equal(await popup.locator("button.claim").count() > 0, true);
    await popup.close();
    await page.close();
  });

  await suite.test("the tab closed mid-scan: no error, its results removed", async () => {
    const { page, tabId } = await openBigArticle();
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
    const reply = extensionPage.evaluate((id) => chrome.runtime.sendMessage({ type: "scan-tab", tabId: id }), tabId);
    await page.close();
    const answer = await reply;
    // Either the scan finished just before the tab went, or it was cut off by the closed tab (when the
    // tab is gone before injection starts, Chrome's "No tab with id" reads as a restricted tab).
    assert.ok(answer.ok || answer.error === "The tab was closed before its scan finished." || answer.code === "restricted", JSON.stringify(answer).slice(0, 300));
    console.log(`       the scan request got: ${answer.ok ? "a report" : answer.error}`);
    await waitFor(async () => !(await tabState(tabId)), { what: "the closed tab's report to be removed" });
    await extensionPage.close();
  });

  await suite.test("with a team registry set, the extension reaches it and nothing else", async () => {
    const team = "https://team.sourcelight.test";
    const entry = { id: "data-weekly", name: "Data Weekly", kind: "news-outlet", country: "GB", aliases: [], acronyms: [], description: "A test outlet.", parent: null, roles: [] };
    // The team's server, played by the test: Chromium routes the service worker's fetch here too.
    await context.route(`${team}/**`, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", headers: { "access-control-allow-origin": "*" }, body: JSON.stringify([entry]) }),
    );
    const from = requests.length;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    // What the options page sends once the user granted the team's origin (the grant prompt cannot be clicked headless).
    const reply = await options.evaluate((url) => chrome.runtime.sendMessage({ type: "registry/team-set", url }), `${team}/registry.json`);
    assert.equal(reply.ok, true, JSON.stringify(reply));
    assert.deepEqual({ count: reply.value.entryCount, error: reply.value.lastError }, { count: 1, error: null });
    const page = await context.newPage();
    await page.goto(`${server.origin}/demo-article.html`);
    await clickToolbarButton(context, extensionId, `${server.origin}/demo-article.html`);
    const tabId = await waitFor(() => worker.evaluate(async (u) => (await chrome.tabs.query({})).find((tab) => tab.url === u)?.id, `${server.origin}/demo-article.html`));
    const scanned = await options.evaluate((id) => chrome.runtime.sendMessage({ type: "scan-tab", tabId: id }), tabId);
    assert.equal(scanned.ok, true);
    const session = requests.slice(from);
    assert.deepEqual(requestsOutside(session, [server.origin, team]), []);
    const toTeam = session.filter((r) => r.url.startsWith(team));
    assert.deepEqual(toTeam, [{ url: `${team}/registry.json`, from: "service worker" }]);
    await page.close();
    await options.close();
  });

  await suite.test("over the whole suite no request went anywhere but the test server, the extension and the team registry", async () => {
    assert.deepEqual(requestsOutside(requests, [server.origin, "https://team.sourcelight.test"]), []);
  });

  await suite.test("nothing in the extension threw or logged an error", async () => {
    assert.deepEqual(errors, []);
  });
}
