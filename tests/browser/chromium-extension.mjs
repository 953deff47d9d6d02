/**
 * What every Chromium suite shares: Debian's Chromium with the built extension loaded, the toolbar
 * button clicked through the DevTools protocol (which grants activeTab exactly like a real click),
 * and the popup opened in a window of its own for a given tab.
 */
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";
import { assert } from "./harness.mjs";

export const DIST = fileURLToPath(new URL("../../dist/chrome", import.meta.url));
const CHROMIUM = "/usr/lib/chromium/chromium";

/** Runs `body(context)` in a fresh headless Chromium with the extension loaded, and always closes it. */
export async function withChromiumExtension(options, body) {
  const context = await chromium.launchPersistentContext("", {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    ...options,
    // --load-extension alone is ignored: Playwright passes --disable-extensions unless this pairs with it.
    args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, "--enable-unsafe-extension-debugging"],
  });
  try {
    await body(context);
  } finally {
    await context.close();
  }
}

/** Clicks our toolbar button on the tab showing `url`, through the DevTools protocol (grants activeTab). */
export async function clickToolbarButton(context, extensionId, url) {
  const cdp = await context.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
  const tab = targetInfos.find((info) => info.type === "tab" && info.url === url);
  assert.ok(tab, `the tab target of ${url}`);
  await cdp.send("Extensions.triggerAction", { id: extensionId, targetId: tab.targetId });
  await cdp.detach();
}

/** Opens popup.html for the tab in a window of its own, so the article tab stays visible. */
export async function openPopupWindow(context, worker, extensionId, tabId) {
  const url = `chrome-extension://${extensionId}/popup.html?tab=${tabId}`;
  const opened = context.waitForEvent("page", { predicate: (p) => p.url() === url, timeout: 10_000 });
  await worker.evaluate((u) => chrome.windows.create({ url: u, type: "popup", width: 420, height: 720 }), url);
  const popup = await opened;
  await popup.setViewportSize({ width: 400, height: 700 });
  return popup;
}

/**
 * Collects what our extension threw or logged as an error, for suites whose pages run scripts of
 * their own that may throw in their own world: only errors from chrome-extension: pages (or from no
 * page, as the service worker's are) count. Returns the live list.
 */
export function collectExtensionErrors(context) {
  const errors = [];
  context.on("weberror", (error) => {
    if (error.page()?.url().startsWith("chrome-extension:") ?? true) errors.push(`uncaught: ${error.error().message}`);
  });
  context.on("console", (message) => {
    if (message.type() === "error" && message.location().url.startsWith("chrome-extension:")) errors.push(message.text());
  });
  return errors;
}

/**
 * Records every request the browser context makes: pages (the article, where the content script
 * runs too), the popup and options pages, and the service worker (playwright reports a worker's
 * requests on the context, with `serviceWorker()` set). Returns the live list.
 */
export function watchRequests(context) {
  const requests = [];
  context.on("request", (request) => {
    requests.push({ url: request.url(), from: request.serviceWorker() ? "service worker" : (request.frame()?.url() ?? "?") });
  });
  return requests;
}

/** The requests that went anywhere but the allowed origins (chrome-extension://, data: and blob: always allowed). */
export function requestsOutside(requests, allowedOrigins) {
  return requests.filter(({ url }) => {
    if (/^(chrome-extension|data|blob):/.test(url)) return false;
    return !allowedOrigins.includes(new URL(url).origin);
  });
}
