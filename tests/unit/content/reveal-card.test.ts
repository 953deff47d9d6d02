import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { Highlighter } from "../../../src/content/highlighter";
import { analyse } from "../../../src/core/analyse";
import { extractClaims } from "../../../src/core/extract";
import { createRegistry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import { collectPageMeta, extractPageText } from "../../../src/page";

const DEMO = readFileSync(new URL("../../fixtures/pages/demo-article.html", import.meta.url), "utf8");
const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

describe("revealing a claim (popup click, next/previous keys)", () => {
  it("focuses the claim's cue and opens its card once scrolling has stopped; clearing cancels it", async () => {
    const doc = new JSDOM(DEMO).window.document;
    const { text, map } = extractPageText(doc);
    const report = analyse(text, extractClaims(text), collectPageMeta(doc, null), createRegistry(bundledEntries()));
    const highlighter = new Highlighter(doc);
    highlighter.apply(report, map, { content: true });
    const claim = report.claims.find((c) => c.source?.text === "Bloomberg")!;

    expect(highlighter.reveal(claim.id)).toBe(true);
    // A scroll during the wait (a smooth scroll still running) postpones the card.
    await new Promise((resolve) => setTimeout(resolve, 100));
    doc.dispatchEvent(new doc.defaultView!.Event("scroll"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(doc.querySelector("sourcelight-ui")).toBeNull();
    await settle();
    const focused = doc.activeElement as HTMLElement;
    expect(focused.localName).toBe("sourcelight-mark");
    expect(focused.getAttribute("data-part")).toBe("cue");
    expect(focused.getAttribute("data-claim")).toBe(claim.id);
    expect(doc.querySelector("sourcelight-ui")?.isConnected).toBe(true);

    highlighter.clear();
    highlighter.apply(report, map, { content: true });
    highlighter.reveal(claim.id);
    highlighter.clear();
    await settle();
    expect(doc.querySelector("sourcelight-ui")).toBeNull();
  });
});
