/**
 * The real Platform, on webextension-polyfill. This is the only module that imports it: the
 * polyfill throws outside an extension, so tests replace this module with a fake Platform.
 */
import browser from "webextension-polyfill";
import type { KeyValueArea, MessageListener, Platform } from "./types";

const CONTENT_SCRIPT = "content.js";
const CONTEXT_MENU_ID = "sourcelight-scan";
const AUTO_SCAN_ID = "sourcelight-auto-scan";

function area(storage: browser.Storage.StorageArea): KeyValueArea {
  return {
    get: async (key) => (await storage.get(key))[key],
    set: (key, value) => storage.set({ [key]: value }),
    remove: (key) => storage.remove(key),
  };
}

export function browserPlatform(): Platform {
  return {
    extensionId: browser.runtime.id,
    extensionUrl: (path) => browser.runtime.getURL(path),
    message: (name, substitutions) => browser.i18n.getMessage(name, substitutions),

    onMessage(listener: MessageListener) {
      browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
        listener(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id }),
      );
    },
    sendToBackground: (message) => browser.runtime.sendMessage(message),
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),

    async injectContentScript(tabId) {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    },
    async activeTab() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
    },

    session: area(browser.storage.session),
    local: area(browser.storage.local),
    onSessionChanged(listener) {
      browser.storage.onChanged.addListener((changes, areaName) => {
        if (areaName === "session") listener(Object.keys(changes));
      });
    },

    async setBadge(tabId, text, colour) {
      await browser.action.setBadgeText({ tabId, text });
      if (colour) await browser.action.setBadgeBackgroundColor({ tabId, color: colour });
    },

    onTabLoading(listener) {
      browser.tabs.onUpdated.addListener((tabId, change) => {
        if (change.status === "loading") listener(tabId);
      });
    },
    onTabRemoved(listener) {
      browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
    },

    onCommand(listener) {
      browser.commands.onCommand.addListener((command, tab) => {
        if (tab?.id !== undefined) listener(command, tab.id);
      });
    },

    onLocalChanged(listener) {
      browser.storage.onChanged.addListener((changes, areaName) => {
        if (areaName === "local") listener(Object.keys(changes));
      });
    },
    hasHostPermissions: (origins) => browser.permissions.contains({ origins }),
    async registerAutoScan(matches) {
      const registered = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCAN_ID] });
      const script = { id: AUTO_SCAN_ID, js: [CONTENT_SCRIPT], matches, runAt: "document_idle" as const, persistAcrossSessions: true };
      if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
      else await browser.scripting.registerContentScripts([script]);
    },
    async unregisterAutoScan() {
      const registered = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCAN_ID] });
      if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCAN_ID] });
    },

    setUpContextMenu(title, onClick) {
      browser.runtime.onInstalled.addListener(() => {
        browser.contextMenus.create({ id: CONTEXT_MENU_ID, title, contexts: ["page", "selection"] });
      });
      browser.contextMenus.onClicked.addListener((info, tab) => {
        if (info.menuItemId === CONTEXT_MENU_ID && tab?.id !== undefined) onClick(tab.id);
      });
    },

    async localKeys(prefix) {
      // storage.local has no key listing of its own; get(null) returns every item.
      return Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith(prefix));
    },
    onInstalled(listener) {
      browser.runtime.onInstalled.addListener(() => listener());
    },
    requestHostPermissions: (origins) => browser.permissions.request({ origins }),
  };
}
