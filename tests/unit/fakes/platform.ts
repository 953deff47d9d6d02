/** An in-memory Platform: what the extension APIs would do, recorded for assertions. */
import type { KeyValueArea, MessageListener, MessageSender, Platform } from "../../../src/platform/types";

export const EXTENSION_ID = "sourcelight-test-id";
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

export class MemoryArea implements KeyValueArea {
  readonly data = new Map<string, unknown>();
  async get(key: string) {
    // Stored values are copies, as with the real storage (structured clone).
    return this.data.has(key) ? structuredClone(this.data.get(key)) : undefined;
  }
  async set(key: string, value: unknown) {
    this.data.set(key, structuredClone(value));
  }
  async remove(key: string) {
    this.data.delete(key);
  }
}

export interface FakePlatform extends Platform {
  listeners: MessageListener[];
  badges: Map<number, { text: string; colour: string | null }>;
  sentToTabs: { tabId: number; message: unknown }[];
  sentToBackground: unknown[];
  /** What injecting the content script does (default: nothing). */
  onInject: (tabId: number) => Promise<void>;
  /** What the content script in a tab answers (default: ok true). */
  tabReply: (tabId: number, message: unknown) => Promise<unknown>;
  /** What the background answers to sendToBackground (default: the registered listeners). */
  backgroundReply: ((message: unknown) => Promise<unknown>) | null;
  session: MemoryArea;
  local: MemoryArea;
  localListeners: ((keys: string[]) => void)[];
  /** Host permissions the user granted (through requestHostPermissions or set by a test). */
  grantedOrigins: Set<string>;
  /** Whether the next requestHostPermissions is granted. */
  grantPermissions: boolean;
  /** The match patterns the content script is registered for, or null. */
  autoScan: string[] | null;
}

export function fakePlatform(session = new MemoryArea()): FakePlatform {
  const platform: FakePlatform = {
    extensionId: EXTENSION_ID,
    extensionUrl: (path) => `${EXTENSION_ORIGIN}${path}`,
    message: () => "",
    listeners: [],
    badges: new Map(),
    sentToTabs: [],
    sentToBackground: [],
    onInject: async () => undefined,
    tabReply: async () => ({ ok: true, value: true }),
    backgroundReply: null,
    session,
    local: new MemoryArea(),
    localListeners: [],
    onMessage(listener) {
      platform.listeners.push(listener);
    },
    async sendToBackground(message) {
      platform.sentToBackground.push(message);
      if (platform.backgroundReply) return platform.backgroundReply(message);
      return undefined;
    },
    async sendToTab(tabId, message) {
      platform.sentToTabs.push({ tabId, message });
      return platform.tabReply(tabId, message);
    },
    injectContentScript: (tabId) => platform.onInject(tabId),
    activeTab: async () => ({ id: 1, url: "https://example.org/" }),
    onSessionChanged: () => undefined,
    async setBadge(tabId, text, colour) {
      platform.badges.set(tabId, { text, colour });
    },
    onTabLoading: () => undefined,
    onTabRemoved: () => undefined,
    setUpContextMenu: () => undefined,
    onCommand: () => undefined,
    localKeys: async (prefix) => [...platform.local.data.keys()].filter((key) => key.startsWith(prefix)),
    onInstalled: () => undefined,
    onLocalChanged(listener) {
      platform.localListeners.push(listener);
    },
    grantedOrigins: new Set<string>(),
    grantPermissions: true,
    autoScan: null,
    async requestHostPermissions(origins) {
      if (platform.grantPermissions) for (const origin of origins) platform.grantedOrigins.add(origin);
      return platform.grantPermissions;
    },
    hasHostPermissions: async (origins) => origins.every((origin) => platform.grantedOrigins.has(origin)),
    async registerAutoScan(matches) {
      platform.autoScan = [...matches];
    },
    async unregisterAutoScan() {
      platform.autoScan = null;
    },
  };
  return platform;
}

export const popupSender: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}popup.html`, tabId: undefined };
export const contentSender = (tabId: number): MessageSender => ({ id: EXTENSION_ID, url: "https://news.example/article", tabId });
