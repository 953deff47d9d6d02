import { describe, expect, it } from "vitest";
import { check, ofKind } from "./helpers";

describe("unknown-source", () => {
  it("notes once a named source the registry does not know", () => {
    const text = "Charlie King said the vote mattered. Charlie King added that turnout was key.";
    const claims = [{ cue: "said", source: "Charlie King" }, { cue: "added", source: "Charlie King", from: 30 }];
    const [finding, ...rest] = ofKind(check(text, claims).findings, "unknown-source");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: "info", claimIds: ["c1", "c2"] });
    expect(finding!.message).toBe("“Charlie King” is not in Sourcelight's source registry, so it cannot say who this source is.");
  });

  it.each([
    ["a registered source", "Bloomberg said the vote mattered.", { cue: "said", source: "Bloomberg", registry: "bloomberg" }],
    ["a pronoun", "He said the vote mattered.", { cue: "said", source: "He", sourceType: "pronoun" as const }],
    ["a vague source", "Experts said the vote mattered.", { cue: "said", source: "Experts", sourceType: "vague" as const }],
    ["an extraction that swallowed a conjunction", "But Trump said the vote mattered.", { cue: "said", source: "But Trump" }],
    ["a group", "Republicans said the vote mattered.", { cue: "said", source: "Republicans" }],
    ["a weekday", "Tuesday said the vote mattered.", { cue: "said", source: "Tuesday" }],
    ["a phrase that is not a name", "the people of this town said the vote mattered.", { cue: "said", source: "the people of this town" }],
  ])("does not note %s", (_name, text, claim) => {
    expect(ofKind(check(text, [claim]).findings, "unknown-source")).toEqual([]);
  });
});
