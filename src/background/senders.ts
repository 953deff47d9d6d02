/**
 * Who may talk to the background. Only our own extension: its pages (popup, options) may ask for
 * scans and results; its content scripts, running in a tab, may deliver what they found.
 */
import type { MessageSender, Platform } from "../platform/types";

export type SenderKind = "extension-page" | "content-script" | "foreign";

export function classifySender(sender: MessageSender, platform: Platform): SenderKind {
  if (sender.id !== platform.extensionId) return "foreign";
  const ownOrigin = platform.extensionUrl("");
  if (sender.url !== undefined && sender.url.startsWith(ownOrigin)) return "extension-page";
  if (sender.tabId !== undefined) return "content-script";
  return "foreign";
}
