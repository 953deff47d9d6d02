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
import { runChromiumPage } from "../tests/browser/chromium-page.mjs";

const BROWSERS = { chromium: "/usr/lib/chromium/chromium", "chromium-page": "/usr/lib/chromium/chromium", firefox: "/usr/bin/firefox-esr" };
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
  for (const [name, run] of [["chromium", runChromium], ["chromium-page", runChromiumPage], ["firefox", runFirefox]]) {
    if (only && only !== name) continue;
    const suite = new Suite(name);
    suites.push(suite);
    if (!existsSync(BROWSERS[name])) {
      suite.abort(`${BROWSERS[name]} is not installed (apt-get install -y --no-install-recommends chromium firefox-esr)`);
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
