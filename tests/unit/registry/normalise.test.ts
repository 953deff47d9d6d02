import { describe, expect, it } from "vitest";
import { foldWord, nameKey, tokenize } from "../../../src/core/registry/normalise";

describe("normalisation", () => {
  it.each([
    ["Fedorov", "Fedorow"],
    ["Zelensky", "Zelenskyy"],
    ["Zelensky", "Zelenskiy"],
    ["Zelensky", "Zelenskyi"],
    ["Kharkiv", "Harkiv"],
    ["Aleksandr", "Alexandr"],
    ["Defense", "defence"],
    ["Center", "Centre"],
    ["Organization", "organisation"],
    ["Süddeutsche", "Suddeutsche"],
    ["Łukasz", "Lukasz"],
    ["Gøteborg", "Goteborg"],
  ])("%s and %s share a key", (a, b) => {
    expect(foldWord(a)).toBe(foldWord(b));
  });

  it("keeps different words apart", () => {
    expect(foldWord("Fedorov")).not.toBe(foldWord("Fedorenko"));
    expect(foldWord("Reuters")).not.toBe(foldWord("Router"));
  });

  it("drops a leading 'the', case and punctuation from names", () => {
    expect(nameKey("The Wall Street Journal")).toBe(nameKey("wall street journal"));
    expect(nameKey("Al-Jazeera")).toBe(nameKey("Al Jazeera"));
    expect(nameKey("U.S. Department of Defense")).toBe("us department of defence");
  });

  it("strips possessives and keeps offsets on the original text", () => {
    const text = "Bloomberg’s report and Reuters's story";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.raw)).toEqual(["Bloomberg", "report", "and", "Reuters", "story"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it("keeps O'Brien and AT&T as one word and joins dotted acronyms", () => {
    expect(tokenize("O'Brien said").map((t) => t.raw)).toEqual(["O'Brien", "said"]);
    expect(tokenize("AT&T and U.K. officials").map((t) => t.raw)).toEqual(["AT&T", "and", "UK", "officials"]);
  });

  // A hang guard: 350,000 characters, so work that grows with the square of the input runs into the
  // test time-out (90 s); tests/unit/hardening/linear-time.test.ts measures the growth of findMentions.
  it("cuts adversarial input into the tokens it holds", () => {
    const hostile = "a'".repeat(100_000) + "(".repeat(100_000) + "U.".repeat(50_000);
    const tokens = tokenize(hostile);
    expect(tokens.map((t) => [t.start, t.end, t.raw.length])).toEqual([[0, 199_999, 199_999], [300_000, 399_999, 50_000]]);
  });

  it("folds words named like Object.prototype's members as plain words", () => {
    expect(foldWord("constructor")).toBe("constructor");
    expect(foldWord("Constructor")).toBe("constructor");
    expect(tokenize("the constructor said").map((t) => t.key)).toEqual(["the", "constructor", "said"]);
  });
});
