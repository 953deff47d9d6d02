import { describe, expect, it } from "vitest";
import { resolveClaimDate } from "../../../src/core/dates/claim-date";
import { dayStartWork } from "../../../src/core/dates/day-start";
import { chronoWork } from "../../../src/core/dates/gated-chrono";
import { extractClaims } from "../../../src/core/extract";
import { decoderWork } from "../../../src/core/extract/tagger";
import { tokenize, tokenizerWork } from "../../../src/core/extract/tokenize";

/** Work (tokenizer characters + decoder cells) and claims for one input. */
function workOf(text: string): { work: number; claims: number } {
  tokenizerWork.steps = 0;
  decoderWork.steps = 0;
  const claims = extractClaims(text).length;
  return { work: tokenizerWork.steps + decoderWork.steps, claims };
}

const PATHOLOGICAL: Record<string, (n: number) => string> = {
  "capitalised words": (n) => "Alpha Beta ".repeat(n / 2) + "said it.",
  "unclosed quotes": (n) => "“He said ".repeat(n / 3),
  "thousands of said": (n) => "said ".repeat(n),
  "said with names": (n) => "Smith said. He said. ".repeat(n / 5),
  "no punctuation": (n) => "the officials said that the minister told reporters that ".repeat(n / 10),
  "colons and commas": (n) => "A: , , ; B: ".repeat(n / 6),
  "apostrophes and quotes": (n) => "’s “ ” ' \" ".repeat(n / 6),
};

describe("linear work on adversarial input", () => {
  for (const [name, build] of Object.entries(PATHOLOGICAL)) {
    it(name, () => {
      const small = workOf(build(2000));
      const large = workOf(build(4000));
      expect(small.work).toBeGreaterThan(0);
      const ratio = large.work / small.work;
      expect(ratio).toBeGreaterThan(1.6);
      expect(ratio).toBeLessThan(2.5);
      if (small.claims > 0) expect(large.claims / small.claims).toBeLessThan(2.5);
    });
  }

  it("tokenizes with offsets that index the text", () => {
    const text = "Émile Zola’s “J’accuse” (1898): U.S. officials said 3,000 people—maybe more—came.";
    for (const token of tokenize(text)) expect(token.lower).toBe(text.slice(token.start, token.end).toLowerCase());
  });
});

/** Work of dating every claim of a text: characters the day-start reader looks at and chrono-node parsers run. */
function dateWorkOf(text: string): number {
  const claims = extractClaims(text);
  dayStartWork.steps = 0;
  chronoWork.parsersRun = 0;
  for (const claim of claims) resolveClaimDate(claim, "2026-01-30", text);
  return dayStartWork.steps + chronoWork.parsersRun;
}

const PATHOLOGICAL_DATES: Record<string, (n: number) => string> = {
  "spaces and commas after cues": (n) => "Officials said , , , , on ".repeat(n / 26) + "Tuesday.",
  "said Tuesday, repeated": (n) => "Smith said Tuesday. ".repeat(n / 20),
  "said that, repeated without a date": (n) => "Smith said that it was over. ".repeat(n / 29),
};

describe("linear work dating claims on adversarial input", () => {
  for (const [name, build] of Object.entries(PATHOLOGICAL_DATES)) {
    it(name, () => {
      const small = dateWorkOf(build(2000));
      const large = dateWorkOf(build(4000));
      expect(small).toBeGreaterThan(0);
      const ratio = large / small;
      expect(ratio).toBeGreaterThan(1.6);
      expect(ratio).toBeLessThan(2.5);
    });
  }
});
