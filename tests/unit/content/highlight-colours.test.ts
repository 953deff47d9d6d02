import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { watchAppearance } from "../../../src/content/appearance-watcher";
import { HighlightTheme, paintColours, tint } from "../../../src/content/highlight-theme";
import { Highlighter } from "../../../src/content/highlighter";
import { highlightRules } from "../../../src/content/range-highlighter";
import { analyse } from "../../../src/core/analyse";
import { extractClaims } from "../../../src/core/extract";
import { createRegistry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import { collectPageMeta, extractPageText } from "../../../src/page";
import { APPEARANCE_KEY, DEFAULT_COLOURS, parseAppearance } from "../../../src/protocol/appearance";
import { fakePlatform } from "../fakes/platform";

const DEMO = readFileSync(new URL("../../fixtures/pages/demo-article.html", import.meta.url), "utf8");
const CHOSEN = { cue: "#00ff00", source: "#123456", content: "#abcdef", finding: "#0000ff" };

describe("highlight colours", () => {
  it("turns each chosen colour into its part's tint and writes them into the ::highlight() rules", () => {
    expect(tint("#ff8000", 0.5)).toBe("rgba(255, 128, 0, 0.5)");
    const rules = highlightRules(paintColours(CHOSEN));
    expect(rules).toContain("::highlight(sourcelight-cue-matched) { background-color: rgba(0, 255, 0, 0.42);");
    expect(rules).toContain("::highlight(sourcelight-source-unknown) { background-color: rgba(18, 52, 86, 0.22);");
    expect(rules).toContain("::highlight(sourcelight-content-vague) { background-color: rgba(171, 205, 239, 0.25); }");
    expect(rules).toContain("::highlight(sourcelight-source-finding) { background-color: rgba(18, 52, 86, 0.22); text-decoration: underline dashed 2px #0000ff; }");
    // The defaults are the colours the highlights always had.
    expect(highlightRules(paintColours(DEFAULT_COLOURS))).toContain("::highlight(sourcelight-cue-matched) { background-color: rgba(255, 183, 3, 0.42);");
  });

  it("falls back to the defaults for anything stored that is not a #rrggbb colour", () => {
    expect(parseAppearance({ colours: CHOSEN }).colours).toEqual(CHOSEN);
    for (const garbage of [{ colours: { cue: "red; background: url(https://evil.example/)" } }, { colours: { source: "#12345" } }, "nonsense", 42, null]) {
      expect(parseAppearance(garbage).colours).toEqual(DEFAULT_COLOURS);
    }
  });

  it("follows the stored key live: a new choice applies, garbage gives the defaults, other keys are ignored", async () => {
    const platform = fakePlatform();
    await platform.local.set(APPEARANCE_KEY, { colours: CHOSEN });
    const theme = new HighlightTheme();
    await watchAppearance(platform, theme);
    expect(theme.current).toEqual(paintColours(CHOSEN));

    const changed = async (key: string, value: unknown) => {
      await platform.local.set(key, value);
      for (const listener of platform.localListeners) listener([key]);
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    await changed(APPEARANCE_KEY, { colours: { ...CHOSEN, cue: "#010203" } });
    expect(theme.current.cue).toBe("rgba(1, 2, 3, 0.42)");
    await changed("settings", { colours: { cue: "#ffffff" } });
    expect(theme.current.cue).toBe("rgba(1, 2, 3, 0.42)");
    await changed(APPEARANCE_KEY, { colours: { cue: "expression(alert(1))" } });
    expect(theme.current).toEqual(paintColours(DEFAULT_COLOURS));
  });

  it("recolours the wrappers already in the page, and stops following the theme once cleared", () => {
    const doc = new JSDOM(DEMO).window.document;
    const { text, map } = extractPageText(doc);
    const report = analyse(text, extractClaims(text), collectPageMeta(doc, "https://example.org/"), createRegistry(bundledEntries()));
    const theme = new HighlightTheme();
    const highlighter = new Highlighter(doc, theme);
    highlighter.apply(report, map, { content: true });
    const background = (part: string) => (doc.querySelector(`sourcelight-mark[data-part="${part}"]`) as HTMLElement).style.getPropertyValue("background-color");
    expect(background("cue")).toBe("rgba(255, 183, 3, 0.42)");
    theme.set(CHOSEN);
    expect(background("cue")).toBe("rgba(0, 255, 0, 0.42)");
    expect(background("source")).toBe("rgba(18, 52, 86, 0.22)");
    const flagged = doc.querySelector('sourcelight-mark[data-part="source"][style*="dashed"]') as HTMLElement;
    expect(flagged.style.getPropertyValue("border-bottom")).toContain("rgb(0, 0, 255)");
    const before = doc.body.innerHTML;
    highlighter.clear();
    const cleared = doc.body.innerHTML;
    theme.set(DEFAULT_COLOURS);
    expect(doc.body.innerHTML).toBe(cleared);
    expect(cleared).not.toBe(before);
  });
});
