import { describe, expect, it } from "vitest";
import { Kind, tokenize } from "../../../src/core/extract/tokenize";
import { claimWithCue } from "./helpers";

describe("typewriter quotation marks ('' and ``)", () => {
  it("tokenizes '' and `` as quotation marks, not apostrophes", () => {
    const tokens = tokenize("``It is over,'' he said. ''Yes.'' Bob's car.");
    expect(tokens.map((t) => t.lower)).toEqual(["``", "it", "is", "over", ",", "''", "he", "said", ".", "''", "yes", ".", "''", "bob", "'s", "car", "."]);
    expect(tokens[0]!.kind).toBe(Kind.OpenQuote);
    expect(tokens[5]!.kind).toBe(Kind.CloseQuote);
    expect(tokens[1]!.inQuote).toBe(true);
    expect(tokens[6]!.inQuote).toBe(false);
  });

  it("takes a quotation in '' marks as the content of the cue after it", () => {
    const text = "''It is going to take a lot more than one jobs report,'' he said.";
    const claim = claimWithCue(text, "said");
    expect(claim.content?.text).toBe("''It is going to take a lot more than one jobs report,''");
  });
});
