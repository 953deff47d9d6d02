import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/core/extract/tokenize";
import { claimWithCue } from "./helpers";

const sentenceCount = (text: string) => new Set(tokenize(text).map((t) => t.sentence)).size;

describe("abbreviations that do not end a sentence", () => {
  it("keeps a party-state label in one sentence with its name and cue", () => {
    expect(sentenceCount("Sen. Jack Reed (D-R.I.) said the plan failed.")).toBe(1);
    expect(sentenceCount("Sen. Ron Johnson, R-Wis., said the plan failed.")).toBe(1);
    expect(claimWithCue("Sen. Bernie Sanders (I-Vt.) said he will release his records.", "said").source?.text).toBe("Sen. Bernie Sanders (I-Vt.)");
  });

  it("ends the sentence at 'no.' unless a number follows", () => {
    expect(sentenceCount("She said no. Then she left.")).toBe(2);
    expect(sentenceCount("He is the No. 1 candidate.")).toBe(1);
  });
});
