/**
 * The service worker (Chrome) or event page (Firefox). Listeners are registered synchronously at
 * start-up so that a worker woken by an event receives it.
 */
import { createRegistry } from "../core/registry";
import { bundledEntries } from "../core/registry/bundled";
import { browserPlatform } from "../platform";
import { createBackground } from "./handler";
import { reviewStore } from "../platform/review-storage";

const platform = browserPlatform();
const background = createBackground(platform, { registry: createRegistry(bundledEntries()) });

platform.onMessage((message, sender) => background.handle(message, sender));

const menuTitle = platform.message("contextMenuScan") || "Check this article's sources with Sourcelight";
platform.setUpContextMenu(menuTitle, (tabId) => {
  // Errors are kept out of the console's uncaught list; the popup shows the state when opened.
  background.scanTab(tabId).catch(() => undefined);
});

platform.onCommand((command, tabId) => {
  if (command === "toggle-highlights") background.toggleTab(tabId).catch(() => undefined);
  if (command === "review-next" || command === "review-previous") background.stepHighlight(tabId, command === "review-next" ? 1 : -1).catch(() => undefined);
});

platform.onTabLoading((tabId) => {
  void background.forgetTab(tabId);
  void platform.setBadge(tabId, "", null).catch(() => undefined);
});
platform.onTabRemoved((tabId) => void background.forgetTab(tabId));

// After an install or update, every stored review is migrated to the current schema (and any
// unreadable record quarantined) once, rather than on first use.
platform.onInstalled(() => void reviewStore(platform).loadAll().catch(() => undefined));
