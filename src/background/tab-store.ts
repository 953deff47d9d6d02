/**
 * Per-tab results in storage.session: a restarted service worker (or Firefox event page) finds
 * them again, and they vanish with the browser session. Stored values are re-validated on read.
 */
import type { KeyValueArea } from "../platform/types";
import { TabStateSchema, type TabState } from "../protocol/messages";

const keyOf = (tabId: number) => `tab:${tabId}`;

/** The tab id a session key belongs to, or null for other keys. */
export function tabIdOfKey(key: string): number | null {
  const match = /^tab:(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}

export interface TabStore {
  get(tabId: number): Promise<TabState | null>;
  set(tabId: number, state: TabState): Promise<void>;
  remove(tabId: number): Promise<void>;
}

export function tabStore(session: KeyValueArea): TabStore {
  return {
    async get(tabId) {
      const parsed = TabStateSchema.safeParse(await session.get(keyOf(tabId)));
      return parsed.success ? parsed.data : null;
    },
    set: (tabId, state) => session.set(keyOf(tabId), state),
    remove: (tabId) => session.remove(keyOf(tabId)),
  };
}
