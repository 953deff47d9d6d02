/**
 * Reading the project's own code, for the tests that check conventions over it (conventions,
 * hardening/permissions): every .ts/.tsx file below a folder, and code with its comments taken out.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every .ts and .tsx file below `dir`, as full paths. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The file's text without comments, so that a comment mentioning `document` or `chrome.tabs` does not count. */
export function codeWithoutComments(path: string): string {
  return readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}
