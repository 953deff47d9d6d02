/**
 * The built bundles (dist/chrome and dist/firefox) contain no HTML sink fed by anything but a
 * constant string, except allowlisted library internals (scripts/lib/bundle-sinks.mjs says why).
 * No browser needed; scripts/test-browser.mjs refuses to run without dist/, so this cannot pass
 * on a missing build.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { assert } from "./harness.mjs";
import { findSinks } from "../../scripts/lib/bundle-sinks.mjs";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
/** The bundles the manifest and the HTML pages load; each must exist. */
const BUNDLES = ["background.js", "content.js", "popup.js", "options.js"];

export async function runBundleSinks(suite) {
  for (const browser of ["chrome", "firefox"]) {
    const dir = `${DIST}${browser}/`;
    const scripts = readdirSync(dir).filter((name) => name.endsWith(".js"));
    await suite.test(`${browser}: every bundle is there`, () => {
      for (const name of BUNDLES) assert.ok(scripts.includes(name), `${browser}/${name} is built`);
    });
    for (const name of scripts) {
      await suite.test(`${browser}/${name}: HTML sinks are constant or allowlisted`, () => {
        const sinks = findSinks(readFileSync(`${dir}${name}`, "utf8"));
        const unsafe = sinks.filter((sink) => sink.verdict === "unsafe");
        const summary = sinks.map((sink) => `${sink.property} (${sink.verdict})`).join(", ") || "none";
        console.log(`       ${browser}/${name}: ${sinks.length} sinks: ${summary}`);
        assert.deepEqual(
          unsafe.map((sink) => `${sink.kind} ${sink.property} at ${sink.line}:${sink.column}: …${sink.snippet}…`),
          [],
        );
      });
    }
  }
}
