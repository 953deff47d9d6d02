/** The bundled registry on the demo article (the project's own fixture copy of the text). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "../../../src/core/extract/types";
import { createRegistry, findMentions, matchSources } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import { spanOf } from "../../../src/core/report";

const text = readFileSync(new URL("../../fixtures/demo-article.txt", import.meta.url), "utf8");
const registry = createRegistry(bundledEntries());

function claimAt(id: string, source: string, cue: string, occurrence = 0): ExtractedClaim {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(source, start + 1);
  const cueStart = text.indexOf(cue, start);
  return {
    id, cue: spanOf(text, cueStart, cueStart + cue.length), source: spanOf(text, start, start + source.length),
    content: null, sourceType: "named", resolvedSource: null, date: null, via: null,
  };
}

describe("demo article", () => {
  it("matches Bloomberg and CSIS claims, including the acronym bound by its definition", () => {
    const claims = [
      claimAt("c1", "Bloomberg on November 30", "citing"),
      claimAt("c2", "Bloomberg writes", "writes"),
      claimAt("c3", "The CSIS estimates", "estimates"),
      claimAt("c4", "CSIS stated", "stated"),
    ];
    const result = matchSources(text, claims, registry);
    expect(result.get("c1")).toEqual({ id: "bloomberg", name: "Bloomberg News", kind: "news-agency" });
    expect(result.get("c2")?.id).toBe("bloomberg");
    expect(result.get("c3")).toEqual({ id: "csis", name: "Center for Strategic and International Studies", kind: "think-tank" });
    expect(result.get("c4")?.id).toBe("csis");
  });

  it("finds the organisations the article names and knows CSIS was spelled out", () => {
    const mentions = findMentions(text, registry);
    const ids = new Set(mentions.map((m) => m.entry.id));
    for (const id of ["bloomberg", "csis", "nato", "ru-government"]) expect(ids).toContain(id);
    const csisAcronyms = mentions.filter((m) => m.entry.id === "csis" && m.via !== "name");
    expect(csisAcronyms.length).toBe(3);
    expect(csisAcronyms.every((m) => m.acronymDefined)).toBe(true);
    expect(mentions.find((m) => m.entry.id === "nato")?.acronymDefined).toBe(false);
    expect(ids).not.toContain("defense-news");
  });
});
