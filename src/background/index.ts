/**
 * The service worker (Chrome) or event page (Firefox). Listeners are registered synchronously at
 * start-up so that a worker woken by an event receives it.
 */
import { createRegistry } from "../core/registry";
import { bundledEntries } from "../core/registry/bundled";
import { browserPlatform } from "../platform";
import { followScanningSettings } from "./auto-scan";
import { createBackground } from "./handler";

const platform = browserPlatform();
const background = createBackground(platform, { registry: createRegistry(bundledEntries()) });

platform.onMessage((message, sender) => background.handle(message, sender));
followScanningSettings(platform);

const menuTitle = platform.message("contextMenuScan") || "Check this article's sources with Sourcelight";
platform.setUpContextMenu(menuTitle, (tabId) => {
  // Errors are kept out of the console's uncaught list; the popup shows the state when opened.
  background.scanTab(tabId).catch(() => undefined);
});

platform.onCommand((command, tabId) => {
  if (command === "toggle-highlights") background.toggleTab(tabId).catch(() => undefined);
});

platform.onTabLoading((tabId) => {
  void background.forgetTab(tabId);
  void platform.setBadge(tabId, "", null).catch(() => undefined);
});
platform.onTabRemoved((tabId) => void background.forgetTab(tabId));
