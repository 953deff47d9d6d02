/**
 * Lints the Firefox build with web-ext (addons-linter, offline). Fails on errors; prints warnings
 * and notices so they stay visible. Run `npm run build` first.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE = join(ROOT, "dist/firefox");
const WEB_EXT = join(ROOT, "node_modules/.bin/web-ext");

if (!existsSync(join(SOURCE, "manifest.json"))) {
  console.error("lint: dist/firefox/manifest.json is missing; run `npm run build` first.");
  process.exit(1);
}

const run = spawnSync(WEB_EXT, ["lint", "--source-dir", SOURCE, "--output=json", "--no-config-discovery"], {
  encoding: "utf8",
  maxBuffer: 32 * 1024 * 1024,
});
let result;
try {
  result = JSON.parse(run.stdout.slice(run.stdout.indexOf("{")));
} catch {
  console.error(`lint: web-ext gave no JSON report (exit ${run.status}).\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

const show = (level, items) => {
  for (const item of items) console.log(`  ${level} ${item.code}: ${item.message}${item.file ? ` (${item.file}${item.line ? `:${item.line}` : ""})` : ""}`);
};
show("error  ", result.errors);
show("warning", result.warnings);
show("notice ", result.notices);
console.log(`web-ext lint: ${result.errors.length} errors, ${result.warnings.length} warnings, ${result.notices.length} notices`);
process.exit(result.errors.length > 0 ? 1 : 0);
