import { describe, expect, it } from "vitest";
import { isAgentlessPassive, isImpersonalCue } from "../../../src/core/extract/impersonal";
import { tokenize } from "../../../src/core/extract/tokenize";
import { claimsOf } from "./helpers";

/** Whether the words `cue` (found in `text`) make an impersonal cue (or, with `test`, pass another test). */
function impersonal(text: string, cue: string, test = isImpersonalCue): boolean {
  const tokens = tokenize(text);
  const words = tokenize(cue).map((t) => t.lower);
  const from = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k]?.lower === w));
  if (from < 0) throw new Error(`"${cue}" not in "${text}"`);
  return test(tokens, { from, to: from + words.length });
}

describe("impersonal cues have no source", () => {
  it("recognises raising verbs, agentless passives of expectation and evidential adverbs", () => {
    expect(impersonal("Trump seemed to appreciate that concept.", "seemed")).toBe(true);
    expect(impersonal("Sanders appears to have a slight lead.", "appears")).toBe(true);
    expect(impersonal("The House is expected to pass a bill.", "is expected")).toBe(true);
    expect(impersonal("Trump had been expected to visit.", "had been expected")).toBe(true);
    expect(impersonal("The group is also known as ISIL.", "is also known")).toBe(true);
    expect(impersonal("The movement, also known as Hizmet, is active.", "also known")).toBe(true);
    expect(impersonal("The company has reportedly taken heat.", "has reportedly")).toBe(true);
    expect(impersonal("He was said to be angry.", "said")).toBe(true);
  });

  it("reads the completing word, a modal or a manner adverb in the cue ('also known as', 'may seem', 'seems like')", () => {
    expect(impersonal("The movement, also known as Hizmet, is active.", "also known as")).toBe(true);
    expect(impersonal("The tax, derisively known as the death tax, was repealed.", "derisively known as")).toBe(true);
    expect(impersonal("He is best known for his novels.", "is best known for")).toBe(true);
    expect(impersonal("It may seem surprising.", "may seem")).toBe(true);
    expect(impersonal("It seems like no icon will be spared.", "seems like")).toBe(true);
    expect(impersonal("Trump had long known for years that it would fail.", "had long known for")).toBe(false);
    expect(claimsOf("The militant group, also known as ISIS, seized the city.").find((c) => c.cue.text === "also known as")?.source ?? null).toBeNull();
  });

  it("keeps the subject of an active verb, a verb the subject performs, or a passive with an agent", () => {
    expect(impersonal("He seemed to indicate he knows.", "seemed to indicate")).toBe(false);
    expect(impersonal("Insiders expected a close race.", "expected")).toBe(false);
    expect(impersonal("Trump had known him for years.", "had known")).toBe(false);
    expect(impersonal("He’s said that before.", "said")).toBe(false);
    expect(impersonal("She is expected by aides to win.", "is expected")).toBe(false);
    expect(impersonal("The senator said the bill would pass.", "said")).toBe(false);
  });

  it("gives the claim no source in the extraction", () => {
    const text = "The House is expected to pass a bipartisan bill later this week, the senator said.";
    const claim = claimsOf(text).find((c) => c.cue.text.includes("expected"));
    expect(claim?.cue.text).toBe("is expected");
    expect(claim?.source).toBeNull();
    expect(claimsOf("Sanders appears to have a slight lead.").find((c) => c.cue.text === "appears")?.source).toBeNull();
    expect(claimsOf(text).find((c) => c.cue.text === "said")?.source?.text).toBe("the senator");
  });
});

describe("passives without an agent have no source", () => {
  it("recognises a passive verb group with no 'by'", () => {
    expect(impersonal("He was eventually challenged over his temperament.", "was eventually challenged", isAgentlessPassive)).toBe(true);
    expect(impersonal("Shortly after Clinton was declared the winner, Sanders spoke.", "declared", isAgentlessPassive)).toBe(true);
    expect(impersonal("Trump was asked what he thought.", "was asked", isAgentlessPassive)).toBe(true);
  });

  it("keeps a state of mind, a passive with an agent, an active and a progressive verb", () => {
    expect(impersonal("Some Democrats are concerned that the race is close.", "are concerned", isAgentlessPassive)).toBe(false);
    expect(impersonal("Braynard is quoted as saying it.", "is quoted as saying", isAgentlessPassive)).toBe(false);
    expect(impersonal("Rubio was asked by the host whether he agreed.", "was asked", isAgentlessPassive)).toBe(false);
    expect(impersonal("The senator declared victory.", "declared", isAgentlessPassive)).toBe(false);
    expect(impersonal("Trump was saying the opposite.", "was saying", isAgentlessPassive)).toBe(false);
  });
});
