/** The one manifest.json, specialised per browser: Chrome runs a service worker, Firefox an event page. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function manifestFor(browser, root) {
  const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
  manifest.version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  const { service_worker: worker, scripts, type } = manifest.background;
  if (browser === "chrome") {
    manifest.background = { service_worker: worker, type };
    delete manifest.browser_specific_settings;
  } else {
    manifest.background = { scripts, type };
  }
  return manifest;
}
