import { describe, expect, it } from "vitest";
import { applyScanning } from "../../../src/background/auto-scan";
import { createBackground } from "../../../src/background/handler";
import { createRegistry } from "../../../src/core/registry";
import { SCANNING_KEY, scanningOrigins, siteHost } from "../../../src/protocol/scanning";
import { fakePlatform, popupSender } from "../fakes/platform";

describe("automatic scanning", () => {
  it("stays on click by default and with malformed settings", async () => {
    const platform = fakePlatform();
    expect(await applyScanning(platform)).toMatchObject({ scanMode: "click", active: false, missingPermission: false });
    await platform.local.set(SCANNING_KEY, { scanMode: "always", sites: 3 });
    expect(await applyScanning(platform)).toMatchObject({ scanMode: "click", active: false });
    expect(platform.autoScan).toBeNull();
  });

  it("registers the content script for the chosen sites only once their permission is granted", async () => {
    const platform = fakePlatform();
    await platform.local.set(SCANNING_KEY, { scanMode: "sites", sites: ["https://www.Example.com/news", "bbc.co.uk", "not a site"] });
    const withoutPermission = await applyScanning(platform);
    expect(withoutPermission).toMatchObject({ active: false, missingPermission: true, rejectedSites: ["not a site"] });
    expect(platform.autoScan).toBeNull();
    for (const origin of withoutPermission.origins) platform.grantedOrigins.add(origin);
    const background = createBackground(platform, { registry: createRegistry([]) });
    const reply = await background.handle({ type: "scanning/apply" }, popupSender);
    expect(reply).toMatchObject({ ok: true, value: { active: true, missingPermission: false } });
    expect(platform.autoScan).toEqual(["*://www.example.com/*", "*://*.www.example.com/*", "*://bbc.co.uk/*", "*://*.bbc.co.uk/*"]);
  });

  it("covers every web page in 'everywhere' mode, and unregisters when going back to click", async () => {
    const platform = fakePlatform();
    await platform.local.set(SCANNING_KEY, { scanMode: "everywhere" });
    platform.grantedOrigins.add("http://*/*").add("https://*/*");
    expect(await applyScanning(platform)).toMatchObject({ active: true });
    expect(platform.autoScan).toEqual(["http://*/*", "https://*/*"]);
    await platform.local.set(SCANNING_KEY, { scanMode: "click", sites: [] });
    await applyScanning(platform);
    expect(platform.autoScan).toBeNull();
  });

  it("accepts host names and URLs as sites, nothing else", () => {
    expect(siteHost(" Example.COM ")).toBe("example.com");
    expect(siteHost("https://news.example.org:8443/a?b")).toBe("news.example.org");
    expect(siteHost("*.example.net")).toBe("example.net");
    for (const bad of ["", "javascript:alert(1)", "exa mple.com", "*", "<all_urls>"]) expect(siteHost(bad), bad).toBeNull();
    expect(scanningOrigins({ scanMode: "sites", sites: [] }).origins).toEqual([]);
  });
});
