/**
 * Builds the extension for Chrome and Firefox from one source tree and one manifest.json:
 * dist/chrome/, dist/firefox/, dist/sourcelight-{chrome,firefox}.zip, and the command-line
 * scanner dist/cli/sourcelight.js when src/cli/sourcelight.ts exists. Prints every bundle's size and
 * fails when the content script or the popup is over its gzip budget (scripts/lib/size-budget.mjs).
 */
import { build } from "esbuild";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { BUDGETS, measureBundles, overBudget } from "./lib/size-budget.mjs";
import { createZip } from "./lib/zip.mjs";
import { manifestFor } from "./lib/manifest.mjs";
import { zodNamespacePlugin } from "./lib/zod-namespace-plugin.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const STAGE = join(DIST, ".bundle");
const BROWSERS = ["chrome", "firefox"];

const common = {
  bundle: true,
  minify: true,
  legalComments: "none",
  target: ["chrome120", "firefox140"],
  platform: "browser",
  jsx: "automatic",
  jsxImportSource: "preact",
  logLevel: "warning",
  absWorkingDir: ROOT,
  plugins: [zodNamespacePlugin],
};

async function bundleExtension() {
  rmSync(STAGE, { recursive: true, force: true });
  await build({ ...common, entryPoints: { background: "src/background/index.ts" }, format: "esm", outdir: STAGE });
  await build({
    ...common,
    entryPoints: { content: "src/content/index.ts", popup: "src/popup/index.tsx", options: "src/options/index.tsx" },
    format: "iife",
    outdir: STAGE,
  });
  for (const file of ["src/popup/popup.html", "src/popup/popup.css", "src/options/options.html", "src/options/options.css"]) {
    cpSync(join(ROOT, file), join(STAGE, file.split("/").pop()));
  }
  cpSync(join(ROOT, "icons"), join(STAGE, "icons"), { recursive: true, filter: (path) => !path.endsWith(".md") });
  cpSync(join(ROOT, "_locales"), join(STAGE, "_locales"), { recursive: true });
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => statSync(path).isFile())
    .sort();
}

function writeBrowserBuilds() {
  for (const browser of BROWSERS) {
    const out = join(DIST, browser);
    rmSync(out, { recursive: true, force: true });
    cpSync(STAGE, out, { recursive: true });
    writeFileSync(join(out, "manifest.json"), `${JSON.stringify(manifestFor(browser, ROOT), null, 2)}\n`);
    const files = listFiles(out).map((path) => ({ name: relative(out, path).split("\\").join("/"), data: readFileSync(path) }));
    writeFileSync(join(DIST, `sourcelight-${browser}.zip`), createZip(files));
  }
  rmSync(STAGE, { recursive: true, force: true });
}

async function bundleCli() {
  const entry = join(ROOT, "src/cli/sourcelight.ts");
  if (!existsSync(entry)) {
    console.log("note: src/cli/sourcelight.ts does not exist yet; the command-line scanner was not built.");
    return;
  }
  const outfile = join(DIST, "cli/sourcelight.js");
  await build({
    ...common,
    minify: false,
    entryPoints: [entry],
    outfile,
    platform: "node",
    target: "node20",
    format: "esm",
    external: ["jsdom"],
    // Bundled CommonJS dependencies may call require(); give them one in the ES module.
    banner: { js: '#!/usr/bin/env node\nimport { createRequire as __slCreateRequire } from "node:module";\nconst require = __slCreateRequire(import.meta.url);' },
  });
  chmodSync(outfile, 0o755);
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
}

/** Prints every bundle's size and returns the budget problems (empty when all are within). */
function printSizes() {
  console.log("\nbundle sizes (raw, gzip, gzip budget):");
  const names = readdirSync(join(DIST, "chrome")).filter((name) => name.endsWith(".js") || name.endsWith(".css")).sort();
  const sizes = measureBundles(join(DIST, "chrome"), names);
  for (const { name, raw, gzip } of sizes) {
    const budget = BUDGETS[name] === undefined ? "" : ` ${kb(BUDGETS[name])}`;
    console.log(`  ${name.padEnd(16)} ${kb(raw)} ${kb(gzip)}${budget}`);
  }
  for (const browser of BROWSERS) {
    const zip = `sourcelight-${browser}.zip`;
    console.log(`  ${zip.padEnd(26)} ${kb(statSync(join(DIST, zip)).size)}`);
  }
  const cli = join(DIST, "cli/sourcelight.js");
  if (existsSync(cli)) console.log(`  cli/sourcelight.js         ${kb(statSync(cli).size)}`);
  return overBudget(sizes);
}

mkdirSync(DIST, { recursive: true });
const started = Date.now();
await bundleExtension();
writeBrowserBuilds();
await bundleCli();
const problems = printSizes();
console.log(`\nbuilt dist/chrome and dist/firefox in ${Date.now() - started} ms`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`error: ${problem}`);
  process.exit(1);
}
