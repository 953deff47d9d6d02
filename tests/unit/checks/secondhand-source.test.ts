import { describe, expect, it } from "vitest";
import { check, ofKind } from "./helpers";

const TEXT = "Deaths rose sharply, according to Bloomberg on November 30, citing European assessments.";
const BLOOMBERG = { cue: "according to", source: "Bloomberg", registry: "bloomberg", content: "Deaths rose sharply", date: "on November 30" };

describe("secondhand-source", () => {
  it("flags 'citing European assessments' in a claim's sentence", () => {
    const [finding, ...rest] = ofKind(check(TEXT, [BLOOMBERG], { published: "2026-01-30" }).findings, "secondhand-source");
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: "warning", claimIds: ["c1"] });
    expect(finding!.spans.map((s) => s.text)).toEqual(["European assessments", "Bloomberg"]);
    expect(finding!.message).toBe("Bloomberg relays “European assessments” without naming who is behind it, so the original source cannot be checked.");
  });

  it("uses the extractor's via link (the relayed claim points at the relaying one), and the relayed vague claim is not flagged twice", () => {
    const relayed = { id: "c2", cue: "citing", source: "European assessments", sourceType: "vague" as const, via: "c1" };
    const { findings } = check(TEXT, [BLOOMBERG, relayed], { published: "2026-01-30" });
    expect(ofKind(findings, "secondhand-source").map((f) => f.claimIds)).toEqual([["c1", "c2"]]);
    expect(ofKind(findings, "vague-source")).toEqual([]);
  });

  it("says nothing when what is 'cited' is a reason, not a source", () => {
    const text = "Foreign policy analysts said geopolitical factors have contributed, citing the strategic importance of a nation that borders China.";
    const analysts = { id: "c1", cue: "said", source: "Foreign policy analysts", sourceType: "vague" as const, content: "geopolitical factors have contributed" };
    const reason = { id: "c2", cue: "citing", source: "the strategic importance of a nation that borders China", sourceType: "nominal" as const, via: "c1" };
    expect(ofKind(check(text, [analysts, reason]).findings, "secondhand-source")).toEqual([]);
  });

  it("finds a relay written before the cue", () => {
    const text = "Citing unnamed sources, the Post reported that the campaign manager was fired.";
    const claim = { cue: "reported", source: "the Post", sourceType: "nominal" as const, content: "that the campaign manager was fired" };
    const [finding] = ofKind(check(text, [claim]).findings, "secondhand-source");
    expect(finding).toMatchObject({ severity: "warning", claimIds: ["c1"] });
    expect(finding!.spans[0]!.text).toBe("unnamed sources");
  });

  it("is only information when the relayed source has an affiliation", () => {
    const text = "The plan stalled, Reuters reported, citing Pentagon officials.";
    const [finding] = ofKind(check(text, [{ cue: "reported", source: "Reuters", content: "The plan stalled" }]).findings, "secondhand-source");
    expect(finding!.severity).toBe("info");
  });

  it("is only information when what is relayed is a record, not a person", () => {
    const text = "The campaign is spending more than it takes in, the Journal reported, citing internal documents.";
    const [finding] = ofKind(check(text, [{ cue: "reported", source: "the Journal", sourceType: "nominal", content: "The campaign is spending more than it takes in" }]).findings, "secondhand-source");
    expect(finding!.severity).toBe("info");
    expect(finding!.message.startsWith("The Journal relays")).toBe(true);
  });

  it.each([
    "Deaths rose sharply, according to Bloomberg, citing the Pentagon.",
    "Deaths rose sharply, according to Bloomberg, citing a report by the Institute for the Study of War.",
    "Deaths rose sharply, according to Bloomberg.",
  ])("does not flag a named relayed source: %s", (text) => {
    const claim = { cue: "according to", source: "Bloomberg", registry: "bloomberg", content: "Deaths rose sharply" };
    expect(ofKind(check(text, [claim]).findings, "secondhand-source")).toEqual([]);
  });

  it("does not flag 'citing' with no claim in the sentence", () => {
    expect(ofKind(check("The ban was lifted, citing unnamed sources.", []).findings, "secondhand-source")).toEqual([]);
  });
});
