/**
 * What every Firefox suite shares: Debian's Firefox ESR (puppeteer-core over WebDriver BiDi) with a
 * copy of the built extension installed. Firefox offers automation no way to click a toolbar button,
 * so the copy carries a host permission for the local test server: it stands in for the activeTab
 * grant the reader's click gives. The fixed UUID makes moz-extension://UUID/ pages reachable.
 */
import puppeteer from "puppeteer-core";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { randomUUID } from "node:crypto";

const DIST = fileURLToPath(new URL("../../dist/firefox", import.meta.url));
const FIREFOX = "/usr/bin/firefox-esr";

/**
 * Starts Firefox with the extension as the suite's first, critical test (named `startTitle`), runs
 * `body(browser, uuid)`, and always closes the browser and removes the copy.
 */
export async function withFirefoxExtension(suite, startTitle, body) {
  const dir = mkdtempSync(join(tmpdir(), "sourcelight-firefox-"));
  const extension = join(dir, "extension");
  cpSync(DIST, extension, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extension, "manifest.json"), "utf8"));
  manifest.host_permissions = ["http://127.0.0.1/*"];
  writeFileSync(join(extension, "manifest.json"), JSON.stringify(manifest));
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();

  let browser;
  await suite.test(startTitle, async () => {
    browser = await launchWithRetry(geckoId, uuid, extension);
  }, { critical: true });
  try {
    await body(browser, uuid);
  } finally {
    await browser.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts Firefox and installs the extension, once more if that fails (a flaky start was seen once in 40 runs). */
async function launchWithRetry(geckoId, uuid, extension) {
  const options = {
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: uuid }),
      // Grant manifest host permissions at install, as a user accepting them would.
      "extensions.originControls.grantByDefault": true,
    },
  };
  for (let attempt = 1; ; attempt++) {
    let browser;
    try {
      browser = await puppeteer.launch(options);
      await browser.installExtension(extension);
      return browser;
    } catch (error) {
      await browser?.close().catch(() => undefined);
      if (attempt === 2) throw error;
      console.log(`       firefox did not start cleanly (${error?.message ?? error}); trying once more`);
    }
  }
}
