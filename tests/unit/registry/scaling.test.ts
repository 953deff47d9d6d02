/**
 * The matcher's cost per character must not grow with the registry: scanning the same text with a
 * registry 40 times larger may not do more work. Work is counted (trie steps, name hits and
 * candidates examined: `matcherWork`), not timed, so the test is the same on a loaded machine.
 */
import { describe, expect, it } from "vitest";
import { createRegistry, findMentions, prepareRegistry, type Registry } from "../../../src/core/registry";
import { matcherWork } from "../../../src/core/registry/trie";
import { entry } from "./fixture";

function syntheticEntries(count: number) {
  const words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Kilo", "Lima"];
  return Array.from({ length: count }, (_, i) =>
    entry({
      id: `org-${i}`,
      name: `${words[i % 12]} ${words[Math.floor(i / 12) % 12]} Institute ${i}`,
      kind: "think-tank",
      acronyms: [`Q${i}X`],
    }),
  );
}

function workOf(text: string, registry: Registry): { work: number; mentions: number } {
  matcherWork.steps = 0;
  const mentions = findMentions(text, registry).length;
  return { work: matcherWork.steps, mentions };
}

describe("matcher scaling", () => {
  const text = "Bravo Bravo Institute 13 said, and Q7X agreed, that Golf Hotel officials told the Echo. ".repeat(2_000);
  const small = createRegistry(syntheticEntries(100));
  const large = createRegistry(syntheticEntries(4_000));
  prepareRegistry(small);
  prepareRegistry(large);

  it("does the same work per scan whatever the registry size", () => {
    const smallRun = workOf(text, small);
    const largeRun = workOf(text, large);
    expect(largeRun.mentions).toBeGreaterThan(2_000);
    expect(largeRun.mentions).toBe(smallRun.mentions);
    expect(smallRun.work).toBeGreaterThan(0);
    expect(largeRun.work).toBeLessThanOrEqual(smallRun.work);
  });

  it("counts work in proportion to the text", () => {
    // Twice the text, twice the work, give or take the first sentence (nothing precedes it).
    const once = workOf(text, large).work;
    const perSentence = once / 2_000;
    expect(Math.abs(workOf(text + text, large).work - 2 * once)).toBeLessThanOrEqual(perSentence);
  });
});
