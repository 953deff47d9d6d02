/** User settings, kept in storage.local by the options page and read by the background. */
import { z } from "zod";

export const SETTINGS_KEY = "settings";

export const SettingsSchema = z.object({
  /** Tint the quoted or reported content of each claim as well as its cue and source. */
  highlightContent: z.boolean().default(true),
  /** "auto" paints with the CSS Custom Highlight API where available (no DOM change); "marks" always wraps in elements. */
  highlightMethod: z.enum(["auto", "marks"]).optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Settings from storage, with defaults for anything missing or malformed. */
export function parseSettings(stored: unknown): Settings {
  const parsed = SettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}
