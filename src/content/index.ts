/**
 * Content script entry, injected by the background with scripting.executeScript when the user
 * asks for a scan. Injecting again (a second Scan) re-scans with the instance already running
 * instead of adding another message listener.
 */
import { browserPlatform } from "../platform";
import { watchAppearance } from "./appearance-watcher";
import { ContentController } from "./controller";
import { pageTheme } from "./highlight-theme";
import { setMessageLookup } from "../ui/i18n";

const INSTANCE = Symbol.for("sourcelight.content");
const scope = globalThis as typeof globalThis & { [INSTANCE]?: ContentController };

const existing = scope[INSTANCE];
if (existing) {
  void existing.scan();
} else {
  const platform = browserPlatform();
  // The hover card speaks the popup's words, from _locales.
  setMessageLookup((name, substitutions) => platform.message(name, substitutions));
  const controller = new ContentController(platform, document);
  scope[INSTANCE] = controller;
  // The colours chosen on the options page, kept up to date while the page is open.
  void watchAppearance(platform, pageTheme);
  controller.listen();
  void controller.scan();
}
