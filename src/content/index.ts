/**
 * Content script entry, injected by the background with scripting.executeScript when the user
 * asks for a scan. Injecting again (a second Scan) re-scans with the instance already running
 * instead of adding another message listener.
 */
import { browserPlatform } from "../platform";
import { ContentController } from "./controller";

const INSTANCE = Symbol.for("sourcelight.content");
const scope = globalThis as typeof globalThis & { [INSTANCE]?: ContentController };

const existing = scope[INSTANCE];
if (existing) {
  void existing.scan();
} else {
  const controller = new ContentController(browserPlatform(), document);
  scope[INSTANCE] = controller;
  controller.listen();
  void controller.scan();
}
