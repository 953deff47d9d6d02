import { describe, expect, it } from "vitest";
import { anchorQuote, resolveAnchor } from "../../../src/core/review/anchor";
import { ARTICLE_TEXT, spanIn } from "./fixtures";

function anchorOf(text: string, needle: string, from = 0) {
  const span = spanIn(text, needle, from);
  return { span, anchor: anchorQuote(text, span.start, span.end) };
}

describe("anchorQuote", () => {
  it("keeps the exact text, 32 characters of context on each side and the start", () => {
    const { span, anchor } = anchorOf(ARTICLE_TEXT, "the estimate was plausible");
    expect(anchor.quote.exact).toBe("the estimate was plausible");
    expect(anchor.quote.prefix).toBe(ARTICLE_TEXT.slice(span.start - 32, span.start));
    expect(anchor.quote.suffix).toBe(ARTICLE_TEXT.slice(span.end, span.end + 32));
    expect(anchor.start).toBe(span.start);
  });

  it("refuses an empty or out-of-range passage", () => {
    expect(() => anchorQuote("abc", 2, 2)).toThrow(RangeError);
    expect(() => anchorQuote("abc", 1, 9)).toThrow(RangeError);
  });
});

describe("resolveAnchor", () => {
  it("finds the passage again in the same text", () => {
    const { span, anchor } = anchorOf(ARTICLE_TEXT, "the figure could not be confirmed");
    expect(resolveAnchor(ARTICLE_TEXT, anchor)).toMatchObject({ status: "found", start: span.start, end: span.end, exact: true, confidence: 1 });
  });

  it("follows the passage when text is added before it", () => {
    const { anchor } = anchorOf(ARTICLE_TEXT, "the figure could not be confirmed");
    const edited = `Updated: a correction was added.\n\n${ARTICLE_TEXT}`;
    const expected = spanIn(edited, "the figure could not be confirmed");
    expect(resolveAnchor(edited, anchor)).toMatchObject({ status: "found", start: expected.start, end: expected.end, exact: true });
  });

  it("tolerates a changed word next to the passage and re-wrapped whitespace", () => {
    const { anchor } = anchorOf(ARTICLE_TEXT, "said", ARTICLE_TEXT.indexOf("Officials"));
    const edited = ARTICLE_TEXT.replace("Officials said the figure", "Officials  said\n the  number");
    const result = resolveAnchor(edited, anchor);
    expect(result.status).toBe("found");
    if (result.status === "found") expect(edited.slice(result.start, result.end)).toBe("said");
    expect(result.status === "found" && result.start).toBe(edited.indexOf("said", edited.indexOf("Officials")));
  });

  it("tolerates a small edit inside the passage and says it is not exact", () => {
    const { anchor } = anchorOf(ARTICLE_TEXT, "the number of Russian soldiers killed rose to 250,000 last year");
    const edited = ARTICLE_TEXT.replace("rose to 250,000 last year", "rose to 250,000 in 2025");
    const result = resolveAnchor(edited, anchor);
    expect(result).toMatchObject({ status: "found", exact: false });
    if (result.status === "found") expect(edited.slice(result.start, result.end)).toMatch(/^the number of Russian soldiers killed rose to 250,000 in 2025/);
  });

  it("tolerates an edit after the passage", () => {
    const { span, anchor } = anchorOf(ARTICLE_TEXT, "the estimate was plausible");
    const edited = ARTICLE_TEXT.replace("Officials said", "Officials in Kyiv said");
    expect(resolveAnchor(edited, anchor)).toMatchObject({ status: "found", start: span.start, end: span.end });
  });

  it("orphans a passage that was removed, even when a similar one remains", () => {
    const { anchor } = anchorOf(ARTICLE_TEXT, "said", ARTICLE_TEXT.indexOf("Officials"));
    const edited = ARTICLE_TEXT.replace("Officials said the figure could not be confirmed.\n\n", "");
    expect(edited).toContain("said");
    expect(resolveAnchor(edited, anchor)).toMatchObject({ status: "orphaned" });
  });

  it("orphans a quote whose words were rewritten beyond a small edit", () => {
    const { anchor } = anchorOf(ARTICLE_TEXT, "the figure could not be confirmed");
    const edited = ARTICLE_TEXT.replace("the figure could not be confirmed", "the toll was independently verified");
    expect(resolveAnchor(edited, anchor)).toEqual({ status: "orphaned", reason: "not-found", confidence: 0 });
  });

  it("does not hand the mark of a deleted sentence to a similar one", () => {
    const first = "The ministry said 500 soldiers died in March near Bakhmut.";
    const second = "The ministry said 500 soldiers died in March near Kherson.";
    const text = `Fighting continued all week. ${first} ${second} Both figures are disputed.`;
    const start = text.indexOf("500 soldiers died in March near Bakhmut");
    const anchor = anchorQuote(text, start, start + "500 soldiers died in March near Bakhmut".length);
    expect(resolveAnchor(text.replace(`${first} `, ""), anchor)).toMatchObject({ status: "orphaned" });
    // The same edit in place, with the text around it intact, is an edited passage, not another one.
    const edited = text.replace("in March near Bakhmut", "in early March near Bakhmut");
    expect(resolveAnchor(edited, anchor)).toMatchObject({ status: "found", start, exact: false });
  });

  it("picks among duplicated passages by their context", () => {
    const text = "In Kyiv, officials said the talks failed. In Moscow, officials said the talks failed. End.";
    const second = text.lastIndexOf("officials said the talks failed");
    const anchor = anchorQuote(text, second, second + "officials said the talks failed".length);
    const edited = `Breaking. ${text}`;
    expect(resolveAnchor(edited, anchor)).toMatchObject({ status: "found", start: edited.lastIndexOf("officials said") });
  });

  it("picks among passages with identical context only by a clearly nearer position", () => {
    const paragraph = "The ministry said the figure was wrong and would be corrected soon by the press office.";
    const text = `${paragraph} ${"Filler sentence here. ".repeat(20)}${paragraph} ${"Filler sentence here. ".repeat(20)}${paragraph}`;
    const middle = text.indexOf(paragraph, 10);
    const anchor = anchorQuote(text, middle + 4, middle + 40);
    expect(resolveAnchor(text, anchor)).toMatchObject({ status: "found", start: middle + 4 });
    expect(resolveAnchor(text, { ...anchor, start: null })).toMatchObject({ status: "orphaned", reason: "ambiguous" });
  });

  it("orphans when two remaining copies are equally plausible", () => {
    const copy = "A spokesman said nothing. ";
    const text = `${copy}${copy}Then the talks ended.`;
    const anchor = anchorQuote(`Intro. ${copy}Middle text that goes away. ${copy}End.`, 7 + 2, 7 + 16);
    expect(resolveAnchor(text, { ...anchor, start: 20 })).toMatchObject({ status: "orphaned" });
  });

  // A hang guard: a blow-up runs into the test time-out (90 s); the cost's growth on repetition is
  // measured in one run by tests/unit/hardening/linear-time.test.ts (resolveAnchor on "long digit run").
  it("finishes and orphans on adversarial repetition", () => {
    const text = "a".repeat(200_000);
    const anchor = anchorQuote(`${"b".repeat(40)}${"a".repeat(60)}x${"b".repeat(40)}`, 40, 101);
    expect(resolveAnchor(text, anchor).status).toBe("orphaned");
  });
});
