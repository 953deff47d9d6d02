/**
 * What the user reads when a request fails on something other than bad input. Browser storage
 * errors are worded for people: Chrome says "QUOTA_BYTES quota exceeded", Firefox throws a
 * QuotaExceededError, and neither says that nothing was saved or what to do.
 */
export const STORAGE_FULL =
  "The browser's storage for Sourcelight is full, so this change was not saved (nothing else was lost). " +
  "Export and delete reviews or registry entries you no longer need, then try again.";

export function failureMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return /quota/i.test(text) ? STORAGE_FULL : error instanceof Error ? error.message : text;
}

export const TAB_CLOSED = "The tab was closed before its scan finished.";

/**
 * Chrome's words when the tab went away while the content script was being injected. ("No tab
 * with id" stays a restricted-page refusal: src/background/restricted.ts.)
 */
export function isTabGoneError(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /^Frame with ID \d+ was removed/i.test(text);
}
