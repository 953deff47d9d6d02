/**
 * The project's conventions, enforced: the core stays pure, extension APIs pass through one module,
 * and page text never reaches innerHTML.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("../../src/", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Source text without comments, so that a comment mentioning `document` does not count. */
function code(path: string): string {
  return readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

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
