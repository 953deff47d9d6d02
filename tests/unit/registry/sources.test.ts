import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "../../../src/core/extract/types";
import { matchSources } from "../../../src/core/registry";
import { spanOf } from "../../../src/core/report";
import { fixtureRegistry } from "./fixture";

const registry = fixtureRegistry();

/** A claim whose cue, source and content are the first occurrences of the given words. */
function claim(text: string, id: string, cue: string, source: string | null, extra: Partial<ExtractedClaim> = {}): ExtractedClaim {
  const at = (word: string) => {
    const start = text.indexOf(word);
    if (start < 0) throw new Error(`"${word}" not in text`);
    return spanOf(text, start, start + word.length);
  };
  return {
    id, cue: at(cue), source: source === null ? null : at(source), content: null,
    sourceType: source === null ? "none" : "named", resolvedSource: null, date: null, via: null, ...extra,
  };
}

describe("matchSources", () => {
  it("matches a titled source span to the person it names", () => {
    const text = "Ukrainian Defense Minister Mykhailo Fedorov reported that forces advanced.";
    const result = matchSources(text, [claim(text, "c1", "reported", "Ukrainian Defense Minister Mykhailo Fedorov")], registry);
    expect(result.get("c1")).toEqual({ id: "mykhailo-fedorov", name: "Mykhailo Fedorov", kind: "person" });
  });

  it("uses the surname bound earlier in the article", () => {
    const text = "Mykhailo Fedorov visited. Later Fedorov said the plan worked.";
    const result = matchSources(text, [claim(text, "c1", "said the", "Fedorov said")], registry);
    expect(result.get("c1")?.id).toBe("mykhailo-fedorov");
  });

  it("uses an acronym defined earlier in the article", () => {
    const text = "A study by the Center for Strategic and International Studies (CSIS) came out. The CSIS estimates losses.";
    const c = claim(text, "c1", "estimates", "The CSIS");
    expect(matchSources(text, [c], registry).get("c1")?.id).toBe("csis");
  });

  it("uses the resolved source of a pronoun", () => {
    const text = "Bloomberg had the story first. It said the talks failed.";
    const c = claim(text, "c1", "said", "It", { sourceType: "pronoun", resolvedSource: "Bloomberg" });
    expect(matchSources(text, [c], registry).get("c1")?.id).toBe("bloomberg");
  });

  it.each([
    ["A senior official told Reuters the deal was off.", "told", "A senior official", "reuters"],
    ["The talks failed, an aide said in an interview with CNN on Sunday.", "said", "an aide", "cnn"],
    ["Officials will resign, Bloomberg reported on Friday.", "reported", null, "bloomberg"],
  ])("falls back to the channel: %s", (text, cue, source, expected) => {
    const c = claim(text, "c1", cue, source, { sourceType: source === null ? "none" : "vague" });
    expect(matchSources(text, [c], registry).get("c1")?.id).toBe(expected);
  });

  it("prefers the speaker over the channel", () => {
    const text = "Mykhailo Fedorov told Reuters the drones worked.";
    const c = claim(text, "c1", "told", "Mykhailo Fedorov");
    expect(matchSources(text, [c], registry).get("c1")?.id).toBe("mykhailo-fedorov");
  });

  it("does not take an outlet in another sentence for the channel", () => {
    const text = "Reuters ran a story. An official said the deal was off.";
    const c = claim(text, "c1", "said", "An official", { sourceType: "vague" });
    expect(matchSources(text, [c], registry).has("c1")).toBe(false);
  });

  it("leaves unknown sources unmatched", () => {
    const text = "John Smith said it rained.";
    expect(matchSources(text, [claim(text, "c1", "said", "John Smith")], registry).size).toBe(0);
  });
});
