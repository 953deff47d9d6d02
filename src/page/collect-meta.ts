/**
 * Collects what a page says about itself (JSON-LD, meta tags, <time>, canonical URL, headline,
 * byline) as raw strings for the core to judge. Nothing here is trusted or parsed further, and
 * everything is cut to PAGE_META_LIMITS: the page controls its size.
 */
import { PAGE_META_LIMITS as LIMITS, type PageMeta } from "../core/page-meta";

export function collectPageMeta(doc: Document, url: string | null): PageMeta {
  const meta: PageMeta["meta"] = [];
  for (const tag of Array.from(doc.querySelectorAll("meta[content]")).slice(0, LIMITS.metaItems)) {
    const key = tag.getAttribute("property") ?? tag.getAttribute("name") ?? tag.getAttribute("itemprop");
    const content = tag.getAttribute("content");
    if (key && content !== null) meta.push({ key: key.toLowerCase().slice(0, LIMITS.metaKeyChars), content: content.slice(0, LIMITS.metaContentChars) });
  }
  const times = Array.from(doc.querySelectorAll("time"))
    .slice(0, LIMITS.timeItems)
    .map((time) => ({
      datetime: (time.getAttribute("datetime") ?? "").slice(0, LIMITS.timeDatetimeChars),
      text: clean(time.textContent, LIMITS.timeTextChars) ?? "",
    }));
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  return {
    url: fitUrl(url),
    canonicalUrl: canonical ? fitUrl(absolute(canonical, url)) : null,
    title: headline(doc, meta),
    jsonLd: jsonLdBlocks(doc),
    meta,
    times,
    bylineText: clean(doc.querySelector(".byline, [rel='author'], .dateline, [itemprop='author']")?.textContent, LIMITS.bylineChars),
  };
}

/** Each JSON-LD block cut to its limit, until the blocks together reach theirs. */
function jsonLdBlocks(doc: Document): string[] {
  const blocks: string[] = [];
  let total = 0;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, LIMITS.jsonLdBlocks)) {
    const room = LIMITS.jsonLdTotalChars - total;
    if (room <= 0) break;
    const block = (script.textContent ?? "").slice(0, Math.min(LIMITS.jsonLdChars, room));
    blocks.push(block);
    total += block.length;
  }
  return blocks;
}

function headline(doc: Document, meta: PageMeta["meta"]): string | null {
  const og = meta.find((m) => m.key === "og:title")?.content;
  return clean(og, LIMITS.titleChars) ?? clean(doc.querySelector("h1")?.textContent, LIMITS.titleChars) ?? clean(doc.title, LIMITS.titleChars);
}

/** Whitespace collapsed, cut to `max` characters; null when nothing is left. */
function clean(value: string | null | undefined, max: number): string | null {
  // Cut before collapsing too, so a multi-megabyte heading costs no more than its first part.
  const text = value?.slice(0, max * 4).replace(/\s+/g, " ").trim();
  return text ? text.slice(0, max) : null;
}

/** A URL longer than the limit is not kept at all: a cut URL would point somewhere else. */
function fitUrl(url: string | null): string | null {
  return url !== null && url.length <= LIMITS.urlChars ? url : null;
}

function absolute(href: string, base: string | null): string {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return href;
  }
}
