/**
 * The project's conventions, enforced: the core stays pure, extension APIs pass through one module,
 * and page text never reaches innerHTML.
 */
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { codeWithoutComments as code, sourceFiles } from "./source-files";

const SRC = new URL("../../src/", import.meta.url).pathname;

const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), code: code(path) }));

describe("conventions", () => {
  it("finds the sources", () => {
    expect(files.some((file) => file.path.startsWith("core/"))).toBe(true);
  });

  it("keeps the core free of DOM, extension and Node APIs", () => {
    const offenders = files
      .filter((file) => file.path.startsWith("core/"))
      .filter((file) => /\b(?:document|window|navigator|localStorage|chrome|browser)\s*\.|from\s+["'](?:node:|webextension-polyfill|jsdom|preact)/.test(file.code))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });

  it("imports webextension-polyfill only in src/platform", () => {
    const offenders = files
      .filter((file) => /from\s+["']webextension-polyfill["']|import\(["']webextension-polyfill["']\)/.test(file.code))
      .filter((file) => !file.path.startsWith("platform/"))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });

  it("never writes HTML strings into the page or our UI", () => {
    const offenders = files
      .filter((file) => /\b(?:innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)\b|document\.write\(/.test(file.code))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });

  it("uses no eval or Function constructor", () => {
    const offenders = files.filter((file) => /\beval\s*\(|new\s+Function\s*\(/.test(file.code)).map((file) => file.path);
    expect(offenders).toEqual([]);
  });
});

const TESTS = new URL("./", import.meta.url).pathname;

/**
 * Whether test code asserts on elapsed wall-clock time: a clock reading subtracted from a later one
 * (`performance.now() - started`, `Date.now() - t0`), in a file that asserts. Such a bound fails
 * under load on a shared machine; speed belongs in benchmarks, growth in work counters or in cost
 * ratios measured in one run (tests/unit/hardening/linearity.ts).
 */
function measuresWallClock(testCode: string): boolean {
  const clock = String.raw`(?:performance|Date)\.now\(\)`;
  const readings = [...testCode.matchAll(new RegExp(String.raw`\b(\w+)\s*=\s*${clock}`, "g"))].map((m) => m[1]!);
  if (readings.length === 0 || !/\bexpect\s*\(/.test(testCode)) return false;
  return readings.some((name) => new RegExp(String.raw`${clock}\s*-\s*${name}\b`).test(testCode));
}

describe("test conventions", () => {
  // This file is left out: its examples above are wall-clock assertions on purpose.
  const testFiles = sourceFiles(TESTS)
    .map((path) => ({ path: relative(TESTS, path), code: code(path) }))
    .filter((file) => file.path !== "conventions.test.ts");

  it("recognises a wall-clock assertion, directly or through a variable, and nothing else", () => {
    expect(measuresWallClock("const started = performance.now();\nrun();\nexpect(performance.now() - started).toBeLessThan(2_000);")).toBe(true);
    expect(measuresWallClock("const t0 = Date.now(); run(); const elapsed = Date.now() - t0; expect(elapsed).toBeLessThan(5000);")).toBe(true);
    expect(measuresWallClock("let best = Infinity; const started = performance.now(); best = Math.min(best, performance.now() - started); expect(large).toBeLessThan(best * 3);")).toBe(true);
    expect(measuresWallClock("const now = Date.now(); expect(stamp(now)).toBe(now);")).toBe(false);
    expect(measuresWallClock("steps.count = 0; run(); expect(steps.count).toBeLessThan(2 * n);")).toBe(false);
  });

  it("finds the unit tests", () => {
    expect(testFiles.some((file) => file.path === "registry/scaling.test.ts")).toBe(true);
  });

  it("asserts no wall-clock times in unit tests (count work, compare in one run, or benchmark)", () => {
    expect(testFiles.filter((file) => measuresWallClock(file.code)).map((file) => file.path)).toEqual([]);
  });
});
