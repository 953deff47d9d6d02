/** The one door to extension APIs. Code takes a Platform; only entry points create the real one. */
export type { KeyValueArea, MessageListener, MessageSender, Platform } from "./types";
export { browserPlatform } from "./browser";
