import { describe, expect, it } from "vitest";
import { z } from "zod";
import { peopleEntries } from "../../../src/core/registry/data/people/index";
import { RegistryEntrySchema, type RegistryEntry, type Role } from "../../../src/core/registry/schema";

const people: RegistryEntry[] = z.array(RegistryEntrySchema).parse(peopleEntries);
const byId = new Map(people.map((person) => [person.id, person]));

/** Offices held by several people at once: the one-holder-at-a-time check does not apply to them. */
const MULTI_HOLDER_TITLES = new Set<string>([
  "Vice Prime Minister of Ukraine",
]);

/** The word a description uses for each country, so readers can tell namesakes apart. */
const DEMONYM: Record<string, string> = {
  AR: "Argentine", AU: "Australian", BE: "Belgian", BG: "Bulgarian", BR: "Brazilian", CA: "Canadian", CN: "Chinese",
  DE: "German", DK: "Danish", EE: "Estonian", ES: "Spanish", ET: "Ethiopian", FI: "Finnish", FR: "French",
  GB: "British", ID: "Indonesian", IL: "Israeli", IN: "Indian", IR: "Iranian", IS: "Icelandic", IT: "Italian",
  JP: "Japanese", KR: "South Korean", LT: "Lithuanian", LU: "Luxembourgish", LV: "Latvian", MX: "Mexican", NL: "Dutch", NO: "Norwegian",
  PL: "Polish", PT: "Portuguese", RU: "Russian", SA: "Saudi", SE: "Swedish", TR: "Turkish", UA: "Ukrainian",
  US: "American", ZA: "South African",
};

function days(date: string, edge: "start" | "end"): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (day !== undefined) return Date.UTC(year, month! - 1, day);
  if (month !== undefined) return edge === "start" ? Date.UTC(year, month - 1, 1) : Date.UTC(year, month, 0);
  return edge === "start" ? Date.UTC(year, 0, 1) : Date.UTC(year, 11, 31);
}

/** The stretch of time a role certainly covers: a partial date is read as narrowly as it allows. */
function certainSpan(role: Role): [number, number] {
  return [days(role.from, "end"), role.to === null ? Infinity : days(role.to, "start")];
}

function rolesOf(id: string, title: string): Role[] {
  const person = byId.get(id);
  if (!person) throw new Error(`no person ${id}`);
  return person.roles.filter((role) => role.title === title);
}

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

