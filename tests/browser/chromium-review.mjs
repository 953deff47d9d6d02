/**
 * The fact-checkers' review in Debian's Chromium, the way a fact-checker uses it: scan the demo
 * article, mark a claim in the popup, reload and rescan (the mark is on the same words), export the
 * review as JSON (a real download), re-import it (nothing lost), and a bad file (an error, marks kept).
 */
import { readFile } from "node:fs/promises";
import { assert, waitFor } from "./harness.mjs";
import { clickToolbarButton, openPopupWindow, withChromiumExtension } from "./chromium-extension.mjs";


export async function runChromiumReview(suite, server) {
  await withChromiumExtension({ acceptDownloads: true }, (context) => scenario(suite, server, context));
}

async function scenario(suite, server, context) {
  const pageUrl = `${server.origin}/demo-article.html`;
  const reviewKey = `sourcelight.review:${pageUrl}`;
  const errors = [];
  context.on("weberror", (error) => errors.push(`uncaught: ${error.error().message}`));
  let worker, extensionId, page, popup, tabId, marked, exported;
  const storedReview = () => worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key], reviewKey);

  const scanInPopup = async () => {
    await clickToolbarButton(context, extensionId, pageUrl);
    tabId = await waitFor(() => worker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, pageUrl), {
      what: "the demo tab to be granted",
    });
    popup = await openPopupWindow(context, worker, extensionId, tabId);
    await popup.getByRole("button", { name: "Scan this page" }).click();
    await popup.locator(".review-items li").first().waitFor({ timeout: 15_000 });
  };

  await suite.test("review: the service worker starts and the demo article is scanned", async () => {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 10_000 }));
    extensionId = new URL(worker.url()).host;
    page = await context.newPage();
    await page.goto(pageUrl);
    await scanInPopup();
    assert.match(await popup.locator("[data-review-progress]").textContent(), /^0 of \d+ reviewed$/);
    assert.equal(await storedReview(), undefined, "nothing is stored before the first mark");
  }, { critical: true });

  await suite.test("review: a claim marked disputed with a note is stored with its words", async () => {
    const item = popup.locator('.review-items li[data-review-item^="claim:"]').first();
    const id = (await item.getAttribute("data-review-item")).slice("claim:".length);
    await item.locator("summary").click();
    await item.getByRole("radio", { name: "disputed" }).click();
    await item.getByLabel("Note").fill("The agency never said this.");
    await item.getByRole("button", { name: "Save mark" }).click();
    await popup.locator('.review-items li[data-mark="disputed"]').waitFor({ timeout: 5_000 });
    const review = await storedReview();
    const claim = review.claims.find((c) => c.id === id);
    assert.equal(review.marks.length, 1);
    assert.equal(review.marks[0].target.claimId, id);
    marked = { cue: claim.cue.text, source: claim.source?.text ?? null, content: claim.content?.text ?? null, start: claim.cue.start };
    assert.match(await popup.locator("[data-review-progress]").textContent(), /^1 of \d+ reviewed \(1 disputed\)$/);
  });

  await suite.test("review: after a reload and a rescan the mark is on the same words", async () => {
    await popup.close();
    await page.reload();
    await scanInPopup();
    const disputed = popup.locator('.review-items li[data-mark="disputed"]');
    await disputed.waitFor({ timeout: 5_000 });
    const id = (await disputed.getAttribute("data-review-item")).slice("claim:".length);
    const review = await storedReview();
    const claim = review.claims.find((c) => c.id === id);
    assert.deepEqual({ cue: claim.cue.text, source: claim.source?.text ?? null, content: claim.content?.text ?? null, start: claim.cue.start }, marked);
    assert.equal(review.marks[0].note, "The agency never said this.");
    assert.equal(await popup.locator(".orphans").count(), 0, "no mark lost its place");
  });

  await suite.test("review: Export JSON downloads the report contract with the marks", async () => {
    const download = popup.waitForEvent("download", { timeout: 10_000 });
    await popup.locator('[data-export="json"]').click();
    const file = await download;
    assert.match(file.suggestedFilename(), /^sourcelight-review-.*\.json$/);
    exported = await readFile(await file.path(), "utf8");
    const parsed = JSON.parse(exported);
    assert.equal(parsed.key, pageUrl);
    assert.ok(parsed.claims.length > 0 && parsed.article);
    assert.deepEqual(parsed.marks, (await storedReview()).marks);
  });

  await suite.test("review: a bad import shows an error and keeps the stored marks", async () => {
    const before = await storedReview();
    await popup.locator(".review-import input[type=file]").setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from('{"format":"nope"') });
    await popup.locator("[data-import-error]").waitFor({ timeout: 5_000 });
    assert.match(await popup.locator("[data-import-error]").textContent(), /^Nothing was imported: \S/);
    assert.deepEqual(await storedReview(), before);
  });

  await suite.test("review: the exported JSON re-imports into an empty store with nothing lost", async () => {
    const before = await storedReview();
    await worker.evaluate((key) => chrome.storage.local.remove(key), reviewKey);
    await popup.locator(".review-import input[type=file]").setInputFiles({ name: "review.json", mimeType: "application/json", buffer: Buffer.from(exported) });
    await waitFor(async () => /1 marks added/.test((await popup.locator("[data-import-summary]").textContent().catch(() => "")) ?? ""), { what: "the import summary" });
    const after = await storedReview();
    assert.deepEqual(after.marks, before.marks);
    assert.deepEqual(after.claims, before.claims);
    await popup.locator('.review-items li[data-mark="disputed"]').waitFor({ timeout: 5_000 });
  });

  await suite.test("review: an import that differs shows both versions and applies the choice", async () => {
    const theirs = JSON.parse(exported);
    theirs.marks[0].note = "Confirmed with the agency.";
    await popup.locator(".review-import input[type=file]").setInputFiles({ name: "theirs.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(theirs)) });
    const conflict = popup.locator("[data-conflict]");
    await conflict.waitFor({ timeout: 5_000 });
    const text = await conflict.textContent();
    assert.ok(text.includes("The agency never said this.") && text.includes("Confirmed with the agency."), text);
    assert.equal((await storedReview()).marks[0].note, "The agency never said this.", "not overwritten before the choice");
    await conflict.locator('[data-keep="incoming"]').click();
    await waitFor(async () => (await storedReview()).marks[0].note === "Confirmed with the agency.", { what: "the chosen version stored" });
    // The popup re-renders after the storage write lands, so the conflict goes a moment after the stored choice.
    await popup.locator("[data-conflict]").waitFor({ state: "detached", timeout: 5_000 });
  });

  await suite.test("review: after an edit above it and Scan again, the mark is still on the same words", async () => {
    const before = await storedReview();
    const claimOf = (review) => review.claims.find((c) => c.id === review.marks[0].target.claimId);
    await page.evaluate(() => {
      const first = document.querySelector("article p") ?? document.querySelector("p");
      const note = document.createElement("p");
      note.textContent = "Correction: an earlier version of this article misstated the date of the report.";
      first.before(note);
    });
    await popup.getByRole("button", { name: "Scan again" }).click();
    const after = await waitFor(async () => {
      const review = await storedReview();
      const claim = review && claimOf(review);
      return claim && claim.cue.start !== claimOf(before).cue.start && review;
    }, { what: "the review re-attached to the edited page" });
    const [was, now] = [claimOf(before), claimOf(after)];
    assert.deepEqual([now.cue.text, now.source?.text, now.content?.text], [was.cue.text, was.source?.text, was.content?.text]);
    await popup.locator('.review-items li[data-mark="disputed"]').waitFor({ timeout: 5_000 });
  });

  await suite.test("review: when the marked passage is deleted, the mark is shown as lost, not moved", async () => {
    const stored = await storedReview();
    const claim = stored.claims.find((c) => c.id === stored.marks[0].target.claimId);
    const removed = await page.evaluate((cue) => {
      const paragraphs = [...document.querySelectorAll("p")].filter((p) => p.textContent.includes(cue));
      paragraphs.forEach((p) => p.remove());
      return paragraphs.length;
    }, claim.content?.text ?? claim.cue.text);
    assert.ok(removed > 0, "the marked paragraph was found and removed");
    await popup.getByRole("button", { name: "Scan again" }).click();
    await popup.locator(".orphans [data-orphan]").waitFor({ timeout: 10_000 });
    assert.equal(await popup.locator('.review-items li[data-mark="disputed"]').count(), 0, "no other claim took the mark");
    const review = await storedReview();
    assert.equal(review.marks.length, 1, "the mark is kept");
    assert.equal(review.marks[0].target.claimId, null);
  });

  await suite.test("review: the checklist ticks off what is marked", async () => {
    await popup.getByRole("button", { name: "Checklist" }).click();
    const heading = await popup.locator("#checklist-heading").textContent();
    assert.match(heading, /^Before publishing: \d+ of \d+ done$/);
  });

  await suite.test("review: no uncaught errors in our pages", async () => {
    assert.deepEqual(errors, []);
  });
}


