/**
 * A page controls the size of everything it says about itself: collection cuts each part to
 * PAGE_META_LIMITS, what it collects always passes the scan message's schema, and the schema
 * rejects oversized metadata that a forged message might carry.
 */
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { PAGE_META_LIMITS as LIMITS, PageMetaSchema, emptyPageMeta, type PageMeta } from "../../../src/core/page-meta";
import { collectPageMeta } from "../../../src/page/collect-meta";

const MB = 1024 * 1024;
const huge = (n: number, unit = "x") => unit.repeat(n);

function hostilePage(): Document {
  // Each part just over its limit, so that the page stays a few MB and the test quick.
  const ld = `<script type="application/ld+json">{"headline":"${huge(LIMITS.jsonLdChars + 10_000)}"}</script>`.repeat(6);
  const metas = `<meta name="k${huge(LIMITS.metaKeyChars)}" content="${huge(LIMITS.metaContentChars + 100)}">`.repeat(LIMITS.metaItems + 50);
  const head = `<title>${huge(50_000, "T ")}</title>${ld}${metas}<link rel="canonical" href="https://news.example/${huge(LIMITS.urlChars)}">`;
  const times = `<time datetime="${huge(LIMITS.timeDatetimeChars + 100, "9")}">${huge(LIMITS.timeTextChars + 100, "t")}</time>`.repeat(LIMITS.timeItems + 50);
  const body = `<h1>${huge(50_000, "H ")}</h1><p class="byline">${huge(50_000, "B ")}</p>${times}`;
  return new JSDOM(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).window.document;
}

describe("page metadata limits", () => {
  const meta = collectPageMeta(hostilePage(), `https://news.example/${huge(LIMITS.urlChars)}`);

  it("cuts every part of a huge page's metadata to its limit", () => {
    expect(meta.title!.length).toBeLessThanOrEqual(LIMITS.titleChars);
    expect(meta.title!.startsWith("H H")).toBe(true);
    expect(meta.bylineText!.length).toBeLessThanOrEqual(LIMITS.bylineChars);
    expect(meta.jsonLd.length).toBeLessThanOrEqual(LIMITS.jsonLdBlocks);
    expect(meta.jsonLd.every((block) => block.length <= LIMITS.jsonLdChars)).toBe(true);
    expect(meta.jsonLd.reduce((sum, block) => sum + block.length, 0)).toBe(LIMITS.jsonLdTotalChars);
    expect(meta.meta).toHaveLength(LIMITS.metaItems);
    expect(meta.meta.every((m) => m.key.length <= LIMITS.metaKeyChars && m.content.length === LIMITS.metaContentChars)).toBe(true);
    expect(meta.times).toHaveLength(LIMITS.timeItems);
    expect(meta.times.every((t) => t.datetime.length === LIMITS.timeDatetimeChars && t.text.length === LIMITS.timeTextChars)).toBe(true);
  });

  it("drops URLs over the limit instead of cutting them (a cut URL points elsewhere)", () => {
    expect(meta.url).toBeNull();
    expect(meta.canonicalUrl).toBeNull();
    const doc = new JSDOM(`<link rel="canonical" href="/story">`).window.document;
    expect(collectPageMeta(doc, "https://news.example/a").canonicalUrl).toBe("https://news.example/story");
  });

  it("what it collects passes the schema and stays under 2 MB of JSON whatever the page holds", () => {
    expect(PageMetaSchema.safeParse(meta).success).toBe(true);
    expect(JSON.stringify(meta).length).toBeLessThan(2 * MB);
  });

  const oversized: [string, Partial<PageMeta>][] = [
    ["url", { url: huge(LIMITS.urlChars + 1) }],
    ["canonicalUrl", { canonicalUrl: huge(LIMITS.urlChars + 1) }],
    ["title", { title: huge(LIMITS.titleChars + 1) }],
    ["a JSON-LD block", { jsonLd: [huge(LIMITS.jsonLdChars + 1)] }],
    ["too many JSON-LD blocks", { jsonLd: Array(LIMITS.jsonLdBlocks + 1).fill("{}") }],
    ["JSON-LD in all", { jsonLd: Array(LIMITS.jsonLdBlocks).fill(huge(LIMITS.jsonLdChars)) }],
    ["a meta key", { meta: [{ key: huge(LIMITS.metaKeyChars + 1), content: "" }] }],
    ["a meta content", { meta: [{ key: "k", content: huge(LIMITS.metaContentChars + 1) }] }],
    ["too many metas", { meta: Array(LIMITS.metaItems + 1).fill({ key: "k", content: "c" }) }],
    ["a time's text", { times: [{ datetime: "", text: huge(LIMITS.timeTextChars + 1) }] }],
    ["too many times", { times: Array(LIMITS.timeItems + 1).fill({ datetime: "", text: "" }) }],
    ["the byline", { bylineText: huge(LIMITS.bylineChars + 1) }],
  ];
  it.each(oversized)("the schema rejects oversized %s", (_what, part) => {
    expect(PageMetaSchema.safeParse({ ...emptyPageMeta(), ...part }).success).toBe(false);
  });

  it("the schema accepts metadata at the limits", () => {
    const atLimits: PageMeta = {
      url: huge(LIMITS.urlChars), canonicalUrl: null, title: huge(LIMITS.titleChars), bylineText: null,
      jsonLd: Array(5).fill(huge(LIMITS.jsonLdChars)),
      meta: Array(LIMITS.metaItems).fill({ key: huge(LIMITS.metaKeyChars), content: huge(LIMITS.metaContentChars) }),
      times: Array(LIMITS.timeItems).fill({ datetime: huge(LIMITS.timeDatetimeChars), text: huge(LIMITS.timeTextChars) }),
    };
    expect(PageMetaSchema.safeParse(atLimits).success).toBe(true);
  });
});
