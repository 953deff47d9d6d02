import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/core/registry";
import { fixtureRegistry } from "./fixture";

const registry = fixtureRegistry();
const ids = (text: string) => findMentions(text, registry).map((m) => m.entry.id);

describe("findMentions", () => {
  it("finds names and aliases", () => {
    expect(ids("Bloomberg's editors and the Xinhua agency spoke to Reuters.")).toEqual(["bloomberg", "xinhua", "reuters"]);
    expect(ids("Xinhua News Agency said")).toEqual(["xinhua"]);
    expect(ids("Bloomberg News said")).toEqual(["bloomberg"]);
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

  it("prefers a bound surname over a one-word organisation name", async () => {
    const { createRegistry } = await import("../../../src/core/registry");
    const { entry } = await import("./fixture");
    const local = createRegistry([
      entry({ id: "wagner", name: "Wagner Group", kind: "other", country: "RU", aliases: ["Wagner"] }),
      entry({ id: "johann-wagner", name: "Johann Wagner", kind: "person", country: "DE" }),
    ]);
    const found = (text: string) => findMentions(text, local).map((m) => m.entry.id);
    expect(found("Wagner fighters left.")).toEqual(["wagner"]);
    expect(found("Johann Wagner spoke. Wagner said more.")).toEqual(["johann-wagner", "johann-wagner"]);
  });

  it("does not take a lone surname for a person without a full name or a title", () => {
    expect(ids("Fedorov said the drones worked.")).toEqual([]);
    expect(ids("Defense Minister Fedorov said the drones worked.")).toEqual(["mykhailo-fedorov"]);
    expect(ids("President Zelenskiy said")).toEqual(["volodymyr-zelenskyy"]);
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

describe("outlet names and common words", () => {
  it("tolerates News/Agency after a name but never shortens a name by itself", () => {
    expect(ids("the Xinhua news agency and Reuters News said")).toEqual(["xinhua", "reuters"]);
    expect(ids("China News Service said China would respond")).toEqual(["china-news-service"]);
  });

  it("does not fold contractions or doubled letters into names", () => {
    expect(ids("She'll Feed the Fed's critics, Shell said")).toEqual(["us-fed", "shell"]);
  });

  it("takes a one-word 'The' name only when no capitalised word continues it", () => {
    expect(ids("the National Guard deployed")).toEqual([]);
    expect(ids("as the National reported. The Hill agreed")).toEqual(["the-national", "the-hill"]);
  });
});

describe("context evidence", () => {
  it("does not take the pronoun 'us' for the United States", () => {
    expect(ids("Tell us what ABC reported.")).toEqual([]);
    expect(ids("The US network ABC reported.")).toEqual(["abc-us"]);
  });
});

describe("capitals and 'The' names", () => {
  it("needs every capitalised word of a name capitalised in the text", async () => {
    const { createRegistry } = await import("../../../src/core/registry");
    const { entry } = await import("./fixture");
    const local = createRegistry([
      entry({ id: "foreign-policy", name: "Foreign Policy", kind: "news-outlet", country: "US" }),
      entry({ id: "the-free-press", name: "The Free Press", kind: "news-outlet", country: "US" }),
      entry({ id: "now-14", name: "Channel 14", kind: "broadcaster", country: "IL", aliases: ["Now 14"] }),
    ]);
    const found = (text: string) => findMentions(text, local).map((m) => m.entry.id);
    expect(found("Foreign policy matters. Foreign Policy reported.")).toEqual(["foreign-policy"]);
    expect(found("The Detroit Free Press said, and The Free Press said, as did Free Press editors.")).toEqual(["the-free-press", "the-free-press"]);
    expect(found("On Nov. 14 it rained; Now 14 reported.")).toEqual(["now-14"]);
  });
});
