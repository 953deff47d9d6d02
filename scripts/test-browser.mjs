/**
 * Real-browser tests of the built extension: Chromium (playwright-core) and Firefox ESR
 * (puppeteer-core over WebDriver BiDi), Debian's browsers only. Run `npm run build` first.
 * Ends with one line: "N passed, N failed".
 */
import { existsSync } from "node:fs";
import { Suite, SuiteAborted } from "../tests/browser/harness.mjs";
import { startServer } from "../tests/browser/server.mjs";
import { runChromium } from "../tests/browser/chromium.mjs";
import { runFirefox } from "../tests/browser/firefox.mjs";
import { runChromiumReview } from "../tests/browser/chromium-review.mjs";
import { runFirefoxReview } from "../tests/browser/firefox-review.mjs";
import { runFirefoxPage } from "../tests/browser/firefox-page.mjs";
import { runChromiumUi } from "../tests/browser/chromium-ui.mjs";
import { runChromiumPage } from "../tests/browser/chromium-page.mjs";
import { runChromiumA11y } from "../tests/browser/chromium-a11y.mjs";
import { runBundleSinks } from "../tests/browser/bundle-sinks.mjs";
import { runChromiumHostile } from "../tests/browser/chromium-hostile.mjs";
import { runChromiumFaults } from "../tests/browser/chromium-faults.mjs";

const CHROMIUM = "/usr/lib/chromium/chromium";
const FIREFOX = "/usr/bin/firefox-esr";
/** Each suite, the browser binary it needs (null: none), and how to run it; `node scripts/test-browser.mjs NAME` runs one. */
const SUITES = [
  ["bundle-sinks", null, runBundleSinks],
  ["chromium", CHROMIUM, runChromium],
  ["chromium-review", CHROMIUM, runChromiumReview],
  ["chromium-ui", CHROMIUM, runChromiumUi],
  ["chromium-page", CHROMIUM, runChromiumPage],
  ["chromium-a11y", CHROMIUM, runChromiumA11y],
  ["chromium-hostile", CHROMIUM, runChromiumHostile],
  ["chromium-faults", CHROMIUM, runChromiumFaults],
  ["firefox", FIREFOX, runFirefox],
  ["firefox-review", FIREFOX, runFirefoxReview],
  ["firefox-page", FIREFOX, runFirefoxPage],
];
const only = process.argv[2];

for (const dir of ["dist/chrome", "dist/firefox"]) {
  if (!existsSync(`${dir}/manifest.json`)) {
    console.error(`${dir} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const server = await startServer();
const suites = [];
const started = Date.now();
try {
  for (const [name, binary, run] of SUITES) {
    if (only && only !== name) continue;
    const suite = new Suite(name);
    suites.push(suite);
    if (binary && !existsSync(binary)) {
      suite.abort(`${binary} is not installed (apt-get install -y --no-install-recommends chromium firefox-esr)`);
      continue;
    }
    console.log(`${name}:`);
    const suiteStarted = Date.now();
    try {
      await run(suite, server);
    } catch (error) {
      if (!(error instanceof SuiteAborted)) suite.abort(`crashed: ${error?.stack ?? error}`);
    }
    console.log(`  (${name}: ${((Date.now() - suiteStarted) / 1000).toFixed(1)} s)`);
  }
} finally {
  await server.close();
}

const passed = suites.reduce((sum, suite) => sum + suite.passed, 0);
const failed = suites.reduce((sum, suite) => sum + suite.failed, 0);
for (const failure of suites.flatMap((suite) => suite.failures)) console.log(`failed: ${failure}`);
console.log(`browser tests took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
