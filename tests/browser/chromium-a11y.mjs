/**
 * Accessibility of what Sourcelight shows, in Debian's Chromium: on the popup (after a scan of the
 * demo article) and on the hover card, every interactive element has an accessible name (read from
 * the browser's own accessibility tree over CDP), Tab visits the popup's controls once each in
 * document order, the popup works from the keyboard alone, and text contrast is at least 4.5:1
 * (3:1 for large text) in the light and the dark theme.
 */
import { assert, waitFor } from "./harness.mjs";
import { lowContrastIn, unnamedInteractive } from "./a11y-probes.mjs";
import { clickToolbarButton, openPopupWindow, withChromiumExtension } from "./chromium-extension.mjs";
import { cueOnScreen } from "./page-checks.mjs";

export async function runChromiumA11y(suite, server) {
  await withChromiumExtension({}, (context) => scenario(suite, server, context));
}

async function scenario(suite, server, context) {
  const pageUrl = `${server.origin}/demo-article.html`;
  let worker, extensionId, page, popup, tabId;

  await suite.test("a11y: the demo article is scanned from the popup", async () => {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 10_000 }));
    extensionId = new URL(worker.url()).host;
    page = await context.newPage();
    await page.goto(pageUrl);
    await clickToolbarButton(context, extensionId, pageUrl);
    tabId = await waitFor(() => worker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, pageUrl), { what: "the tab" });
    popup = await openPopupWindow(context, worker, extensionId, tabId);
    await popup.getByRole("button", { name: "Scan this page" }).click();
    await popup.locator(".sources").waitFor({ timeout: 15_000 });
  }, { critical: true });

  await suite.test("a11y: every interactive element of the popup has an accessible name", async () => {
    const cdp = await context.newCDPSession(popup);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    await cdp.detach();
    const interactive = nodes.filter((node) => !node.ignored && ["button", "link", "checkbox", "searchbox", "textbox", "combobox"].includes(node.role?.value));
    assert.ok(interactive.length >= 8, `the popup's controls are in the accessibility tree (${interactive.length})`);
    assert.deepEqual(unnamedInteractive(nodes), []);
  });

  await suite.test("a11y: Tab visits each of the popup's controls once, in document order (no positive tabindex)", async () => {
    const expected = await popup.evaluate(() => {
      // What a sighted keyboard user can reach: rendered, enabled, not inside a closed <details> (checkVisibility).
      const focusable = [...document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]")].filter(
        (element) => element.tabIndex >= 0 && !element.disabled && element.checkVisibility({ visibilityProperty: true }),
      );
      focusable.forEach((element, index) => element.setAttribute("data-a11y-order", String(index)));
      return { count: focusable.length, positive: [...document.querySelectorAll("[tabindex]")].filter((element) => element.tabIndex > 0).length };
    });
    assert.equal(expected.positive, 0, "no positive tabindex");
    // Start on the first control (blurring would leave Chromium's starting point where focus was).
    await popup.focus('[data-a11y-order="0"]');
    const visited = ["0"];
    for (let i = 1; i < expected.count; i++) {
      await popup.keyboard.press("Tab");
      visited.push(await popup.evaluate(() => document.activeElement?.getAttribute("data-a11y-order") ?? `<${document.activeElement?.localName}>`));
    }
    console.log(`       visited: ${visited.join(" ")}`);
    assert.deepEqual(visited, Array.from({ length: expected.count }, (_, i) => String(i)));
  });

  await suite.test("a11y: the popup works from the keyboard: arrow keys move through the claims, Enter shows one in the page", async () => {
    const first = popup.locator("button.claim").first();
    await first.focus();
    await popup.keyboard.press("ArrowDown");
    const moved = await popup.evaluate(() => {
      const claims = [...document.querySelectorAll("button.claim")];
      return claims.indexOf(document.activeElement);
    });
    assert.equal(moved, 1, "ArrowDown focuses the next claim");
    const claimId = await popup.evaluate(() => document.activeElement.getAttribute("data-claim"));
    await popup.keyboard.press("Enter");
    // The claim is shown in the page: flashed, and (see the next test) its card opened.
    await waitFor(() => page.evaluate(() => CSS.highlights.has("sourcelight-flash") && CSS.highlights.get("sourcelight-flash").size > 0), { what: `claim ${claimId} flashed in the page` });
    await waitFor(() => page.evaluate(() => document.querySelector("sourcelight-ui")?.isConnected === true), { what: "the claim's card to open" });
  });

  for (const scheme of ["light", "dark"]) {
    await suite.test(`a11y: popup text contrast is at least 4.5:1 (3:1 large) in the ${scheme} theme`, async () => {
      await popup.emulateMedia({ colorScheme: scheme });
      // The probe itself catches grey on white (2.8:1) ...
      const probe = await popup.evaluate(`(() => {
        const sample = document.body.appendChild(Object.assign(document.createElement("p"), { textContent: "grey sample" }));
        sample.style.cssText = "color: #999 !important; background: #fff !important";
        const found = (${lowContrastIn})(document.body).failures.some((failure) => failure.text === "grey sample");
        sample.remove();
        return found;
      })()`);
      assert.equal(probe, true, "the contrast probe flags grey text on white");
      // ... and finds none in the popup.
      const result = await popup.evaluate(`(${lowContrastIn})(document.body)`);
      console.log(`       popup, ${scheme}: ${result.checked} text elements checked`);
      assert.ok(result.checked >= 20, `text checked (${result.checked})`);
      assert.deepEqual(result.failures, []);
    });
  }

  for (const scheme of ["light", "dark"]) {
    await suite.test(`a11y: the hover card is in the accessibility tree with no unnamed control, and its text contrast is at least 4.5:1 (${scheme})`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.mouse.move(2, 2);
      await waitFor(() => page.evaluate(() => !document.querySelector("sourcelight-ui")), { what: "no card" });
      await page.bringToFront();
      const cue = await waitFor(() => cueOnScreen(page, 200), { what: "a cue on screen" });
      await page.mouse.move(cue.x, cue.y);
      await waitFor(() => page.evaluate(() => document.querySelector("sourcelight-ui")?.isConnected === true), { what: "the card" });
      const cdp = await context.newCDPSession(page);
      const { nodes } = await cdp.send("Accessibility.getFullAXTree");
      assert.ok(nodes.some((node) => !node.ignored && node.role?.value === "tooltip"), "the card is a tooltip in the accessibility tree");
      assert.deepEqual(unnamedInteractive(nodes), []);
      // The card lives in a closed shadow root: reach it through the DOM domain, then run the same probe on it.
      const { root } = await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
      const host = findNode(root, (node) => node.localName === "sourcelight-ui");
      assert.ok(host?.shadowRoots?.length, "the card's shadow root");
      const { object } = await cdp.send("DOM.resolveNode", { backendNodeId: host.shadowRoots[0].backendNodeId });
      const { result } = await cdp.send("Runtime.callFunctionOn", {
        objectId: object.objectId,
        functionDeclaration: `function () { return (${lowContrastIn})(this); }`,
        returnByValue: true,
      });
      // Its words come from _locales through the content script's i18n lookup (a missing lookup would show message names).
      const { result: words } = await cdp.send("Runtime.callFunctionOn", { objectId: object.objectId, functionDeclaration: "function () { return this.textContent; }", returnByValue: true });
      assert.ok(!/\b(?:popup|severity)[A-Z]\w+/.test(words.value), `the card's words are messages, not message names: ${words.value}`);
      await cdp.detach();
      console.log(`       card, ${scheme}: ${result.value.checked} text elements checked; says: ${words.value}`);
      assert.ok(result.value.checked >= 2, `card text checked (${result.value.checked})`);
      assert.deepEqual(result.value.failures, []);
    });
  }
}

function findNode(node, test) {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}