describe("people registry data", () => {
  it("holds at least 500 people, every one a valid person entry with roles", () => {
    expect(people.length).toBeGreaterThanOrEqual(500);
    for (const person of people) {
      expect(person.kind, person.id).toBe("person");
      expect(person.country, person.id).toMatch(/^[A-Z]{2}$/);
      expect(person.roles.length, person.id).toBeGreaterThan(0);
      expect(person.description.trim().length, person.id).toBeGreaterThan(10);
    }
  });

  it("has unique ids", () => {
    const seen = new Set<string>();
    for (const person of people) {
      expect(seen.has(person.id), person.id).toBe(false);
      seen.add(person.id);
    }
  });

  it("has real calendar dates and no role ending before it starts", () => {
    for (const person of people) {
      for (const role of person.roles) {
        for (const date of [role.from, role.to]) {
          if (date === null) continue;
          const [year, month, day] = date.split("-").map(Number);
          expect(year, `${person.id} ${date}`).toBeGreaterThanOrEqual(1940);
          expect(year, `${person.id} ${date}`).toBeLessThanOrEqual(new Date().getUTCFullYear());
          if (month !== undefined) expect(month >= 1 && month <= 12, `${person.id} ${date}`).toBe(true);
          if (day !== undefined) {
            expect(new Date(Date.UTC(year!, month! - 1, day)).getUTCDate(), `${person.id} ${date}`).toBe(day);
          }
        }
        if (role.to !== null) {
          expect(days(role.from, "start") <= days(role.to, "end"), `${person.id} ${role.title}`).toBe(true);
        }
      }
    }
  });

  it("never has two people holding the same single-holder office at the same time", () => {
    const holders = new Map<string, { id: string; role: Role }[]>();
    for (const person of people) {
      for (const role of person.roles) {
        if (MULTI_HOLDER_TITLES.has(role.title)) continue;
        const key = `${role.organisation}|${role.title}`;
        holders.set(key, [...(holders.get(key) ?? []), { id: person.id, role }]);
      }
    }
    const clashes: string[] = [];
    for (const [office, tenures] of holders) {
      for (let i = 0; i < tenures.length; i++) {
        for (let j = i + 1; j < tenures.length; j++) {
          const a = tenures[i]!;
          const b = tenures[j]!;
          if (a.id === b.id) continue;
          const [aStart, aEnd] = certainSpan(a.role);
          const [bStart, bEnd] = certainSpan(b.role);
          if (aStart < bEnd && bStart < aEnd) clashes.push(`${office}: ${a.id} and ${b.id}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it("lets a name or alias point at two people only across countries, each description naming its country", () => {
    const owners = new Map<string, RegistryEntry[]>();
    for (const person of people) {
      for (const name of new Set([person.name, ...person.aliases].map(fold))) {
        owners.set(name, [...(owners.get(name) ?? []), person]);
      }
    }
    const problems: string[] = [];
    for (const [name, entries] of owners) {
      if (entries.length < 2) continue;
      const countries = entries.map((entry) => entry.country);
      if (new Set(countries).size !== countries.length) problems.push(`${name}: ${entries.map((e) => e.id).join(", ")}`);
      for (const entry of entries) {
        const demonym = DEMONYM[entry.country ?? ""];
        if (!demonym || !entry.description.includes(demonym)) problems.push(`${name}: ${entry.id} description lacks its country`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("people registry spot-checks", () => {
  const facts: [id: string, title: string, from: string, to: string | null][] = [
    ["mykhailo-fedorov", "Minister of Defence of Ukraine", "2026-01-14", null],
    ["denys-shmyhal", "Minister of Defence of Ukraine", "2025-07-17", "2026-01-14"],
    ["denys-shmyhal", "Prime Minister of Ukraine", "2020-03-04", "2025-07-17"],
    ["volodymyr-zelensky", "President of Ukraine", "2019-05-20", null],
    ["petro-poroshenko", "President of Ukraine", "2014-06-07", "2019-05-20"],
    ["yulia-svyrydenko", "Prime Minister of Ukraine", "2025-07-17", null],
    ["dmytro-kuleba", "Minister of Foreign Affairs of Ukraine", "2020-03-04", "2024-09-05"],
    ["oleksii-reznikov", "Minister of Defence of Ukraine", "2021-11-04", "2023-09-05"],
    ["rustem-umerov", "Minister of Defence of Ukraine", "2023-09-06", "2025-07-17"],
    ["valerii-zaluzhnyi", "Commander-in-Chief of the Armed Forces of Ukraine", "2021-07-27", "2024-02-08"],
    ["rishi-sunak", "Prime Minister of the United Kingdom", "2022-10-25", "2024-07-05"],
    ["liz-truss", "Prime Minister of the United Kingdom", "2022-09-06", "2022-10-25"],
    ["boris-johnson", "Prime Minister of the United Kingdom", "2019-07-24", "2022-09-06"],
    ["theresa-may", "Prime Minister of the United Kingdom", "2016-07-13", "2019-07-24"],
    ["keir-starmer", "Prime Minister of the United Kingdom", "2024-07-05", null],
    ["ben-wallace", "Defence Secretary", "2019-07-24", "2023-08-31"],
    ["rachel-reeves", "Chancellor of the Exchequer", "2024-07-05", null],
    ["olaf-scholz", "Chancellor of Germany", "2021-12-08", "2025-05-06"],
    ["angela-merkel", "Chancellor of Germany", "2005-11-22", "2021-12-08"],
    ["friedrich-merz", "Chancellor of Germany", "2025-05-06", null],
    ["boris-pistorius", "Defence Minister of Germany", "2023-01-19", null],
    ["annalena-baerbock", "Foreign Minister of Germany", "2021-12-08", "2025-05-06"],
    ["emmanuel-macron", "President of France", "2017-05-14", null],
    ["francois-hollande", "President of France", "2012-05-15", "2017-05-14"],
    ["michel-barnier", "Prime Minister of France", "2024-09-05", "2024-12-13"],
    ["donald-trump", "President of the United States", "2017-01-20", "2021-01-20"],
    ["donald-trump", "President of the United States", "2025-01-20", null],
    ["joe-biden", "President of the United States", "2021-01-20", "2025-01-20"],
    ["barack-obama", "President of the United States", "2009-01-20", "2017-01-20"],
    ["antony-blinken", "Secretary of State", "2021-01-26", "2025-01-20"],
    ["marco-rubio", "Secretary of State", "2025-01-21", null],
    ["lloyd-austin", "Secretary of Defense", "2021-01-22", "2025-01-20"],
    ["pete-hegseth", "Secretary of Defense", "2025-01-25", null],
    ["janet-yellen", "Secretary of the Treasury", "2021-01-26", "2025-01-20"],
    ["jake-sullivan", "National Security Advisor", "2021-01-20", "2025-01-20"],
    ["mike-waltz", "National Security Advisor", "2025-01-20", "2025-05-01"],
    ["karoline-leavitt", "White House Press Secretary", "2025-01-20", null],
    ["andrii-sybiha", "Minister of Foreign Affairs of Ukraine", "2024-09-05", null],
    ["oleksandr-syrskyi", "Commander-in-Chief of the Armed Forces of Ukraine", "2024-02-08", null],
    ["andriy-yermak", "Head of the Office of the President of Ukraine", "2020-02-11", "2025-11-28"],
    ["rustem-umerov", "Secretary of the National Security and Defense Council of Ukraine", "2025-07-18", null],
    ["vladimir-putin", "President of Russia", "2012-05-07", null],
    ["sergey-lavrov", "Minister of Foreign Affairs of Russia", "2004-03-09", null],
    ["sergei-shoigu", "Minister of Defence of Russia", "2012-11-06", "2024-05-12"],
    ["andrei-belousov", "Minister of Defence of Russia", "2024-05-14", null],
    ["jens-stoltenberg", "Secretary General of NATO", "2014-10-01", "2024-10-01"],
    ["mark-rutte", "Secretary General of NATO", "2024-10-01", null],
    ["antonio-guterres", "Secretary-General of the United Nations", "2017-01-01", null],
    ["ursula-von-der-leyen", "President of the European Commission", "2019-12-01", null],
    ["kaja-kallas", "High Representative of the Union for Foreign Affairs and Security Policy", "2024-12-01", null],
    ["kristalina-georgieva", "Managing Director of the International Monetary Fund", "2019-10-01", null],
    ["donald-tusk", "Prime Minister of Poland", "2023-12-13", null],
    ["benjamin-netanyahu", "Prime Minister of Israel", "2022-12-29", null],
    ["narendra-modi", "Prime Minister of India", "2014-05-26", null],
    ["xi-jinping", "President of China", "2013-03-14", null],
    ["luiz-inacio-lula-da-silva", "President of Brazil", "2023-01-01", null],
    ["javier-milei", "President of Argentina", "2023-12-10", null],
    ["sanae-takaichi", "Prime Minister of Japan", "2025-10-21", null],
    ["mark-carney", "Prime Minister of Canada", "2025-03-14", null],
    ["recep-tayyip-erdogan", "President of Turkey", "2014-08-28", null],
  ];

  it.each(facts)("%s held %s from %s to %s", (id, title, from, to) => {
    expect(rolesOf(id, title)).toContainEqual(expect.objectContaining({ from, to }));
  });

  it("holds at least 40 spot-checked facts", () => {
    expect(facts.length).toBeGreaterThanOrEqual(40);
  });

  it("finds Fedorov under his transliterations and Zelensky under his", () => {
    expect(byId.get("mykhailo-fedorov")?.aliases).toEqual(expect.arrayContaining(["Fedorov", "Fedorow"]));
    expect(byId.get("volodymyr-zelensky")?.aliases).toEqual(expect.arrayContaining(["Zelensky", "Zelenskyy", "Zelenskiy"]));
  });
});
