/**
 * The bundle size budget (scripts/lib/size-budget.mjs) that scripts/build.mjs applies to every
 * build: measured on small files here, with limits made tiny so that going over them is seen.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module without types
import { BUDGETS, measureBundles, overBudget } from "../../../scripts/lib/size-budget.mjs";

type Size = { name: string; raw: number; gzip: number };

function bundles(): string {
  const dir = mkdtempSync(join(tmpdir(), "budget-"));
  // Random-looking text gzips poorly, repeated text well: the budget must look at the gzip size.
  let seed = 7;
  const noisy = Array.from({ length: 4000 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 36).toString(36)).join("");
  writeFileSync(join(dir, "content.js"), noisy);
  writeFileSync(join(dir, "popup.js"), "a".repeat(4000));
  return dir;
}

describe("bundle size budget", () => {
  it("measures raw and gzip sizes", () => {
    const sizes = measureBundles(bundles(), ["content.js", "popup.js"]) as Size[];
    expect(sizes.map((size) => size.raw)).toEqual([4000, 4000]);
    expect(sizes[1]!.gzip).toBeLessThan(100);
    expect(sizes[0]!.gzip).toBeGreaterThan(1000);
  });

  it("fails a bundle over its gzip budget, naming it, and passes those within", () => {
    const sizes = measureBundles(bundles(), ["content.js", "popup.js"]) as Size[];
    const problems = overBudget(sizes, { "content.js": 1000, "popup.js": 1000 }) as string[];
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\.js is .* KB gzip, over its budget of 1\.0 KB/);
    expect(overBudget(sizes, { "content.js": 5000 })).toEqual([]);
    expect(overBudget(sizes, {})).toEqual([]);
  });

  it("holds the content script to 60 KB and the popup to 56 KB gzip", () => {
    expect(BUDGETS).toEqual({ "content.js": 60 * 1024, "popup.js": 56 * 1024 });
  });
});
