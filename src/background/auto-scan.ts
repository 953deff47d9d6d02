/**
 * Opt-in automatic scanning: registers the content script for the pages the user chose (or all
 * web pages) with scripting.registerContentScripts, once the host permission for them has been
 * granted; unregisters it when the mode goes back to "click" or the permission is missing.
 * permissions.request needs a user gesture in an extension page, so the options page asks for the
 * permission itself, stores the settings, and sends scanning/apply (which this answers).
 */
import type { Platform } from "../platform/types";
import { parseScanningSettings, SCANNING_KEY, scanningOrigins, type ScanningStatus } from "../protocol/scanning";

export async function applyScanning(platform: Platform): Promise<ScanningStatus> {
  const settings = parseScanningSettings(await platform.local.get(SCANNING_KEY));
  const { origins, rejected } = scanningOrigins(settings);
  const status = { scanMode: settings.scanMode, origins, rejectedSites: rejected };
  if (origins.length === 0) {
    await platform.unregisterAutoScan();
    return { ...status, active: false, missingPermission: false };
  }
  if (!(await platform.hasHostPermissions(origins))) {
    await platform.unregisterAutoScan();
    return { ...status, active: false, missingPermission: true };
  }
  await platform.registerAutoScan(origins);
  return { ...status, active: true, missingPermission: false };
}

/** Re-applies whenever the stored scanning settings change. */
export function followScanningSettings(platform: Platform): void {
  platform.onLocalChanged((keys) => {
    if (keys.includes(SCANNING_KEY)) applyScanning(platform).catch(() => undefined);
  });
}
