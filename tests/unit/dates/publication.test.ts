import { describe, expect, it } from "vitest";
import { latestStatedDay, resolveArticleDates } from "../../../src/core/dates/publication";
import { emptyPageMeta, type PageMeta } from "../../../src/core/page-meta";

const meta = (partial: Partial<PageMeta>): PageMeta => ({ ...emptyPageMeta(), ...partial });
const ld = (data: unknown): string => JSON.stringify(data);

describe("publication date sources", () => {
  it("reads datePublished and dateModified from a JSON-LD article", () => {
    const dates = resolveArticleDates(meta({ jsonLd: [ld({ "@type": "NewsArticle", datePublished: "2026-01-30T14:05:00+02:00", dateModified: "2026-02-01T08:00:00Z" })] }));
    expect(dates).toMatchObject({ published: "2026-01-30", publishedFrom: "json-ld", modified: "2026-02-01", modifiedFrom: "json-ld" });
  });

  it("keeps the day the publisher wrote, whatever the time zone", () => {
    const dates = resolveArticleDates(meta({ jsonLd: [ld({ "@type": "Article", datePublished: "2026-01-30T23:30:00-05:00" })] }));
    expect(dates.published).toBe("2026-01-30");
  });

  it("finds the article inside an @graph and prefers it to the WebPage", () => {
    const graph = { "@context": "https://schema.org", "@graph": [
      { "@type": "WebPage", datePublished: "2020-01-01" },
      { "@type": ["NewsArticle"], datePublished: "2026-01-30" },
    ] };
    expect(resolveArticleDates(meta({ jsonLd: [ld(graph)] })).published).toBe("2026-01-30");
  });

  it("reads a top-level array of JSON-LD nodes", () => {
    const blocks = [ld([{ "@type": "BreadcrumbList" }, { "@type": "ReportageNewsArticle", datePublished: "2025-11-30" }])];
    expect(resolveArticleDates(meta({ jsonLd: blocks })).published).toBe("2025-11-30");
  });

  it("ignores malformed JSON-LD and falls back to meta tags", () => {
    const dates = resolveArticleDates(meta({ jsonLd: ['{"datePublished": "2026-01-30"'], meta: [{ key: "article:published_time", content: "2026-01-29T10:00:00Z" }] }));
    expect(dates).toMatchObject({ published: "2026-01-29", publishedFrom: "meta:article:published_time" });
  });

  it.each([
    ["og:published_time", "2026-01-28T10:00:00Z"],
    ["parsely-pub-date", "2026-01-28T10:00:00Z"],
    ["sailthru.date", "2026-01-28 10:00:00"],
    ["DC.date.issued", "2026-01-28"],
    ["dcterms.created", "2026-01-28"],
    ["datePublished", "2026-01-28"],
  ])("reads the meta tag %s", (key, content) => {
    const dates = resolveArticleDates(meta({ meta: [{ key, content }] }));
    expect(dates.published).toBe("2026-01-28");
    expect(dates.publishedFrom).toBe(`meta:${key.toLowerCase()}`);
  });

  it("trusts JSON-LD over meta tags, meta over <time>, <time> over the URL, the URL over the byline", () => {
    const all = meta({
      jsonLd: [ld({ "@type": "NewsArticle", datePublished: "2026-01-01" })],
      meta: [{ key: "article:published_time", content: "2026-01-02" }],
      times: [{ datetime: "2026-01-03T09:00", text: "3 January" }],
      url: "https://example.com/2026/01/04/story",
      bylineText: "By A. Writer, January 5, 2026",
    });
    expect(resolveArticleDates(all)).toMatchObject({ published: "2026-01-01", publishedFrom: "json-ld" });
    expect(resolveArticleDates({ ...all, jsonLd: [] })).toMatchObject({ published: "2026-01-02", publishedFrom: "meta:article:published_time" });
    expect(resolveArticleDates({ ...all, jsonLd: [], meta: [] })).toMatchObject({ published: "2026-01-03", publishedFrom: "time" });
    expect(resolveArticleDates({ ...all, jsonLd: [], meta: [], times: [] })).toMatchObject({ published: "2026-01-04", publishedFrom: "url" });
    expect(resolveArticleDates({ ...all, jsonLd: [], meta: [], times: [], url: null })).toMatchObject({ published: "2026-01-05", publishedFrom: "byline" });
  });

  it("lets the --published option override everything", () => {
    const dates = resolveArticleDates(meta({ jsonLd: [ld({ "@type": "NewsArticle", datePublished: "2026-01-01" })] }), "2026-01-30");
    expect(dates).toMatchObject({ published: "2026-01-30", publishedFrom: "option" });
  });

  it("reads dates in URLs in their usual forms and rejects impossible ones", () => {
    expect(resolveArticleDates(meta({ canonicalUrl: "https://news.example/world/2026-01-30-deaths-surge" })).published).toBe("2026-01-30");
    expect(resolveArticleDates(meta({ url: "https://news.example/20260130/deaths" })).published).toBe("2026-01-30");
    expect(resolveArticleDates(meta({ url: "https://news.example/2026/02/30/story" })).published).toBeNull();
    expect(resolveArticleDates(meta({ url: "https://news.example/items/12345678" })).published).toBeNull();
  });

  it("does not take a byline date without a year, or a <time> without datetime", () => {
    expect(resolveArticleDates(meta({ bylineText: "By A. Writer, Jan. 30" })).published).toBeNull();
    expect(resolveArticleDates(meta({ times: [{ datetime: "", text: "January 30, 2026" }] })).published).toBeNull();
  });

  it("drops a modification date earlier than publication", () => {
    const dates = resolveArticleDates(meta({ meta: [{ key: "article:published_time", content: "2026-01-30" }, { key: "article:modified_time", content: "2026-01-01" }] }));
    expect(dates.modified).toBeNull();
  });
});

