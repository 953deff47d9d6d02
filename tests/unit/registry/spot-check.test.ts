/**
 * Spot checks of bundled entries against facts stated here, independently of the tables the data
 * is generated from: a wrong country, domain, acronym, kind or parent in the data fails this test.
 */
import { describe, expect, it } from "vitest";
import { bundledEntries } from "../../../src/core/registry/bundled";
import { organisationEntries } from "../../../src/core/registry/data/organisations";
import type { RegistryEntry } from "../../../src/core/registry/schema";

const byId = new Map(bundledEntries().map((e) => [e.id, e]));

interface Fact {
  id: string;
  kind: RegistryEntry["kind"];
  country: string | null;
  domain?: string;
  acronym?: string;
  alias?: string;
  parent?: string;
  name?: string;
}

const FACTS: Fact[] = [
  { id: "reuters", kind: "news-agency", country: "GB", domain: "reuters.com" },
  { id: "ap", kind: "news-agency", country: "US", domain: "apnews.com", acronym: "AP" },
  { id: "afp", kind: "news-agency", country: "FR", domain: "afp.com", acronym: "AFP" },
  { id: "bloomberg", kind: "news-agency", country: "US", domain: "bloomberg.com", alias: "Bloomberg" },
  { id: "tass", kind: "news-agency", country: "RU", domain: "tass.com" },
  { id: "ukrinform", kind: "news-agency", country: "UA", domain: "ukrinform.net" },
  { id: "xinhua", kind: "news-agency", country: "CN", domain: "xinhuanet.com" },
  { id: "yonhap", kind: "news-agency", country: "KR", domain: "yna.co.kr" },
  { id: "pap", kind: "news-agency", country: "PL", acronym: "PAP" },
  { id: "csis", kind: "think-tank", country: "US", domain: "csis.org", acronym: "CSIS", name: "Center for Strategic and International Studies" },
  { id: "isw", kind: "think-tank", country: "US", domain: "understandingwar.org", acronym: "ISW", name: "Institute for the Study of War" },
  { id: "rand", kind: "think-tank", country: "US", domain: "rand.org" },
  { id: "chatham-house", kind: "think-tank", country: "GB", domain: "chathamhouse.org", alias: "Royal Institute of International Affairs" },
  { id: "rusi", kind: "think-tank", country: "GB", acronym: "RUSI", name: "Royal United Services Institute" },
  { id: "iiss", kind: "think-tank", country: "GB", acronym: "IISS", name: "International Institute for Strategic Studies" },
  { id: "sipri", kind: "think-tank", country: "SE", domain: "sipri.org", name: "Stockholm International Peace Research Institute" },
  { id: "brookings", kind: "think-tank", country: "US", domain: "brookings.edu" },
  { id: "cfr", kind: "think-tank", country: "US", domain: "cfr.org", name: "Council on Foreign Relations" },
  { id: "ecfr", kind: "think-tank", country: null, acronym: "ECFR", name: "European Council on Foreign Relations" },
  { id: "kiel-institute", kind: "think-tank", country: "DE", domain: "ifw-kiel.de" },
  { id: "nato", kind: "intergovernmental", country: null, domain: "nato.int", acronym: "NATO" },
  { id: "iaea", kind: "intergovernmental", country: null, domain: "iaea.org", acronym: "IAEA", parent: "un" },
  { id: "who", kind: "intergovernmental", country: null, domain: "who.int", acronym: "WHO" },
  { id: "imf", kind: "intergovernmental", country: null, domain: "imf.org", name: "International Monetary Fund" },
  { id: "osce", kind: "intergovernmental", country: null, domain: "osce.org" },
  { id: "eu-commission", kind: "intergovernmental", country: null, parent: "eu", domain: "commission.europa.eu" },
  { id: "eu-ecb", kind: "intergovernmental", country: null, acronym: "ECB", parent: "eu" },
  { id: "icc", kind: "intergovernmental", country: null, domain: "icc-cpi.int", name: "International Criminal Court" },
  { id: "us-mod", kind: "ministry", country: "US", alias: "Pentagon", domain: "defense.gov", parent: "us-government" },
  { id: "us-moi", kind: "ministry", country: "US", acronym: "DHS", name: "United States Department of Homeland Security" },
  { id: "us-mfa", kind: "ministry", country: "US", domain: "state.gov", alias: "State Department" },
  { id: "gb-moi", kind: "ministry", country: "GB", name: "Home Office" },
  { id: "gb-mof", kind: "ministry", country: "GB", name: "HM Treasury" },
  { id: "ua-mod", kind: "ministry", country: "UA", domain: "mod.gov.ua", parent: "ua-government" },
  { id: "ua-rada", kind: "legislature", country: "UA", name: "Verkhovna Rada", domain: "rada.gov.ua" },
  { id: "ua-hur", kind: "intelligence", country: "UA", acronym: "HUR", domain: "gur.gov.ua" },
  { id: "ua-sbu", kind: "intelligence", country: "UA", acronym: "SBU", name: "Security Service of Ukraine" },
  { id: "ru-government", kind: "government", country: "RU", alias: "Kremlin", domain: "kremlin.ru" },
  { id: "ru-fsb", kind: "intelligence", country: "RU", acronym: "FSB", domain: "fsb.ru" },
  { id: "ru-duma", kind: "legislature", country: "RU", name: "State Duma" },
  { id: "de-bnd", kind: "intelligence", country: "DE", acronym: "BND" },
  { id: "de-bundestag", kind: "legislature", country: "DE", domain: "bundestag.de" },
  { id: "fr-mfa", kind: "ministry", country: "FR", alias: "Quai d'Orsay", domain: "diplomatie.gouv.fr" },
  { id: "pl-mod", kind: "ministry", country: "PL", acronym: "MON" },
  { id: "il-armed-forces", kind: "military", country: "IL", acronym: "IDF", name: "Israel Defense Forces" },
  { id: "ir-irgc", kind: "military", country: "IR", acronym: "IRGC", name: "Islamic Revolutionary Guard Corps" },
  { id: "in-mfa", kind: "ministry", country: "IN", name: "Ministry of External Affairs", acronym: "MEA" },
  { id: "jp-armed-forces", kind: "military", country: "JP", name: "Japan Self-Defense Forces" },
  { id: "ca-csis", kind: "intelligence", country: "CA", acronym: "CSIS", name: "Canadian Security Intelligence Service" },
  { id: "bbc", kind: "broadcaster", country: "GB", domain: "bbc.co.uk" },
  { id: "nyt", kind: "news-outlet", country: "US", domain: "nytimes.com" },
  { id: "le-monde", kind: "news-outlet", country: "FR", domain: "lemonde.fr" },
  { id: "ukrainska-pravda", kind: "news-outlet", country: "UA", domain: "pravda.com.ua" },
  { id: "haaretz", kind: "news-outlet", country: "IL", domain: "haaretz.com" },
  { id: "al-jazeera", kind: "broadcaster", country: "QA", domain: "aljazeera.com" },
  { id: "nhk", kind: "broadcaster", country: "JP", domain: "nhk.or.jp" },
  { id: "mit", kind: "university", country: "US", domain: "mit.edu", acronym: "MIT" },
  { id: "kcl", kind: "university", country: "GB", domain: "kcl.ac.uk" },
  { id: "rheinmetall", kind: "company", country: "DE", domain: "rheinmetall.com" },
  { id: "gazprom", kind: "company", country: "RU", domain: "gazprom.com" },
  { id: "bellingcat", kind: "ngo", country: "NL", domain: "bellingcat.com" },
  { id: "icrc", kind: "ngo", country: "CH", acronym: "ICRC" },
];

