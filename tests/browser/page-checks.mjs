/**
 * The checks of the layout pages that the Chromium and the Firefox suites (chromium-page,
 * firefox-page) share: which words of the news site are highlighted (the story's, never its
 * furniture), the toggle that leaves DOM and style sheets as they were, a single-page site swapping
 * its article, and reading our highlights out of the page's CSS.highlights.
 * Each browser's suite opens and scans the pages its own way and adds its own checks.
 */
import { assert, waitFor } from "./harness.mjs";

/** The news site's furniture: banner, share bar, ad, hidden text, related links, comments, nav, footer. */
export const FURNITURE = "#onetrust-banner-sdk, .share-buttons, .ad-slot, .gone, [aria-hidden], .related-stories, #comments, nav, footer";

/**
 * On the scanned news site (`news`: the page, the scan's reply and its body before the scan): the
 * story's cues and sources are highlighted, nothing in the furniture, and the DOM is left as it was.
 * Returns the highlights.
 */
export async function checkNewsHighlights(news) {
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
  return highlights;
}

/** The toggle (the popup's `ui` messages) turns every highlight off, leaving DOM and style sheets as they were, and on again. */
export async function checkToggle(news, ui) {
  const count = (await readHighlights(news.page, FURNITURE)).length;
  assert.equal((await ui({ type: "set-highlights", tabId: news.tabId, visible: false }))?.ok, true);
  assert.equal((await readHighlights(news.page, FURNITURE)).length, 0);
  assert.equal(await news.page.evaluate(() => document.adoptedStyleSheets.length), 0);
  assert.equal(await news.page.evaluate(() => document.body.innerHTML), news.bodyBefore);
  assert.equal((await ui({ type: "set-highlights", tabId: news.tabId, visible: true }))?.ok, true);
  assert.equal((await readHighlights(news.page, FURNITURE)).length, count);
}

/** On the scanned single-page site: swapping the article swaps the highlighted sources, and the popup's report follows. */
export async function checkArticleSwap(spa, ui) {
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
}

/** Waits until the live blog's page holds more highlights than `first` (its new posts'), and returns how many. */
export function waitForMoreHighlights(page, first, timeout) {
  return waitFor(async () => {
    const now = (await readHighlights(page, "nav")).length;
    return now > first && now;
  }, { timeout, what: "highlights of new posts" });
}

/** Our registered highlights, read from the page's CSS.highlights: name, text, and whether it lies in `furniture`. */
export function readHighlights(page, furniture) {
  return page.evaluate((selector) => {
    const found = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith("sourcelight-") || name === "sourcelight-flash") continue;
      for (const staticRange of highlight) {
        // Our highlights hold StaticRanges: a live copy gives the text.
        const range = document.createRange();
        range.setStart(staticRange.startContainer, staticRange.startOffset);
        range.setEnd(staticRange.endContainer, staticRange.endOffset);
        const element = range.startContainer.parentElement;
        found.push({ name, text: range.toString(), inFurniture: Boolean(element?.closest(selector)) });
      }
    }
    return found;
  }, furniture);
}

/**
 * The centre of the first highlighted cue on screen, at least `bottomMargin` pixels above the
 * viewport's bottom (room for the hover card below it), or null.
 */
export function cueOnScreen(page, bottomMargin = 0) {
  return page.evaluate((margin) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith("sourcelight-cue-")) continue;
      for (const staticRange of highlight) {
        const range = document.createRange();
        range.setStart(staticRange.startContainer, staticRange.startOffset);
        range.setEnd(staticRange.endContainer, staticRange.endOffset);
        const rect = range.getClientRects()[0];
        if (rect && rect.top > 0 && rect.bottom < innerHeight - margin) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, bottomMargin);
}
