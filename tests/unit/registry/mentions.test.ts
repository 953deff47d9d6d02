import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/core/registry";
import { fixtureRegistry } from "./fixture";

const registry = fixtureRegistry();
const ids = (text: string) => findMentions(text, registry).map((m) => m.entry.id);

describe("findMentions", () => {
  it("finds names, aliases and outlet names without their News/Agency suffix", () => {
    expect(ids("Bloomberg's editors and the Xinhua agency spoke to Reuters.")).toEqual(["bloomberg", "xinhua", "reuters"]);
    expect(ids("Xinhua News Agency said")).toEqual(["xinhua"]);
  });

  it("needs capitals where the name has them and 'the' before one-word 'The' names", () => {
    expect(ids("the sun rose over the hill")).toEqual([]);
    expect(ids("Fiona Hill said, and The Hill reported")).toEqual(["the-hill"]);
    expect(ids("according to the Sun")).toEqual(["the-sun"]);
  });

  it("matches diacritics, transliterations and possessives", () => {
    expect(ids("Suddeutsche Zeitung and le monde")).toEqual(["sueddeutsche"]);
    expect(ids("President Volodymyr Zelensky's office")).toEqual(["volodymyr-zelenskyy"]);
    expect(ids("Volodymyr Zelenskiy")).toEqual(["volodymyr-zelenskyy"]);
    expect(ids("Mykhailo Fedorow")).toEqual(["mykhailo-fedorov"]);
    expect(ids("AT&T and the U.S. government")).toEqual(["att", "us-government"]);
  });

  it("binds an acronym the article spells out for the rest of the article", () => {
    const text = "The Canadian Security Intelligence Service (CSIS) warned. Later, CSIS said more.";
    const mentions = findMentions(text, registry);
    expect(mentions.map((m) => [m.entry.id, m.via])).toEqual([
      ["ca-csis", "name"],
      ["ca-csis", "defined-acronym"],
      ["ca-csis", "defined-acronym"],
    ]);
    expect(mentions.filter((m) => m.via !== "name").every((m) => m.acronymDefined)).toBe(true);
  });

  it("lets an article's own definition shadow a registry acronym", () => {
    expect(ids("The Center for Space Information Systems (CSIS) said. CSIS added.")).toEqual([]);
  });

  it("reports an acronym used without being spelled out", () => {
    const [mention] = findMentions("ISW analysts said the front was stable.", registry);
    expect(mention?.entry.id).toBe("isw");
    expect(mention?.via).toBe("acronym");
    expect(mention?.acronymDefined).toBe(false);
  });

  it("keeps acronyms case-sensitive", () => {
    expect(ids("the csis of it all, abc, cnn")).toEqual([]);
  });

  it("binds a person's surname after the full name", () => {
    const text = "Mykhailo Fedorov spoke on Monday. Fedorov said the drones worked. Fedorov's plan";
    const mentions = findMentions(text, registry);
    expect(mentions.map((m) => [m.entry.id, m.via])).toEqual([
      ["mykhailo-fedorov", "name"],
      ["mykhailo-fedorov", "surname"],
      ["mykhailo-fedorov", "surname"],
    ]);
  });

  it("does not take a lone surname for a person without a full name or a title", () => {
    expect(ids("Fedorov said the drones worked.")).toEqual([]);
    expect(ids("Defense Minister Fedorov said the drones worked.")).toEqual(["mykhailo-fedorov"]);
  });

  it("tells entries sharing an alias apart by country words and context", () => {
    expect(ids("Sydney, Australia. The ABC reported on Canberra politics.")).toEqual(["abc-au"]);
    expect(ids("In Washington, ABC reported on American politics.")).toEqual(["abc-us"]);
    expect(ids("Ukrainian forces advanced, the Defence Ministry said in Kyiv.")).toEqual(["ua-mod"]);
    expect(ids("Russian forces advanced, the Defense Ministry in Moscow said.")).toEqual(["ru-mod"]);
    expect(ids("Canadian spy agency CSIS said")).toEqual(["ca-csis"]);
  });

  it("leaves a shared alias unmatched when nothing tells the entries apart", () => {
    expect(ids("ABC reported.")).toEqual([]);
  });

  it("gives offsets that index the original text", () => {
    const text = "«Bloomberg» — the Kremlin's line";
    for (const m of findMentions(text, registry)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ids(text)).toEqual(["bloomberg", "ru-government"]);
  });
});

describe("outlet name suffixes", () => {
  it("drops News/Agency only where a distinctive name is left", async () => {
    const { createRegistry } = await import("../../../src/core/registry");
    const { entry } = await import("./fixture");
    const registry = createRegistry([
      entry({ id: "defense-news", name: "Defense News", kind: "news-outlet", country: "US" }),
      entry({ id: "kyodo", name: "Kyodo News", kind: "news-agency", country: "JP" }),
      entry({ id: "nk-news", name: "New Korea News", kind: "news-outlet", country: "KR" }),
    ]);
    const found = (text: string) => findMentions(text, registry).map((m) => m.entry.id);
    expect(found("Defense Minister Fedorov said, citing Kyodo and New Korea.")).toEqual(["kyodo", "nk-news"]);
    expect(found("Defense News reported")).toEqual(["defense-news"]);
  });
});
