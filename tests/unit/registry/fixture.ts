/** A small registry for matcher tests, independent of the bundled data. */
import { createRegistry, type Registry } from "../../../src/core/registry";
import { RegistryEntrySchema, type RegistryEntry } from "../../../src/core/registry/schema";

export function entry(fields: Partial<RegistryEntry> & Pick<RegistryEntry, "id" | "name" | "kind">): RegistryEntry {
  return RegistryEntrySchema.parse({ country: null, description: `${fields.name}.`, ...fields });
}

export const FIXTURE_ENTRIES: RegistryEntry[] = [
  entry({ id: "bloomberg", name: "Bloomberg News", kind: "news-agency", country: "US", aliases: ["Bloomberg"] }),
  entry({ id: "reuters", name: "Reuters", kind: "news-agency", country: "GB" }),
  entry({ id: "cnn", name: "CNN", kind: "broadcaster", country: "US", acronyms: ["CNN"] }),
  entry({ id: "xinhua", name: "Xinhua News Agency", kind: "news-agency", country: "CN" }),
  entry({ id: "the-hill", name: "The Hill", kind: "news-outlet", country: "US" }),
  entry({ id: "the-sun", name: "The Sun", kind: "news-outlet", country: "GB" }),
  entry({ id: "csis", name: "Center for Strategic and International Studies", kind: "think-tank", country: "US", acronyms: ["CSIS"], context: ["think", "analysis", "study"] }),
  entry({ id: "ca-csis", name: "Canadian Security Intelligence Service", kind: "intelligence", country: "CA", acronyms: ["CSIS"], context: ["spy", "intelligence"] }),
  entry({ id: "isw", name: "Institute for the Study of War", kind: "think-tank", country: "US", acronyms: ["ISW"] }),
  entry({ id: "abc-us", name: "American Broadcasting Company", kind: "broadcaster", country: "US", aliases: ["ABC News"], acronyms: ["ABC"] }),
  entry({ id: "abc-au", name: "Australian Broadcasting Corporation", kind: "broadcaster", country: "AU", acronyms: ["ABC"] }),
  entry({ id: "ru-government", name: "Government of Russia", kind: "government", country: "RU", aliases: ["Kremlin"] }),
  entry({ id: "ua-mod", name: "Ministry of Defence of Ukraine", kind: "ministry", country: "UA", aliases: ["Ukrainian Defence Ministry", "Defence Ministry"] }),
  entry({ id: "ru-mod", name: "Ministry of Defence of the Russian Federation", kind: "ministry", country: "RU", aliases: ["Russian Defence Ministry", "Defence Ministry"] }),
  entry({ id: "ua-government", name: "Cabinet of Ministers of Ukraine", kind: "government", country: "UA" }),
  entry({ id: "mykhailo-fedorov", name: "Mykhailo Fedorov", kind: "person", country: "UA", roles: [
    { title: "Minister of Digital Transformation", organisation: "ua-government", from: "2019-08-29", to: "2026-01-14" },
    { title: "Minister of Defence", organisation: "ua-mod", from: "2026-01-14", to: null },
  ] }),
  entry({ id: "volodymyr-zelenskyy", name: "Volodymyr Zelenskyy", kind: "person", country: "UA", roles: [
    { title: "President of Ukraine", organisation: "ua-government", from: "2019-05-20", to: null },
  ] }),
  entry({ id: "le-monde", name: "Le Monde", kind: "news-outlet", country: "FR" }),
  entry({ id: "sueddeutsche", name: "Süddeutsche Zeitung", kind: "news-outlet", country: "DE" }),
  entry({ id: "att", name: "AT&T", kind: "company", country: "US" }),
  entry({ id: "us-government", name: "Federal government of the United States", kind: "government", country: "US", aliases: ["US government"] }),
];

export function fixtureRegistry(): Registry {
  return createRegistry(FIXTURE_ENTRIES);
}
