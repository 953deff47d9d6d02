/**
 * Keeps the highlight colours in step with the options page: reads them once, then again whenever
 * the stored key changes (storage.onChanged through the platform). A stored value that does not
 * parse gives the default colours, never a broken style sheet.
 */
import type { Platform } from "../platform/types";
import { APPEARANCE_KEY, parseAppearance } from "../protocol/appearance";
import type { HighlightTheme } from "./highlight-theme";

export async function watchAppearance(platform: Platform, theme: HighlightTheme): Promise<void> {
  const load = async () => theme.set(parseAppearance(await platform.local.get(APPEARANCE_KEY).catch(() => undefined)).colours);
  platform.onLocalChanged((keys) => {
    if (keys.includes(APPEARANCE_KEY)) void load();
  });
  await load();
}