describe("bundled registry facts", () => {
  it("has at least 1,500 organisation entries", () => {
    expect(bundledEntries().filter((e) => e.kind !== "person").length).toBeGreaterThanOrEqual(1500);
  });

  it.each(FACTS)("$id", (fact) => {
    const entry = byId.get(fact.id);
    expect(entry, `missing ${fact.id}`).toBeDefined();
    expect(entry!.kind).toBe(fact.kind);
    expect(entry!.country).toBe(fact.country);
    if (fact.domain) expect(entry!.domains).toContain(fact.domain);
    if (fact.acronym) expect(entry!.acronyms).toContain(fact.acronym);
    if (fact.alias) expect(entry!.aliases).toContain(fact.alias);
    if (fact.parent) expect(entry!.parent).toBe(fact.parent);
    if (fact.name) expect(entry!.name).toBe(fact.name);
  });

  const COUNTRIES = ["ar", "au", "br", "ca", "cn", "fr", "de", "in", "id", "it", "jp", "mx", "ru", "sa", "za", "kr", "tr", "gb", "us", "ua", "il", "ir", "pl", "ee", "lv", "lt", "no", "se", "fi", "dk", "is"];
  it.each(COUNTRIES)("has the government and ministries people's roles point at for %s", (cc) => {
    // Iceland has no armed forces and no defence ministry: defence is a task of its foreign ministry.
    const suffixes = cc === "is" ? ["government", "mfa", "mof", "moi"] : ["government", "mod", "mfa", "mof", "moi"];
    for (const suffix of suffixes) {
      const entry = byId.get(`${cc}-${suffix}`);
      expect(entry, `${cc}-${suffix}`).toBeDefined();
      expect(entry!.country).toBe(cc.toUpperCase());
      expect(entry!.kind).toBe(suffix === "government" ? "government" : "ministry");
    }
  });

  it("has the EU institutions", () => {
    for (const id of ["eu", "eu-commission", "eu-council", "eu-european-council", "eu-parliament"]) {
      expect(byId.get(id)?.kind).toBe("intergovernmental");
    }
  });

  it("keeps people out of the organisation data", () => {
    const kinds = organisationEntries.map((e) => (e as { kind?: unknown }).kind);
    expect(kinds).not.toContain("person");
  });
});
