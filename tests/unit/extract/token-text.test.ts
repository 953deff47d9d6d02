import { describe, expect, it } from "vitest";
import { encodeTokens, loadModel, type SerialisedModel } from "../../../src/core/extract/model";
import serialised from "../../../src/core/extract/model/weights.json";
import { KEY_LIMIT } from "../../../src/core/extract/token-text";
import { tokenize } from "../../../src/core/extract/tokenize";

const model = loadModel(serialised as unknown as SerialisedModel);

/** What encoding must give: the vocabulary looked up by each token's text, without any cache. */
function uncachedIds(text: string): number[][] {
  return tokenize(text).map((t) => [model.hashed.word(t.lower), model.hashed.suffix(t.lower)]);
}

function encodedIds(text: string): number[][] {
  const tokens = tokenize(text);
  const encoded = encodeTokens(tokens, model);
  return tokens.map((_, i) => [encoded.wordIds[i]!, encoded.suffixIds[i]!]);
}

/** `count` distinct words: more than the interning table holds when count > KEY_LIMIT. */
function distinctWords(count: number, prefix: string): string {
  return Array.from({ length: count }, (_, k) => `${prefix}${k.toString(36)}`).join(" ");
}

describe("interned token texts", () => {
  it("lower-cases every kind of token exactly like toLowerCase", () => {
    const words = [
      "Said", "SAID", "said", "U.S.", "Jean-Luc", "3,000", "ADMINISTRATION", "Administrations", "abcdefghijkl", "abcdefghijklm",
      "Émile", "Zola’s", "İstanbul", "ΣΟΦΟΣ", "Straße", "x".repeat(64), "Y".repeat(65), "𝒳", "“", "—", "''", "``", "Mr.", "J.",
    ];
    const text = words.join(" ") + "\n" + words.join(", ");
    for (const token of tokenize(text)) expect(token.lower).toBe(text.slice(token.start, token.end).toLowerCase());
  });

  it("gives one key per distinct text", () => {
    const tokens = tokenize("The president said the President SAID. the");
    const byLower = new Map<string, number>();
    for (const t of tokens) {
      expect(t.wordKey).toBeGreaterThanOrEqual(0);
      expect(t.wordKey).toBeLessThan(KEY_LIMIT);
      if (byLower.has(t.lower)) expect(t.wordKey).toBe(byLower.get(t.lower));
      byLower.set(t.lower, t.wordKey);
    }
    expect(new Set(byLower.values()).size).toBe(byLower.size);
  });

  it("encodes like an uncached vocabulary lookup, also after the table started again", () => {
    const text = "Officials said on Thursday that the president, according to Reuters, told reporters “nothing”.";
    const before = tokenize(text);
    const beforeIds = uncachedIds(text);
    expect(encodedIds(text)).toEqual(beforeIds);
    // Fill the table past its bound twice, with words that share nothing with the text, and encode
    // them so that the cache entries under the text's old keys now hold other words.
    for (const prefix of ["q", "z"]) {
      const filler = tokenize(distinctWords(KEY_LIMIT + 10, prefix));
      expect(filler.length).toBe(KEY_LIMIT + 10);
      expect(new Set(filler.map((t) => t.wordKey)).size).toBeLessThan(filler.length);
      encodeTokens(filler, model);
    }
    // Tokens made before the table started again (their keys now name other words) still encode right.
    const stale = encodeTokens(before, model);
    expect(before.map((_, i) => [stale.wordIds[i]!, stale.suffixIds[i]!])).toEqual(beforeIds);
    expect(encodedIds(text)).toEqual(beforeIds);
    for (const token of tokenize(text)) expect(token.lower).toBe(text.slice(token.start, token.end).toLowerCase());
  });
});
