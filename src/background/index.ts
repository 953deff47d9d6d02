/**
 * The service worker (Chrome) or event page (Firefox). Listeners are registered synchronously at
 * start-up so that a worker woken by an event receives it.
 */
import { createRegistry } from "../core/registry";
import { bundledEntries } from "../core/registry/bundled";
import { browserPlatform } from "../platform";
import { followScanningSettings } from "./auto-scan";
import { createBackground } from "./handler";
import { reviewStore } from "../platform/review-storage";
import { REGISTRY_KEYS, registryLayers } from "./registry-layers";

const platform = browserPlatform();
const layers = registryLayers(platform.local, bundledEntries);
const background = createBackground(platform, {
  registry: createRegistry(bundledEntries()),
  layers,
  fetch: (url, init) => fetch(url, { ...init, credentials: "omit", cache: "no-cache" }),
});
// The options page (or another window) changed the user's entries or the team copy: match with them next scan.
platform.onLocalChanged((keys) => {
  if (keys.some((key) => (REGISTRY_KEYS as readonly string[]).includes(key))) layers.invalidate();
});

platform.onMessage((message, sender) => background.handle(message, sender));
// Only when the user has set a team registry address; at most once a day, however often the worker wakes.
background.refreshTeamIfStale().catch(() => undefined);
followScanningSettings(platform);

const menuTitle = platform.message("contextMenuScan") || "Check this article's sources with Sourcelight";
platform.setUpContextMenu(menuTitle, (tabId) => {
  // Errors are kept out of the console's uncaught list; the popup shows the state when opened.
  background.scanTab(tabId).catch(() => undefined);
});

platform.onCommand((command, tabId) => {
  if (command === "toggle-highlights") background.toggleTab(tabId).catch(() => undefined);
  if (command === "review-next" || command === "review-previous") background.stepHighlight(tabId, command === "review-next" ? 1 : -1).catch(() => undefined);
});

// Tab events never throw into the console: a failure to forget a closed tab is not the user's problem.
platform.onTabLoading((tabId) => {
  void background.forgetTab(tabId).catch(() => undefined);
  void platform.setBadge(tabId, "", null).catch(() => undefined);
});
platform.onTabRemoved((tabId) => void background.tabClosed(tabId).catch(() => undefined));

// After an install or update, every stored review is migrated to the current schema (and any
// unreadable record quarantined) once, rather than on first use.
platform.onInstalled(() => void reviewStore(platform).loadAll().catch(() => undefined));
