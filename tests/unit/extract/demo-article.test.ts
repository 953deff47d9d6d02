import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "../../../src/core/extract";
import { claimsOf } from "./helpers";

const text = readFileSync(new URL("../../fixtures/demo-article.txt", import.meta.url), "utf8");
const claims = claimsOf(text);
const withCue = (cue: string, source: string): ExtractedClaim => {
  const found = claims.find((c) => c.cue.text === cue && c.source?.text === source);
  if (!found) throw new Error(`no claim "${source}" / "${cue}" in ${claims.map((c) => `${c.source?.text} / ${c.cue.text}`).join("; ")}`);
  return found;
};

describe("the demo article", () => {
  it("finds Bloomberg on November 30 and the European assessments it cites", () => {
    const bloomberg = withCue("according to", "Bloomberg");
    expect(bloomberg.date?.text).toBe("on November 30");
    expect(bloomberg.sourceType).toBe("named");
    const cited = withCue("citing", "European assessments");
    expect(cited.via).toBe(bloomberg.id);
    expect(cited.sourceType).toBe("vague");
  });

  it("finds Fedorov's report and resolves 'He stated' to him", () => {
    withCue("reported", "Ukrainian Defense Minister Mykhailo Fedorov");
    const he = withCue("stated", "He");
    expect(he.sourceType).toBe("pronoun");
    expect(he.resolvedSource).toBe("Mykhailo Fedorov");
  });

  it("finds the vague sources", () => {
    expect(withCue("According to", "these assessments").sourceType).toBe("vague");
    const experts = claims.find((c) => c.source?.text === "several experts" && /predict/.test(c.cue.text));
    expect(experts?.sourceType).toBe("vague");
  });

  it("finds Bloomberg writes and the CSIS claims", () => {
    withCue("writes", "Bloomberg");
    const revealed = claims.find((c) => c.cue.text === "revealed");
    expect(revealed?.source?.text).toMatch(/Center for Strategic and International Studies \(CSIS\)$/);
    expect(revealed?.resolvedSource).toBe("Center for Strategic and International Studies (CSIS)");
    withCue("estimates", "The CSIS");
    const stated = withCue("stated", "CSIS");
    expect(stated.content?.text).toMatch(/^“Russian casualties and fatalities are unprecedented/);
  });

  it("reads '627,900 cases reported' as a report without source", () => {
    const reported = claims.find((c) => c.cue.text === "reported" && c.cue.start > text.indexOf("627,900"));
    expect(reported?.source).toBeNull();
    expect(reported?.sourceType).toBe("none");
    expect(reported?.content?.text).toBe("a total of 627,900 cases");
    // "..., indicating a significant decline": the writer's inference from the figure, nobody's claim.
    expect(claims.some((c) => c.cue.text === "indicating")).toBe(false);
  });

  it("keeps 'with assessments from ... noting' as a vague source without the preposition", () => {
    expect(withCue("noting", "assessments from multiple European governments").sourceType).toBe("vague");
  });

  it("takes nothing from the photo credit or the page furniture", () => {
    expect(claims.some((c) => c.cue.text === "min read")).toBe(false);
    for (const claim of claims) {
      expect(claim.source?.text ?? "").not.toMatch(/Getty|Photo|DONATE|See all/);
      expect(claim.cue.text).not.toMatch(/^(?:See|Support|DONATE)$/);
    }
  });
});
