import { describe, expect, it } from "vitest";
import { check, ofKind } from "./helpers";

describe("unattributed-figure", () => {
  it("warns about a figure the text says was reported, without saying by whom", () => {
    const text = "In 2025, Russia saw the highest number of serious crimes in 15 years, with a total of 627,900 cases reported, indicating a decline in security.";
    const [finding, ...rest] = ofKind(check(text, [], { published: "2026-01-30" }).findings, "unattributed-figure");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: "warning" });
    expect(finding!.spans[0]!.text).toBe("627,900 cases reported");
    expect(finding!.message).toBe("“627,900 cases reported”: the article does not say who reported this figure.");
  });

  it("lists the extractor's sourceless claim on that sentence", () => {
    const text = "Crime rose, with a total of 627,900 cases reported, officials fear.";
    const findings = ofKind(check(text, [{ cue: "reported" }], { published: "2026-01-30" }).findings, "unattributed-figure");
    expect(findings[0]!.claimIds).toEqual(["c1"]);
  });

  it("notes a bare statistic stated as fact, as information only", () => {
    const text = "Nearly 1,500 coal-fired power plants together emit nearly two billion tons of carbon dioxide.";
    const [finding] = ofKind(check(text, []).findings, "unattributed-figure");
    expect(finding).toMatchObject({ severity: "info" });
    expect(finding!.spans[0]!.text).toBe("1,500");
  });

  it.each([
    ["a figure reported by a named source", "A total of 627,900 cases were reported by the Interior Ministry in 2025."],
    ["a figure in a sourced claim", "The CSIS estimates that Russian forces suffered 1.2 million casualties."],
    ["a quotation", "“We lost 5,300 employees,” the chief executive told lawmakers on Tuesday in Washington."],
    ["a threshold in a rule", "State law requires a registration for charities that solicit more than $25,000 a year."],
    ["a proposal", "She would impose a 4 percent surcharge on incomes of more than $5 million a year."],
    ["a year", "The war has gone on since 2022 and the front has barely moved in that time at all."],
    ["a small count", "Three soldiers and 12 civilians were wounded when the shell hit the market square."],
    ["a sentence that refers back to a sourced figure", "This figure marks the highest losses sustained by any major power since 1945, or 1,000,000 more."],
  ])("does not flag %s", (_name, text) => {
    const claims = text.startsWith("The CSIS") ? [{ cue: "estimates", source: "The CSIS", registry: "csis", content: "that Russian forces suffered 1.2 million casualties" }] : [];
    expect(ofKind(check(text, claims).findings, "unattributed-figure")).toEqual([]);
  });

  it("does not take 'registered voters' for a figure that was registered by someone", () => {
    const text = "The state purged about 12,000 registered voters from the rolls after the election.";
    expect(ofKind(check(text, []).findings, "unattributed-figure").map((f) => f.severity)).toEqual(["info"]);
  });

  it("treats sentences after a sourced claim in the same paragraph as covered", () => {
    const text = "The CSIS estimates that losses are high. Russian forces have suffered nearly 1,200,000 casualties in the war so far.";
    const claim = { cue: "estimates", source: "The CSIS", registry: "csis", content: "that losses are high" };
    expect(ofKind(check(text, [claim]).findings, "unattributed-figure")).toEqual([]);
  });
});
