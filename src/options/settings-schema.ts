/**
 * The options page's settings, each under its own storage.local key so that the page, the
 * background and the content script each read only what they need. Every reader parses with these
 * schemas: a missing or malformed value falls back to the defaults instead of breaking a scan.
 */
import { z } from "zod";
import type { Finding } from "../core/report";

/** How pages get scanned. The background (scanning branch) reads this key; keep its name. */
export const SCANNING_KEY = "settings.scanning";
export const ScanModeSchema = z.enum(["click", "sites", "everywhere"]);
export type ScanMode = z.infer<typeof ScanModeSchema>;

/** A site the user chose: a host name such as "www.bbc.co.uk" (no scheme, path or port). */
export const SiteSchema = z
  .string()
  .max(253)
  .regex(/^(?:\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/, "a host name such as news.example.com");

export const ScanningSettingsSchema = z.object({
  scanMode: ScanModeSchema.default("click"),
  sites: z.array(SiteSchema).max(500).default([]),
});
export type ScanningSettings = z.infer<typeof ScanningSettingsSchema>;

/** Highlight colours: shared with the content script, so the schema lives in the protocol. */
export { APPEARANCE_KEY, AppearanceSettingsSchema, DEFAULT_COLOURS, type AppearanceSettings } from "../protocol/appearance";

/** Which findings the popup lists and the badge counts. */
export const FINDINGS_KEY = "settings.findings";
/** The kinds the checks report (issue 5); a kind not listed here is always shown. */
export const FINDING_KINDS = [
  "date-mismatch", "weekday-mismatch", "future-date", "conflicting-dates", "role-mismatch", "vague-source",
  "secondhand-source", "unattributed-figure", "unknown-source", "undefined-acronym", "assumed-publication-date",
] as const;
export const FindingsSettingsSchema = z.object({
  /** Kinds the user turned off. Stored as plain strings so that kinds added later need no migration. */
  hiddenKinds: z.array(z.string().max(60)).max(100).default([]),
});
export type FindingsSettings = z.infer<typeof FindingsSettingsSchema>;

/** A stored value parsed with its schema, or the schema's defaults when it is missing or malformed. */
export function parseStored<T extends z.ZodType>(schema: T, stored: unknown): z.infer<T> {
  const parsed = schema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : schema.parse({});
}

export function visibleFindings(findings: readonly Finding[], settings: FindingsSettings): Finding[] {
  const hidden = new Set(settings.hiddenKinds);
  return findings.filter((finding) => !hidden.has(finding.kind));
}

/**
 * The match patterns a scan mode needs: every site (https and http) of the list, or all URLs.
 * The options page requests them, from the user's click, before it stores the mode.
 */
export function originsFor(settings: ScanningSettings): string[] {
  if (settings.scanMode === "everywhere") return ["<all_urls>"];
  if (settings.scanMode === "click") return [];
  return settings.sites.flatMap((site) => [`https://${site}/*`, `http://${site}/*`]);
}

/** A user's typed site ("https://www.bbc.co.uk/news") reduced to its host, or null if it is none. */
export function siteFromInput(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  let host = trimmed;
  try {
    host = new URL(/^[a-z]+:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  return SiteSchema.safeParse(host).success ? host : null;
}
