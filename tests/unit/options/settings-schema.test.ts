import { describe, expect, it } from "vitest";
import {
  AppearanceSettingsSchema, DEFAULT_COLOURS, FindingsSettingsSchema, originsFor, parseStored, ScanningSettingsSchema, siteFromInput, visibleFindings,
} from "../../../src/options/settings-schema";

describe("settings schemas", () => {
  it("fall back to defaults for missing or malformed values", () => {
    expect(parseStored(ScanningSettingsSchema, undefined)).toEqual({ scanMode: "click", sites: [] });
    expect(parseStored(ScanningSettingsSchema, { scanMode: "always" })).toEqual({ scanMode: "click", sites: [] });
    expect(parseStored(ScanningSettingsSchema, { scanMode: "sites", sites: ["news.example.com"] })).toEqual({ scanMode: "sites", sites: ["news.example.com"] });
    expect(parseStored(AppearanceSettingsSchema, { colours: { cue: "#000000" } }).colours).toEqual({ ...DEFAULT_COLOURS, cue: "#000000" });
    expect(parseStored(AppearanceSettingsSchema, { colours: { cue: "red; background:url(x)" } }).colours).toEqual(DEFAULT_COLOURS);
    expect(parseStored(FindingsSettingsSchema, { hiddenKinds: "vague-source" })).toEqual({ hiddenKinds: [] });
  });

  it("turn typed sites into host names and modes into permission patterns", () => {
    expect(siteFromInput(" https://www.BBC.co.uk/news/world ")).toBe("www.bbc.co.uk");
    expect(siteFromInput("news.example.com")).toBe("news.example.com");
    expect(siteFromInput("localhost")).toBeNull();
    expect(siteFromInput("not a site")).toBeNull();
    expect(originsFor({ scanMode: "click", sites: ["a.example"] })).toEqual([]);
    expect(originsFor({ scanMode: "sites", sites: ["a.example"] })).toEqual(["https://a.example/*", "http://a.example/*"]);
    expect(originsFor({ scanMode: "everywhere", sites: [] })).toEqual(["<all_urls>"]);
  });

  it("hide the finding kinds the user turned off", () => {
    const finding = (kind: string) => ({ id: kind, kind, severity: "warning" as const, message: "m", claimIds: [], spans: [] });
    expect(visibleFindings([finding("vague-source"), finding("date-mismatch")], { hiddenKinds: ["vague-source"] }).map((f) => f.kind)).toEqual(["date-mismatch"]);
  });
});
