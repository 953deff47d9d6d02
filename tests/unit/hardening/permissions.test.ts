/**
 * The manifest asks for nothing unused and the code uses nothing it did not ask for: every
 * extension API used in src/ (the CLI aside) is mapped to the permission it needs
 * (tests/unit/hardening/permissions.ts), for the manifest each browser's build writes.
 * Nothing is exposed to web pages either: no externally_connectable, no web-accessible resources,
 * no content script declared for all pages.
 */
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module without types
import { manifestFor } from "../../../scripts/lib/manifest.mjs";
import { codeWithoutComments, sourceFiles } from "../source-files";
import { apiUses, checkPermissions, type Manifest } from "./permissions";

const ROOT = new URL("../../../", import.meta.url).pathname;
const SRC = join(ROOT, "src");

/** Code without comments and string literals, so that "chrome.google.com" or a comment does not count. */
function code(path: string): string {
  return codeWithoutComments(path).replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');
}

const files = sourceFiles(SRC).filter((path) => !relative(SRC, path).startsWith("cli/"));
const apis = [...new Set(files.flatMap((path) => apiUses(code(path))))].sort();
const manifests: [string, Manifest][] = ["chrome", "firefox"].map((browser) => [browser, manifestFor(browser, ROOT) as Manifest]);

describe("permissions match API use", () => {
  it("finds the API uses", () => {
    for (const api of ["storage.local", "scripting.executeScript", "contextMenus.create", "permissions.request", "fetch", "tabs.sendMessage"]) {
      expect(apis).toContain(api);
    }
  });

  it.each(manifests)("%s: every permission is used and every API has its permission", (_browser, manifest) => {
    expect(checkPermissions(manifest, apis)).toEqual({ unused: [], missing: [], unknown: [] });
  });

  it.each(manifests)("%s: nothing is exposed to web pages", (_browser, manifest) => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
  });

  it("Firefox declares that no data is collected", () => {
    const firefox = manifests.find(([browser]) => browser === "firefox")![1] as { browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } } };
    expect(firefox.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ["none"] });
  });

  const [, chrome] = manifests[0]!;
  const without = (permission: string): Manifest => ({ ...chrome, permissions: chrome.permissions!.filter((p) => p !== permission) });

  it.each([
    ["storage", "storage.local needs"],
    ["scripting", "scripting.executeScript needs"],
    ["contextMenus", "contextMenus.create needs"],
  ])("fails when %s is missing", (permission, message) => {
    expect(checkPermissions(without(permission), apis).missing.join("\n")).toContain(message);
  });

  it("fails when the host permissions are missing", () => {
    const { optional_host_permissions: _hosts, ...noHosts } = chrome;
    const problems = checkPermissions(noHosts, apis);
    expect(problems.missing).toContain("permissions.request needs host permissions (required or optional)");
    expect(problems.missing).toContain("fetch needs host permissions (required or optional)");
  });

  it("fails on a permission nothing uses, and on a required host permission", () => {
    const greedy = { ...chrome, permissions: [...chrome.permissions!, "tabs", "alarms"], host_permissions: ["<all_urls>"] };
    expect(checkPermissions(greedy, apis).unused).toEqual(["tabs", "alarms", "required host <all_urls> (ask at run time instead)"]);
    expect(checkPermissions(chrome, apis.filter((api) => !api.startsWith("contextMenus."))).unused).toEqual(["contextMenus"]);
  });

  it("fails on an API no rule covers", () => {
    expect(checkPermissions(chrome, [...apis, "history.search"]).unknown).toEqual(["history.search"]);
  });
});
