/**
 * Highlight colours, chosen on the options page and read by the content script. Both parse with this
 * schema: a colour goes into a style sheet, so only `#rrggbb` is ever accepted, and anything else stored
 * under the key gives the defaults.
 */
import { z } from "zod";

export const APPEARANCE_KEY = "settings.appearance";
const Colour = z.string().regex(/^#[0-9a-f]{6}$/i, "a colour such as #ffb703");
/** The colours the highlights had before they could be chosen. */
export const DEFAULT_COLOURS = { cue: "#ffb703", source: "#408cff", content: "#ffec96", finding: "#b3261e" } as const;
export type HighlightColours = { cue: string; source: string; content: string; finding: string };
export const AppearanceSettingsSchema = z.object({
  colours: z
    .object({
      cue: Colour.default(DEFAULT_COLOURS.cue),
      source: Colour.default(DEFAULT_COLOURS.source),
      content: Colour.default(DEFAULT_COLOURS.content),
      finding: Colour.default(DEFAULT_COLOURS.finding),
    })
    .default({ ...DEFAULT_COLOURS }),
});
export type AppearanceSettings = z.infer<typeof AppearanceSettingsSchema>;

/** The stored colours, or the defaults when the value is missing or anything in it is malformed. */
export function parseAppearance(stored: unknown): AppearanceSettings {
  const parsed = AppearanceSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : AppearanceSettingsSchema.parse({});
}
