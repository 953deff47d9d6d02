/**
 * Collects what a page says about itself (JSON-LD, meta tags, <time>, canonical URL, headline,
 * byline) as raw strings for the core to judge. Nothing here is trusted or parsed further.
 */
import type { PageMeta } from "../core/page-meta";

const MAX_JSON_LD_CHARS = 200_000;
const MAX_ITEMS = 200;

export function collectPageMeta(doc: Document, url: string | null): PageMeta {
  const jsonLd = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))
    .map((script) => (script.textContent ?? "").slice(0, MAX_JSON_LD_CHARS))
    .slice(0, 20);
  const meta: PageMeta["meta"] = [];
  for (const tag of Array.from(doc.querySelectorAll("meta[content]")).slice(0, MAX_ITEMS)) {
    const key = tag.getAttribute("property") ?? tag.getAttribute("name") ?? tag.getAttribute("itemprop");
    const content = tag.getAttribute("content");
    if (key && content !== null) meta.push({ key: key.toLowerCase(), content });
  }
  const times = Array.from(doc.querySelectorAll("time"))
    .slice(0, MAX_ITEMS)
    .map((time) => ({ datetime: time.getAttribute("datetime") ?? "", text: clean(time.textContent) ?? "" }));
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  return {
    url,
    canonicalUrl: canonical ? absolute(canonical, url) : null,
    title: headline(doc, meta),
    jsonLd,
    meta,
    times,
    bylineText: clean(doc.querySelector(".byline, [rel='author'], .dateline, [itemprop='author']")?.textContent),
  };
}

function headline(doc: Document, meta: PageMeta["meta"]): string | null {
  const og = meta.find((m) => m.key === "og:title")?.content;
  return clean(og) ?? clean(doc.querySelector("h1")?.textContent) ?? clean(doc.title);
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text.slice(0, 500) : null;
}

function absolute(href: string, base: string | null): string {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return href;
  }
}