describe("a dateline in the text", () => {
  it.each([
    ["Deaths surge\nJanuary 30, 2026\nThe number of soldiers rose.", "2026-01-30"],
    ["Deaths surge\nBy A. Writer | Jan. 30, 2026\nThe number rose.", "2026-01-30"],
    ["Deaths surge\nPublished 30 January 2026, 14:05\nThe number rose.", "2026-01-30"],
    ["WASHINGTON, Jan. 30, 2026 — The number of soldiers killed has risen, officials said on Thursday.", "2026-01-30"],
  ])("is read when the page marks no date: %j", (text, day) => {
    expect(resolveArticleDates(emptyPageMeta(), null, text)).toMatchObject({ published: day, publishedFrom: "dateline" });
  });

  it("is not a date in a caption or a sentence", () => {
    const text = "Deaths surge\nA military training exercise held by an engineer unit in Rostov-On-Don, Russia on January 19, 2026.\nThe number rose.";
    expect(resolveArticleDates(emptyPageMeta(), null, text)).toMatchObject({ published: null, notBefore: "2026-01-19" });
  });

  it("comes after the page's own date markup", () => {
    const dates = resolveArticleDates(meta({ url: "https://news.example/2026/01/29/story" }), null, "January 30, 2026\nText.");
    expect(dates).toMatchObject({ published: "2026-01-29", publishedFrom: "url" });
  });
});

describe("lower bound without a publication date", () => {
  it("is the latest date the text states, ignoring plans", () => {
    const text = "The exercise was held on January 19, 2026. Crime rose in 2025. The goal is to finish by March 2027.";
    expect(latestStatedDay(text)).toBe("2026-01-19");
    const dates = resolveArticleDates(emptyPageMeta(), null, text);
    expect(dates).toMatchObject({ published: null, publishedFrom: null, notBefore: "2026-01-19" });
  });

  it("is null when the text states no dated day", () => {
    expect(latestStatedDay("He said on Thursday that losses rose in December.")).toBeNull();
  });

  it("is not computed when a publication date is known", () => {
    expect(resolveArticleDates(emptyPageMeta(), "2026-01-30", "On January 19, 2026.").notBefore).toBeNull();
  });
});
