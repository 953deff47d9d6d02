import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { collectPageMeta, extractPageText } from "../../../src/page";
import { extractPageTextSteps } from "../../../src/page/extract-text";

function dom(html: string): Document {
  return new JSDOM(html).window.document;
}

describe("extractPageText", () => {
  it("takes the article, separates blocks by a blank line and collapses whitespace", () => {
    const doc = dom(`<body><nav>Home News</nav><article><h1>Title  here</h1>
      <p>First   paragraph,
      <b>bold</b> text.</p><aside>Related: other</aside><p>Second.</p></article><footer>f</footer></body>`);
    const { text } = extractPageText(doc);
    expect(text).toBe("Title here\n\nFirst paragraph, bold text.\n\nSecond.");
  });

  it("skips scripts, hidden and aria-hidden elements", () => {
    const doc = dom(`<article><p>Seen<script>var x = 1;</script><span hidden>no</span>
      <span aria-hidden="true">no</span><span style="display: none">no</span> too.</p></article>`);
    expect(extractPageText(doc).text).toBe("Seen too.");
  });

  it("reads a page of thousands of elements in steps, giving the same text and map as one pass", () => {
    const paragraphs = Array.from({ length: 1500 }, (_, i) => `<p>Item ${i}: <b>officials</b>  said <i>so</i>.</p>`).join("");
    const doc = dom(`<article>${paragraphs}</article>`);
    const steps = extractPageTextSteps(doc);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(10);
    const expected = Array.from({ length: 1500 }, (_, i) => `Item ${i}: officials said so.`).join("\n\n");
    expect(step.value.text).toBe(expected);
    const last = expected.lastIndexOf("said");
    expect(step.value.map.piecesFor(last, last + 4).map((piece) => piece.node.data.slice(piece.start, piece.end))).toEqual(["said"]);
  });

  it("maps every character of the text back to the node it came from", () => {
    const doc = dom(`<article><p>Bloomberg  <i>reported</i>\n that   sales rose.</p><p>CSIS stated it.</p></article>`);
    const { text, map } = extractPageText(doc);
    for (let i = 0; i < text.length; i++) {
      const pieces = map.piecesFor(i, i + 1);
      if (text[i] === "\n") {
        expect(pieces).toEqual([]);
        continue;
      }
      expect(pieces).toHaveLength(1);
      const { node, start, end } = pieces[0]!;
      const original = node.data.slice(start, end);
      expect(text[i] === " " ? /\s/.test(original) : original === text[i]).toBe(true);
    }
  });

  it("gives a range over a phrase that crosses elements", () => {
    const doc = dom(`<article><p>Ukrainian <a href="#">Defense Minister</a> Mykhailo Fedorov reported.</p></article>`);
    const { text, map } = extractPageText(doc);
    const start = text.indexOf("Defense");
    const end = text.indexOf(" reported");
    const range = map.rangeFor(start, end, doc);
    expect(range?.toString()).toBe("Defense Minister Mykhailo Fedorov");
  });

  it("keeps the whitespace of <pre> blocks", () => {
    const doc = dom(`<article><pre>a  b\nc</pre><p>d</p></article>`);
    expect(extractPageText(doc).text).toBe("a  b\nc\n\nd");
  });

  it("reads the demo article page", () => {
    const html = readFileSync(new URL("../../fixtures/pages/demo-article.html", import.meta.url), "utf8");
    const doc = dom(html);
    const { text } = extractPageText(doc);
    expect(text).toContain("according to Bloomberg on November 30, citing European assessments.");
    expect(text).toContain("“Russian casualties and fatalities are unprecedented");
    expect(text).not.toContain("Ukraine's drone war, explained");
    expect(text).not.toContain("Your donation powers");
    const meta = collectPageMeta(doc, "http://127.0.0.1/demo-article.html");
    expect(meta.title).toBe("Russian Military Deaths Surge, Leaving Kremlin Short of Troops Without New Mobilization");
    expect(meta.jsonLd[0]).toContain('"datePublished": "2026-01-30');
    expect(meta.meta).toContainEqual({ key: "article:published_time", content: "2026-01-30T14:05:00+02:00" });
    expect(meta.canonicalUrl).toMatch(/^https:\/\/united24media\.com\//);
  });
});
