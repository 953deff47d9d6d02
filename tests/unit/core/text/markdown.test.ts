import { describe, expect, it } from "vitest";
import { markdownToText } from "../../../../src/core/text/markdown";

const text = (markdown: string) => markdownToText(markdown).text;

describe("markdownToText", () => {
  it("keeps headings (ATX and underlined) and paragraphs as blocks, joining a paragraph's lines", () => {
    expect(text("# Title #\n\nFirst line\nsecond line.\n\nSub\n---\nNext\n===\n## C#\n")).toBe(
      "Title\n\nFirst line second line.\n\nSub\n\nNext\n\nC#",
    );
  });

  it("renders block quotes as their own blocks, nested ones too, and drops the markers", () => {
    expect(text('Intro.\n> "We will not retreat," the minister said.\n> > Nested.\n>\n> Second.\nAfter.')).toBe(
      'Intro.\n\n"We will not retreat," the minister said.\n\nNested.\n\nSecond.\n\nAfter.',
    );
  });

  it("puts list items one a line, with lazy and indented continuations, task boxes and nesting", () => {
    expect(text("Sources:\n\n- Reuters said\n  prices rose.\n- [x] CSIS estimated\n\n  a rise.\n  1. nested\n3) third\n\nAfter.")).toBe(
      "Sources:\n\nReuters said prices rose.\nCSIS estimated a rise.\nnested\nthird\n\nAfter.",
    );
  });

  it("keeps fenced and indented code verbatim, line by line", () => {
    expect(text("Text.\n\n```js\nconst a = *b*;\n\n  indented\n```\n\n    four spaces\n    **kept**\n\nEnd.")).toBe(
      "Text.\n\nconst a = *b*;\n\n  indented\n\nfour spaces\n**kept**\n\nEnd.",
    );
    expect(text("~~~~\n```\nstill code\n~~~~\nout")).toBe("```\nstill code\n\nout");
  });

  it("renders tables one row a line with tab-separated cells and no delimiter row", () => {
    expect(text("Figures:\n| Source | Deaths |\n| :--- | ---: |\n| **CSIS** | 1.2 million |\n| a \\| b | c |\nAfter.")).toBe(
      "Figures:\n\nSource\tDeaths\nCSIS\t1.2 million\na | b\tc\n\nAfter.",
    );
    expect(text("a | b\n---\n")).toBe("a | b");
  });

  it("renders inline marks to the text a reader sees", () => {
    expect(
      text("**Bloomberg** _reported_ that [prices](http://x \"t\") rose ![chart](c.png) `per *cent*` \\*really\\* ~~not~~ <b>so</b>[^1]"),
    ).toBe("Bloomberg reported that prices rose per *cent* *really* not so");
    expect(text("snake_case_name and 2 * 3 * 4, **bold *nested* text**, <https://example.org/a_b_c>")).toBe(
      "snake_case_name and 2 * 3 * 4, bold nested text, https://example.org/a_b_c",
    );
    expect(text("Tom &amp; Jerry&#8217;s &lt;b&gt; &unknown; &#0;")).toBe("Tom & Jerry’s <b> &unknown; \uFFFD");
  });

  it("drops HTML comments (editors' notes), reference definitions and thematic breaks", () => {
    expect(text("Kept.<!-- TODO: check\nthis figure -->\n\n[ref]: http://x\n\n* * *\n\nAlso kept.")).toBe("Kept.\n\nAlso kept.");
    expect(text("Open <!-- never closed\nhidden")).toBe("Open");
  });

  it("reads title and date from YAML or TOML front matter, the publication date first", () => {
    expect(markdownToText('---\ntitle: "Draft: a war"\ndate: 2026-01-01\npublishDate: 2026-03-01\ntags:\n  - title: no\n---\n# Heading\nBody.')).toEqual({
      text: "Heading\n\nBody.",
      title: "Draft: a war",
      date: "2026-03-01",
    });
    expect(markdownToText("+++\ntitle = 'TOML draft'\ndate = 2026-02-02T10:00:00Z\n+++\nBody.")).toEqual({
      text: "Body.",
      title: "TOML draft",
      date: "2026-02-02T10:00:00Z",
    });
    expect(markdownToText("---\n\nNo closing fence.").title).toBeNull();
    expect(markdownToText("Intro.\n\n# First heading\n").title).toBe("First heading");
  });

  // A hang guard: a blow-up runs into the test time-out (90 s); how the cost grows with these inputs
  // is measured in one run by tests/unit/hardening/linear-time.test.ts (ADVERSARIAL_MARKDOWN).
  it("finishes on adversarial input, never adding text", () => {
    const hostile = [
      "*".repeat(50_000),
      "_a".repeat(50_000),
      "[".repeat(50_000) + "](".repeat(50_000),
      "`".repeat(50_000),
      "<!--".repeat(50_000),
      ">".repeat(50_000),
      `a|b\n${" ".repeat(100_000)}x`,
      `# ${"# ".repeat(50_000)}x`,
      "&#".repeat(50_000),
      `${"- ".repeat(50_000)}\n`,
    ];
    for (const input of hostile) expect(text(input).length).toBeLessThanOrEqual(input.length);
  });

  it("leaves an entity named like an Object.prototype member as written", () => {
    expect(markdownToText("a &valueOf; and &amp; b").text).toBe("a &valueOf; and & b");
  });
});
