/**
 * The extension pages speak through the browser's i18n: no user-visible English is written into
 * the popup's or options page's JSX, every message they ask for exists in _locales/en, and every
 * message there is used (a stale one would be translated for nothing).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import messages from "../../_locales/en/messages.json";

const ROOT = new URL("../../", import.meta.url).pathname;
const SRC = join(ROOT, "src");

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Source text without comments. */
function code(path: string): string {
  return readFileSync(path, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

const pageFiles = ["popup", "options"].flatMap((dir) => files(join(SRC, dir), /\.tsx$/)).map((path) => ({ path: relative(SRC, path), code: code(path) }));
const keys = Object.keys(messages);

/** User-visible literals in JSX: words between tags, quoted words as a child, and labelling attributes with words. */
export function visibleLiterals(source: string): string[] {
  const found: string[] = [];
  // Text between a tag's end and the next tag, on one line or across lines (a JSX text child).
  for (const match of source.matchAll(/(?:<[a-z][\w-]*(?:\s[^<>]*?)?|<\/[a-z][\w-]*\s*|<>|\/)>([^<>{}]*[A-Za-z]{2,}[^<>{}]*)(?=<|\{)/g)) {
    const text = match[1]!.trim();
    // A ">" inside an attribute's arrow function, or a generic's, is followed by code, not text.
    if (!/[;=`]|\($/.test(text)) found.push(text);
  }
  for (const match of source.matchAll(/>\s*\{\s*"([^"]*[A-Za-z]{2,}[^"]*)"\s*\}/g)) found.push(match[1]!);
  for (const match of source.matchAll(/\b(?:aria-label|placeholder|title|alt)=(?:"([^"]*[A-Za-z]{2,}[^"]*)"|\{`([^`]*[A-Za-z]{2,}[^`]*)`\})/g)) found.push(match[1] ?? match[2]!);
  return found;
}

describe("i18n of the extension pages", () => {
  it("recognises a visible literal (so the check below can fail)", () => {
    expect(visibleLiterals(`<p class="x">Loading…</p><button aria-label="Close">{t("a")}</button><b>{"Hello there"}</b>`)).toEqual(["Loading…", "Hello there", "Close"]);
    expect(visibleLiterals(`<p>{t("popupLoading")}</p><input name="site" /> {" "}`)).toEqual([]);
  });

  it("writes no user-visible English into popup or options JSX", () => {
    const offenders = pageFiles.flatMap((file) => visibleLiterals(file.code).map((text) => `${file.path}: ${text}`));
    expect(offenders).toEqual([]);
  });

  it("asks only for messages that exist in _locales/en", () => {
    const allCode = files(SRC, /\.tsx?$/).map(code).join("\n");
    const asked = [...allCode.matchAll(/\b(?:t|count)\(\s*(?:[^,()]+,\s*)?"([A-Za-z0-9_]+)"(?:\s*,\s*"([A-Za-z0-9_]+)")?/g)].flatMap((m) => [m[1]!, m[2]].filter(Boolean) as string[]);
    expect(asked.length).toBeGreaterThan(100);
    expect(asked.filter((key) => !keys.includes(key))).toEqual([]);
  });

  it("uses every message in _locales/en (in the code or the manifest)", () => {
    const used = files(SRC, /\.tsx?$/).map(code).join("\n") + readFileSync(join(ROOT, "manifest.json"), "utf8");
    const unused = keys.filter((key) => !used.includes(`"${key}"`) && !used.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });
});
