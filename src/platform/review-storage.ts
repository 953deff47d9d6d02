/**
 * The review store's storage in the extension: browser.storage.local through the Platform. The
 * background, the popup and the options page all open reviews through this one adapter.
 */
import { ReviewStore, type KeyValueStorage } from "../core/review/store";
import type { Platform } from "./types";

export function reviewStorage(platform: Platform): KeyValueStorage {
  return {
    get: (key) => platform.local.get(key),
    set: (key, value) => platform.local.set(key, value),
    remove: (key) => platform.local.remove(key),
    list: (prefix) => platform.localKeys(prefix),
  };
}

export function reviewStore(platform: Platform, clock?: () => string): ReviewStore {
  return new ReviewStore(reviewStorage(platform), clock);
}
