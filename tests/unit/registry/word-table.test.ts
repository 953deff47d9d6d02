/**
 * The word table finds a word by its packed characters (up to 12 ASCII characters) or by its hash
 * and characters (the rest): each spelling must get exactly one WordInfo, whichever way it is
 * looked up, and keep it when the table grows.
 */
import { describe, expect, it } from "vitest";
import { cutWords, packRange } from "../../../src/core/registry/cut-words";
import { WordTable } from "../../../src/core/registry/words";

const emptySource = () => ({ root: { next: new Map(), hits: [] }, acronyms: new Map(), surnames: new Map(), contextIds: new Map() });

describe("WordTable", () => {
  it("gives one WordInfo per spelling, short, long, non-ASCII or differing only in case or in the 12th character", () => {
    const table = new WordTable(emptySource());
    const spellings = ["a", "A", "Trump", "trump", "presidentia", "presidential", "presidentiaL", "presidentials", "Zelenskyy’s", "Gödel", "AT&T", "O'Brien", "x".repeat(40)];
    const infos = spellings.map((word) => table.of(word));
    expect(new Set(infos).size).toBe(spellings.length);
    infos.forEach((info, k) => expect(info.raw).toBe(spellings[k]));
    spellings.forEach((word, k) => expect(table.of(word)).toBe(infos[k]));
  });

  it("finds a word cut from text as the same WordInfo as the word on its own, after the table has grown", () => {
    const table = new WordTable(emptySource());
    const words = Array.from({ length: 5_000 }, (_, k) => `w${k.toString(36)}${k % 3 === 0 ? "élan" : k % 3 === 1 ? "abcdefghijkl" : ""}`);
    const early = words.map((word) => table.of(word));
    const cuts = cutWords(words.join(" "), table);
    expect(cuts.words).toHaveLength(words.length);
    cuts.words.forEach((info, k) => expect(info).toBe(early[k]));
  });

  it("packs only ASCII words of up to 12 characters", () => {
    expect(packRange("abcdefghijkl", 0, 12)).toBeGreaterThanOrEqual(0);
    expect(packRange("abcdefghijklm", 0, 13)).toBe(-1);
    expect(packRange("é", 0, 1)).toBe(-1);
    expect(packRange("xab", 1, 3)).toBe(packRange("ab", 0, 2));
  });
});
