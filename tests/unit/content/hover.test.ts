import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/core/analyse";
import { extractClaims } from "../../../src/core/extract";
import { createRegistry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import type { Report } from "../../../src/core/report";
import { cardInfo } from "../../../src/content/card-info";
import { Highlighter } from "../../../src/content/highlighter";
import { collectPageMeta, extractPageText } from "../../../src/page";

const DEMO = readFileSync(new URL("../../fixtures/pages/demo-article.html", import.meta.url), "utf8");

function highlighted() {
  const window = new JSDOM(DEMO).window;
  const doc = window.document;
  const { text, map } = extractPageText(doc);
  const report = analyse(text, extractClaims(text), collectPageMeta(doc, null), createRegistry(bundledEntries()));
  const highlighter = new Highlighter(doc);
  highlighter.apply(report, map, { content: true });
  return { window, doc, report, highlighter };
}

describe("cardInfo", () => {
  it("describes a claim from the report: source, kind, cue, date and its findings", () => {
    const report: Report = {
      article: { title: null, url: null, published: "2026-01-30", publishedFrom: "json-ld" },
      claims: [
        {
          id: "c1", cue: { start: 0, end: 12, text: "according to" }, source: { start: 13, end: 22, text: "Bloomberg" },
          content: null, sourceType: "named", resolvedSource: null, registry: { id: "bloomberg", name: "Bloomberg News", kind: "news-agency" },
          date: { start: 23, end: 37, text: "on November 30", value: "2025-11-30" }, via: null,
        },
      ],
      findings: [
        { id: "f1", kind: "date-mismatch", severity: "warning", message: "Dates disagree.", claimIds: ["c1"], spans: [] },
        { id: "f2", kind: "other", severity: "info", message: "Elsewhere.", claimIds: ["c9"], spans: [] },
      ],
    };
    expect(cardInfo(report, "c1")).toEqual({
      source: "Bloomberg News", kind: "news-agency", sourceType: "named", cue: "according to", date: "2025-11-30",
      findings: [{ severity: "warning", message: "Dates disagree." }],
    });
    expect(cardInfo(report, "c2")).toBeNull();
  });
});

describe("hover card", () => {
  it("appears on hovering or focusing a mark, goes on leaving, Escape or clear, and leaves the body untouched", () => {
    const { window, doc, highlighter } = highlighted();
    const cue = doc.querySelector<HTMLElement>('sourcelight-mark[data-part="cue"]')!;
    expect(cue.tabIndex).toBe(0);
    const card = () => doc.documentElement.querySelector(":scope > sourcelight-ui");
    cue.dispatchEvent(new window.MouseEvent("mouseover", { bubbles: true }));
    expect(card()).not.toBeNull();
    cue.dispatchEvent(new window.MouseEvent("mouseout", { bubbles: true, relatedTarget: doc.body }));
    expect(card()).toBeNull();
    cue.dispatchEvent(new window.FocusEvent("focusin", { bubbles: true }));
    expect(card()).not.toBeNull();
    doc.dispatchEvent(new window.KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(card()).toBeNull();
    cue.dispatchEvent(new window.MouseEvent("mouseover", { bubbles: true }));
    highlighter.clear();
    expect(card()).toBeNull();
    cue.dispatchEvent(new window.MouseEvent("mouseover", { bubbles: true }));
    expect(card()).toBeNull();
  });

  it("ignores look-alike elements the page made itself", () => {
    const { window, doc } = highlighted();
    const fake = doc.createElement("sourcelight-mark");
    fake.setAttribute("data-claim", "c1");
    doc.body.appendChild(fake);
    fake.dispatchEvent(new window.MouseEvent("mouseover", { bubbles: true }));
    expect(doc.querySelector("sourcelight-ui")).toBeNull();
  });
});
