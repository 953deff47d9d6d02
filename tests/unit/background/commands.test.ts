/**
 * The manifest's keyboard shortcuts are all wired: each command has a branch in the background's
 * onCommand listener, the suggested keys are distinct, and Chrome's limit of four suggested keys holds.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const manifest = JSON.parse(readFileSync(new URL("../../../manifest.json", import.meta.url), "utf8")) as {
  commands: Record<string, { suggested_key?: { default?: string } }>;
};
const background = readFileSync(new URL("../../../src/background/index.ts", import.meta.url), "utf8");

describe("keyboard shortcuts", () => {
  const names = Object.keys(manifest.commands);

  it("declares the toggle and the next/previous highlight keys", () => {
    expect(names).toEqual(expect.arrayContaining(["toggle-highlights", "review-next", "review-previous"]));
  });

  it("handles every declared command in the background", () => {
    const unhandled = names.filter((name) => !background.includes(`command === "${name}"`));
    expect(unhandled).toEqual([]);
  });

  it("suggests distinct keys, at most four (Chrome ignores the rest)", () => {
    const keys = names.map((name) => manifest.commands[name]!.suggested_key?.default).filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeLessThanOrEqual(4);
  });
});
