/**
 * npm run bench:page: what a scan costs the page, in Debian's headless Chromium with the built
 * extension (dist/chrome; run `npm run build` first). Pages: the demo article, a 2 MB article, a
 * page of 50,000 nodes (half of them comments), and a live blog that appends a post every second
 * for 10 s. For each: time to the first highlight and to the end of the scan (the page's clock,
 * from the scan request), the content script's longest work slice, long tasks (over 50 ms) the
 * page saw during the scan, and JavaScript heap of the page (the content script shares the page's
 * V8 heap: the difference before and after the scan is ours) and of the extension's service worker
 * (after a garbage collection, through the DevTools protocol). Report only: nothing is asserted,
 * the figures depend on the machine.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { clickToolbarButton, DIST, withChromiumExtension } from "../tests/browser/chromium-extension.mjs";
import { benchPages } from "./lib/bench-pages.mjs";

const LIVE_SECONDS = 10;

if (!existsSync(`${DIST}/manifest.json`)) {
  console.error("dist/chrome is missing: run `npm run build` first.");
  process.exit(1);
}

const demo = readFileSync(fileURLToPath(new URL("../tests/fixtures/pages/demo-article.html", import.meta.url)), "utf8");
const bigArticle = readFileSync(fileURLToPath(new URL("../tests/fixtures/pages/big-article.html", import.meta.url)), "utf8");
const pages = benchPages({ demo, bigArticle, liveSeconds: LIVE_SECONDS });

const server = createServer((request, response) => {
  const page = pages.find((candidate) => `/${candidate.path}` === request.url);
  if (!page) return void response.writeHead(404).end();
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page.html);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const rows = [];
try {
  await withChromiumExtension({}, async (context) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 10_000 }));
    const extensionId = new URL(worker.url()).host;
    const extensionPage = await context.newPage();
    await extensionPage.goto(`chrome-extension://${extensionId}/options.html`);
    const workerHeap = await workerHeapReader(context);
    for (const page of pages) rows.push(await measure(page, { context, worker, extensionId, extensionPage, workerHeap }));
  });
} finally {
  server.close();
}
printTable(rows);

async function measure(spec, { context, worker, extensionId, extensionPage, workerHeap }) {
  const url = `${origin}/${spec.path}`;
  const page = await context.newPage();
  await page.addInitScript(watchPageScript);
  await page.goto(url);
  await page.bringToFront();
  await page.waitForTimeout(300);
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const heapBefore = (await cdp.send("Runtime.getHeapUsage")).usedSize;
  const size = await page.evaluate(() => ({
    chars: document.body.textContent.length,
    nodes: document.getElementsByTagName("*").length + document.evaluate("count(//text())", document, null, XPathResult.NUMBER_TYPE, null).numberValue,
  }));
  await clickToolbarButton(context, extensionId, url);
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((tab) => tab.url === u)?.id, url);
  const scanStart = await page.evaluate(() => performance.now());
  const reply = await extensionPage.evaluate((m) => chrome.runtime.sendMessage(m), { type: "scan-tab", tabId });
  const stats = () => extensionPage.evaluate((id) => chrome.tabs.sendMessage(id, { type: "get-scan-stats" }, { frameId: 0 }), tabId).then((r) => r?.value);
  let last = await poll(async () => ((await stats())?.last ? await stats() : null), 60_000);
  const first = last.last;
  if (spec.live) {
    // The live blog now appends a post a second: its rescans are measured over the whole run.
    await page.evaluate(() => window.startLive());
    await page.waitForTimeout(spec.live * 1000 + 2500);
    last = await stats();
  }
  const seen = await page.evaluate((start) => ({
    firstHighlightAt: window.__bench.firstHighlightAt,
    longTasks: window.__bench.longTasks.filter((task) => task.start >= start).map((task) => task.duration),
  }), scanStart);
  await cdp.send("HeapProfiler.collectGarbage");
  const heapAfter = (await cdp.send("Runtime.getHeapUsage")).usedSize;
  const metrics = Object.fromEntries((await cdp.send("Performance.getMetrics").catch(() => ({ metrics: [] }))).metrics?.map((m) => [m.name, m.value]) ?? []);
  const workerHeapAfter = await workerHeap();
  await cdp.detach();
  await page.close();
  return {
    page: spec.name,
    ok: reply?.ok === true,
    chars: size.chars,
    nodes: size.nodes,
    firstHighlightMs: seen.firstHighlightAt === null ? null : seen.firstHighlightAt - scanStart,
    scanMs: first.endedAt - scanStart,
    highlights: last.last.highlights,
    scans: last.scans,
    longestSliceMs: last.longestSliceMs,
    longestSliceWas: last.longestSliceWas,
    longTasks: seen.longTasks,
    pageHeapBefore: heapBefore,
    pageHeapAfter: heapAfter,
    jsHeapUsed: metrics.JSHeapUsedSize ?? null,
    workerHeap: workerHeapAfter,
  };
}

/** Runs in the page before its own scripts: long tasks, and the moment our first highlight is registered. */
function watchPageScript() {
  window.__bench = { longTasks: [], firstHighlightAt: null };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  const timer = setInterval(() => {
    if (typeof CSS === "undefined" || !CSS.highlights) return;
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith("sourcelight-") && highlight.size > 0) {
        window.__bench.firstHighlightAt = performance.now();
        clearInterval(timer);
        return;
      }
    }
  }, 4);
}

/** The service worker's used JS heap after a garbage collection, through a DevTools session attached to it. */
async function workerHeapReader(context) {
  const cdp = await context.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send("Target.getTargets");
  const target = targetInfos.find((info) => info.type === "service_worker");
  if (!target) return async () => null;
  const { sessionId } = await cdp.send("Target.attachToTarget", { targetId: target.targetId, flatten: false });
  let next = 0;
  const waiting = new Map();
  cdp.on("Target.receivedMessageFromTarget", (event) => {
    const message = JSON.parse(event.message);
    waiting.get(message.id)?.(message.result);
  });
  const send = (method) =>
    new Promise((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      void cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    });
  return async () => {
    await send("HeapProfiler.collectGarbage");
    return (await send("Runtime.getHeapUsage"))?.usedSize ?? null;
  };
}

async function poll(read, timeoutMs) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > until) throw new Error("timed out waiting for the scan to finish");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function printTable(results) {
  const ms = (value) => (value === null || value === undefined ? "-" : `${Math.round(value)}`);
  const mb = (bytes) => (bytes === null ? "-" : (bytes / 1048576).toFixed(1));
  const header = ["page", "text chars", "nodes", "first highlight ms", "scan ms", "scans", "longest slice ms", "long tasks > 50 ms", "page heap MB (before -> after)", "worker heap MB"];
  const lines = results.map((row) => [
    row.page + (row.ok ? "" : " (scan failed)"),
    row.chars.toLocaleString("en"),
    row.nodes.toLocaleString("en"),
    ms(row.firstHighlightMs),
    ms(row.scanMs),
    String(row.scans),
    `${row.longestSliceMs.toFixed(1)} (${row.longestSliceWas})`,
    row.longTasks.length === 0 ? "none" : `${row.longTasks.length}, longest ${ms(Math.max(...row.longTasks))}`,
    `${mb(row.pageHeapBefore)} -> ${mb(row.pageHeapAfter)}`,
    mb(row.workerHeap),
  ]);
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const line of lines) console.log(`| ${line.join(" | ")} |`);
  console.log(`\nChromium ${DIST}; long tasks are all the page's tasks over 50 ms from the scan request on (the page's own included); slices are the content script's own timing.`);
}
