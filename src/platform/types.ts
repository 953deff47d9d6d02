/**
 * Everything Sourcelight asks of the browser, as one interface. The real implementation
 * (./browser.ts) is the only code that touches webextension-polyfill; unit tests pass a fake.
 */

/** Who sent a runtime message, reduced to what our checks need. */
export interface MessageSender {
  /** The sending extension's id (ours for our own pages and content scripts). */
  id: string | undefined;
  /** The URL of the sending page or frame. */
  url: string | undefined;
  /** The tab the message came from: set for content scripts, and for extension pages open in a tab. */
  tabId: number | undefined;
}

/** Returns the reply, or undefined when the message is not for this listener. */
export type MessageListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

export interface KeyValueArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface Platform {
  /** Our extension's id. */
  readonly extensionId: string;
  /** Absolute URL of a file in the extension ("popup.html" -> chrome-extension://id/popup.html). */
  extensionUrl(path: string): string;
  /** A localised string from _locales with $1..$9 filled in, or "" when there is none. */
  message(name: string, substitutions?: string[]): string;

  onMessage(listener: MessageListener): void;
  /** Sends to the background (from a content script or an extension page). */
  sendToBackground(message: unknown): Promise<unknown>;
  /** Sends to the content script in a tab (top frame). */
  sendToTab(tabId: number, message: unknown): Promise<unknown>;

  /** Runs the bundled content script in the tab's top frame. */
  injectContentScript(tabId: number): Promise<void>;
  /** The active tab of the current window, if any (the popup's tab when opened from the toolbar). */
  activeTab(): Promise<{ id: number; url: string | undefined } | null>;

  /** Per-browser-session storage that survives a restarted service worker. */
  readonly session: KeyValueArea;
  /** Persistent settings. */
  readonly local: KeyValueArea;
  /** Calls back with the changed keys whenever session storage changes. */
  onSessionChanged(listener: (keys: string[]) => void): void;

  setBadge(tabId: number, text: string, colour: string | null): Promise<void>;

  /** A tab started loading a new document (navigation or reload). */
  onTabLoading(listener: (tabId: number) => void): void;
  onTabRemoved(listener: (tabId: number) => void): void;

  /** A keyboard shortcut from the manifest's commands was pressed in a tab. */
  onCommand(listener: (command: string, tabId: number) => void): void;

  /** Registers our context-menu item on install/update and calls back with the tab clicked in. */
  setUpContextMenu(title: string, onClick: (tabId: number) => void): void;

  /** Every key in local storage that starts with `prefix` (the review store lists its records). */
  localKeys(prefix: string): Promise<string[]>;
  /** The extension was installed or updated (stored data is migrated then). */
  onInstalled(listener: () => void): void;
  /** Calls back with the changed keys whenever storage.local changes (settings, registry entries). */
  onLocalChanged(listener: (keys: string[]) => void): void;
  /**
   * Asks the user for optional host permissions (match patterns such as "https://x.example/*" or
   * "<all_urls>"). Must be called from a user's click on an extension page. True when granted.
   */
  requestHostPermissions(origins: string[]): Promise<boolean>;
  /** Whether the user granted host permissions for all these match patterns. */
  hasHostPermissions(origins: string[]): Promise<boolean>;
  /** Runs the content script on every page matching the patterns, from now on (replaces an earlier registration). */
  registerAutoScan(matches: string[]): Promise<void>;
  /** Stops automatic scanning (no error when it was not registered). */
  unregisterAutoScan(): Promise<void>;
}
