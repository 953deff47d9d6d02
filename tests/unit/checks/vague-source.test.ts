import { describe, expect, it } from "vitest";
import { check, ofKind } from "./helpers";

describe("vague-source", () => {
  it("flags an unnamed group of experts, with its degree", () => {
    const text = "Casualties match recruitment, leading several experts to predict another mobilization.";
    const [finding] = ofKind(check(text, [{ cue: "predict", source: "several experts", sourceType: "vague" }]).findings, "vague-source");
    expect(finding).toMatchObject({ severity: "info", claimIds: ["c1"] });
    expect(finding!.spans[0]!.text).toBe("several experts");
    expect(finding!.message).toContain("does not say who exactly is meant");
  });

  it("finds 'several experts to predict' even when no claim was extracted for it", () => {
    const text = "Casualties match recruitment, leading several experts to predict another mobilization.";
    const findings = ofKind(check(text, []).findings, "vague-source");
    expect(findings.map((f) => f.spans[0]!.text)).toEqual(["several experts"]);
  });

  it("warns about sources that name no one at all", () => {
    const text = "The candidate was taken to a clinic, sources said.";
    const [finding] = ofKind(check(text, [{ cue: "said", source: "sources", sourceType: "vague" }]).findings, "vague-source");
    expect(finding!.severity).toBe("warning");
    expect(finding!.message).toContain("names no person or organisation");
  });

  it("counts an unnamed crowd voicing an opinion as vague, but only as information", () => {
    const text = "Some believe the campaign is worried about the state.";
    const [finding] = ofKind(check(text, [{ cue: "believe", source: "Some", sourceType: "vague" }]).findings, "vague-source");
    expect(finding!.severity).toBe("info");
  });

  it("warns about an impersonal 'it is believed that'", () => {
    const [finding] = ofKind(check("It is believed that the plant was hit.", []).findings, "vague-source");
    expect(finding).toMatchObject({ severity: "warning" });
    expect(finding!.spans[0]!.text).toBe("It is believed");
  });

  it("lowers the severity when the article explains the anonymity", () => {
    const text = "The talks failed, sources said, speaking on condition of anonymity because they were not authorized to discuss them.";
    const [finding] = ofKind(check(text, [{ cue: "said", source: "sources", sourceType: "vague" }]).findings, "vague-source");
    expect(finding!.severity).toBe("info");
    expect(finding!.message).toContain("explains why the source is not named");
  });

  it("grades an affiliation as partly identified", () => {
    const text = "Pentagon officials said the test failed.";
    const [finding] = ofKind(check(text, [{ cue: "said", source: "Pentagon officials", sourceType: "vague" }]).findings, "vague-source");
    expect(finding).toMatchObject({ severity: "info" });
    expect(finding!.message).toContain("gives an affiliation but no name");
  });

  it("reads 'these assessments' as vague as the unnamed assessments it points back to", () => {
    const text = "Assessments from multiple European governments note a shift. According to these assessments, losses match recruitment.";
    const findings = ofKind(check(text, [{ cue: "According to", source: "these assessments", sourceType: "nominal" }]).findings, "vague-source");
    expect(findings.map((f) => f.spans[0]!.text)).toEqual(["these assessments"]);
  });

  it.each([
    ["a named person", "Charlie King said the vote mattered.", [{ cue: "said", source: "Charlie King" }]],
    ["a pronoun standing for a named source", "He said the vote mattered.", [{ cue: "said", source: "He", sourceType: "pronoun" as const, resolvedSource: "Charlie King" }]],
    ["a definite reference to named data", "The State Department published data. According to the data, few were admitted.", [{ cue: "According to", source: "the data", sourceType: "nominal" as const }]],
    ["a quotation inside another person's words", "“People say it does not matter,” said Charlie King.", [{ cue: "said", source: "Charlie King" }]],
    ["part of a qualified group", "Police officials said a second device was found.", []],
    ["a quantifier that is not the speaker", "Most states have passed the deadline, the committee said.", [{ cue: "said", source: "Most", sourceType: "vague" as const }]],
  ])("does not flag %s", (_name, text, claims) => {
    expect(ofKind(check(text, claims).findings, "vague-source")).toEqual([]);
  });
});
