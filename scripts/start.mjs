// `npm start` (after `npm run build`): scans the bundled demo article with the built command-line
// scanner, prints its report, then says how to load the built extension in each browser.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = `${root}dist/cli/sourcelight.js`;
const demo = `${root}tests/fixtures/pages/demo-article.html`;

if (!existsSync(cli)) {
  console.error("sourcelight: dist/cli/sourcelight.js is missing: run `npm run build` first.");
  process.exit(1);
}
console.log("Scanning the demo article: sourcelight scan tests/fixtures/pages/demo-article.html\n");
const scan = spawnSync(process.execPath, [cli, "scan", demo], { stdio: "inherit" });
if (scan.status !== 0) process.exit(scan.status ?? 1);

console.log(`
The extension is built in dist/chrome/ and dist/firefox/ (zips: dist/sourcelight-chrome.zip, dist/sourcelight-firefox.zip).
  Chrome or Chromium: open chrome://extensions, turn on Developer mode, click "Load unpacked" and choose dist/chrome.
  Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on..." and choose dist/firefox/manifest.json.
Then open a news article, click the Sourcelight button in the toolbar and press Scan.`);
