import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/core/analyse";
import { extractClaims } from "../../../src/core/extract";
import { createRegistry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import type { Claim, Report } from "../../../src/core/report";
import { collectPageMeta, extractPageText } from "../../../src/page";
import { Highlighter } from "../../../src/content/highlighter";

const DEMO = readFileSync(new URL("../../fixtures/pages/demo-article.html", import.meta.url), "utf8");

function scanDocument(doc: Document): { report: Report; map: ReturnType<typeof extractPageText>["map"] } {
  const { text, map } = extractPageText(doc);
  const report = analyse(text, extractClaims(text), collectPageMeta(doc, "https://example.org/"), createRegistry(bundledEntries()));
  return { report, map };
}

function marks(doc: Document) {
  return [...doc.querySelectorAll("sourcelight-mark")].map((mark) => ({
    claim: mark.getAttribute("data-claim"),
    part: mark.getAttribute("data-part"),
    text: mark.textContent,
  }));
}

/** Every text node under the body, to check that clear() gives back the very same nodes. */
function textNodes(doc: Document): Text[] {
  const walker = doc.createTreeWalker(doc.body, 4);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function claim(id: string, cue: [number, number], source: [number, number] | null, content: [number, number] | null, text: string): Claim {
  const span = ([start, end]: [number, number]) => ({ start, end, text: text.slice(start, end) });
  return {
    id, cue: span(cue), source: source && span(source), content: content && span(content),
    sourceType: "named", resolvedSource: null, registry: null, date: null, via: null,
  };
}

const emptyReport = (claims: Claim[]): Report => ({
  article: { title: null, url: null, published: null, publishedFrom: null },
  claims,
  findings: [],
});

describe("Highlighter on the demo article", () => {
  it("marks each claim's cue and source with exactly their text", () => {
    const doc = new JSDOM(DEMO).window.document;
    const { report, map } = scanDocument(doc);
    const count = new Highlighter(doc).apply(report, map, { content: true });
    expect(count).toBeGreaterThan(0);
    const found = marks(doc);
    for (const c of report.claims) {
      expect(found.filter((m) => m.claim === c.id && m.part === "cue").map((m) => m.text).join("")).toBe(c.cue.text);
      if (c.source) expect(found.filter((m) => m.claim === c.id && m.part === "source").map((m) => m.text).join("")).toBe(c.source.text);
    }
    expect(found.some((m) => m.part === "source" && m.text === "Bloomberg")).toBe(true);
  });

  it("clear() restores the DOM exactly, with the page's own text nodes", () => {
    const doc = new JSDOM(DEMO).window.document;
    const before = doc.body.innerHTML;
    const nodesBefore = textNodes(doc);
    const { report, map } = scanDocument(doc);
    const highlighter = new Highlighter(doc);
    highlighter.apply(report, map, { content: true });
    expect(doc.body.innerHTML).not.toBe(before);
    highlighter.clear();
    expect(doc.body.innerHTML).toBe(before);
    const nodesAfter = textNodes(doc);
    expect(nodesAfter.length).toBe(nodesBefore.length);
    nodesAfter.forEach((node, i) => expect(node).toBe(nodesBefore[i]));
    expect(highlighter.active).toBe(false);
  });

  it("leaves content unmarked when asked to", () => {
    const doc = new JSDOM(DEMO).window.document;
    const { report, map } = scanDocument(doc);
    new Highlighter(doc).apply(report, map, { content: false });
    expect(marks(doc).some((m) => m.part === "content")).toBe(false);
  });

  it("reveal() flashes the claim's marks and says whether it found any", () => {
    const doc = new JSDOM(DEMO).window.document;
    const { report, map } = scanDocument(doc);
    const highlighter = new Highlighter(doc);
    highlighter.apply(report, map, { content: true });
    const id = report.claims[0]!.id;
    expect(highlighter.reveal(id)).toBe(true);
    expect(doc.querySelector(`sourcelight-mark[data-claim="${id}"]`)!.hasAttribute("data-flash")).toBe(true);
    expect(highlighter.reveal("no-such-claim")).toBe(false);
  });
});

describe("Highlighter on tricky markup", () => {
  it("wraps across inline elements and entities, and never parses page text as HTML", () => {
    const doc = new JSDOM(`<body><article><p>The <a href="#">Agency &amp; Co</a> said &lt;b&gt;hi&lt;/b&gt; today.</p></article></body>`).window.document;
    const before = doc.body.innerHTML;
    const { text, map } = extractPageText(doc);
    expect(text).toBe("The Agency & Co said <b>hi</b> today.");
    const report = emptyReport([claim("c1", [16, 20], [0, 15], [21, 30], text)]);
    const highlighter = new Highlighter(doc);
    highlighter.apply(report, map, { content: true });
    expect(marks(doc)).toEqual([
      { claim: "c1", part: "source", text: "The " },
      { claim: "c1", part: "source", text: "Agency & Co" },
      { claim: "c1", part: "cue", text: "said" },
      { claim: "c1", part: "content", text: "<b>hi</b>" },
    ]);
    expect(doc.querySelector("b")).toBeNull();
    highlighter.clear();
    expect(doc.body.innerHTML).toBe(before);
  });

  it("gives overlapping parts to the more specific one", () => {
    const doc = new JSDOM(`<body><p>Officials said the plan works.</p></body>`).window.document;
    const { text, map } = extractPageText(doc);
    // The second claim's content covers the first claim's cue.
    const report = emptyReport([claim("c1", [10, 14], [0, 9], null, text), claim("c2", [0, 1], null, [0, 29], text)]);
    new Highlighter(doc).apply(report, map, { content: true });
    expect(marks(doc)).toEqual([
      { claim: "c2", part: "cue", text: "O" },
      { claim: "c1", part: "source", text: "fficials" },
      { claim: "c2", part: "content", text: " " },
      { claim: "c1", part: "cue", text: "said" },
      { claim: "c2", part: "content", text: " the plan works" },
    ]);
  });

  it("restores any DOM exactly after any set of marks (property)", () => {
    const words = fc.constantFrom("alpha", "beta", "gamma delta", " ", "  x  ", "é", "—");
    const tags = fc.constantFrom("b", "i", "a", "span", "p", "div");
    const html = fc
      .array(fc.tuple(tags, fc.array(words, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 6 })
      .map((blocks) => blocks.map(([tag, parts]) => `<${tag}>${parts.join("<i>|</i>")}</${tag}>`).join(""));
    // One window for all runs: building a JSDOM per run is what would make this slow.
    const doc = new JSDOM("").window.document;
    fc.assert(
      fc.property(html, fc.array(fc.tuple(fc.nat(), fc.nat(8)), { maxLength: 8 }), (body, spans) => {
        doc.body.innerHTML = `<article>${body}</article>`; // generated test markup, not page text
        const before = doc.body.innerHTML;
        const { text, map } = extractPageText(doc);
        const claims = spans.map(([at, length], i) => {
          const start = text.length ? at % text.length : 0;
          const end = Math.min(text.length, start + length);
          return claim(`c${i}`, [start, end], null, null, text);
        });
        const highlighter = new Highlighter(doc);
        highlighter.apply(emptyReport(claims), map, { content: true });
        const marked = [...doc.querySelectorAll("sourcelight-mark")].map((m) => m.textContent).join("");
        expect(marked.length).toBeLessThanOrEqual(text.length);
        highlighter.clear();
        expect(doc.body.innerHTML).toBe(before);
      }),
      { numRuns: 150 },
    );
  });
});
