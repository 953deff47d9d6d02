/**
 * Automatic scanning, an opt-in: the options page stores this object under SCANNING_KEY in
 * storage.local; the background registers the content script for the matching pages once the
 * user has granted the host permission.
 */
import { z } from "zod";

export const SCANNING_KEY = "settings.scanning";
export const MAX_SITES = 500;

export const ScanModeSchema = z.enum(["click", "sites", "everywhere"]);
export type ScanMode = z.infer<typeof ScanModeSchema>;

export const ScanningSettingsSchema = z.object({
  /** "click": only when the user asks (activeTab); "sites": automatically on `sites`; "everywhere": on every web page. */
  scanMode: ScanModeSchema.default("click"),
  /** Host names ("example.com" also covers its subdomains), or URLs from which the host is taken. */
  sites: z.array(z.string().max(300)).max(MAX_SITES).default([]),
});
export type ScanningSettings = z.infer<typeof ScanningSettingsSchema>;

/** Stored scanning settings, or on-click scanning when they are missing or malformed. */
export function parseScanningSettings(stored: unknown): ScanningSettings {
  const parsed = ScanningSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : ScanningSettingsSchema.parse({});
}

/** What scanning/apply answers: whether automatic scanning now runs, and on which match patterns. */
export const ScanningStatusSchema = z.object({
  scanMode: ScanModeSchema,
  active: z.boolean(),
  /** The host permissions the mode needs (pass them to permissions.request from the options page). */
  origins: z.array(z.string()),
  /** True when the mode needs host permissions the user has not granted: scanning stays on click. */
  missingPermission: z.boolean(),
  /** Site entries that are not a host name or URL, left out. */
  rejectedSites: z.array(z.string()),
});
export type ScanningStatus = z.infer<typeof ScanningStatusSchema>;

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$|^localhost$|^(?:\d{1,3}\.){3}\d{1,3}$/;

/** The host of a site entry ("Example.com", "https://www.example.com/news"), or null when it is not one. */
export function siteHost(entry: string): string | null {
  let host = entry.trim().toLowerCase();
  if (host.includes("://")) {
    try {
      host = new URL(host).hostname;
    } catch {
      return null;
    }
  } else {
    host = host.split(/[/?#]/, 1)[0]!.replace(/:\d+$/, "");
  }
  host = host.replace(/^\*\./, "").replace(/\.$/, "");
  return HOST.test(host) ? host : null;
}

/** Match patterns (for both permissions and content-script registration) of a scanning mode. */
export function scanningOrigins(settings: ScanningSettings): { origins: string[]; rejected: string[] } {
  if (settings.scanMode === "click") return { origins: [], rejected: [] };
  if (settings.scanMode === "everywhere") return { origins: ["http://*/*", "https://*/*"], rejected: [] };
  const origins = new Set<string>();
  const rejected: string[] = [];
  for (const entry of settings.sites) {
    const host = siteHost(entry);
    if (!host) {
      rejected.push(entry);
      continue;
    }
    origins.add(`*://${host}/*`);
    if (!/^[\d.]+$/.test(host) && host !== "localhost") origins.add(`*://*.${host}/*`);
  }
  return { origins: Array.from(origins), rejected };
}
