/**
 * The matcher's cost per character must not grow with the registry: scanning the same text with a
 * registry 40 times larger may not take much longer. Timing-based, so the bound is generous and
 * the best of several runs is compared.
 */
import { describe, expect, it } from "vitest";
import { createRegistry, findMentions, prepareRegistry } from "../../../src/core/registry";
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

function bestTime(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe("matcher scaling", () => {
  it("scans at a speed independent of the registry size", () => {
    const text = "Bravo Bravo Institute 13 said, and Q7X agreed, that Golf Hotel officials told the Echo. ".repeat(2_000);
    const small = createRegistry(syntheticEntries(100));
    const large = createRegistry(syntheticEntries(4_000));
    prepareRegistry(small);
    prepareRegistry(large);
    const smallTime = bestTime(() => findMentions(text, small));
    const largeTime = bestTime(() => findMentions(text, large));
    expect(findMentions(text, large).length).toBeGreaterThan(2_000);
    expect(largeTime).toBeLessThan(smallTime * 3 + 5);
  });
});
