/**
 * Who published an article, from what the page says about itself: the JSON-LD publisher's name,
 * else og:site_name, else application-name. The popup shows it beside the title; it is not part of
 * the report contract, so it travels in the tab state.
 */
import type { PageMeta } from "../core/page-meta";

const MAX_CHARS = 300;

export function publisherOf(meta: PageMeta): string | null {
  for (const block of meta.jsonLd) {
    const name = publisherIn(safeJson(block));
    if (name) return clip(name);
  }
  for (const key of ["og:site_name", "application-name"]) {
    const content = meta.meta.find((item) => item.key.toLowerCase() === key)?.content.trim();
    if (content) return clip(content);
  }
  return null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The first publisher name in a JSON-LD value: an object, an array or an @graph of them. */
function publisherIn(value: unknown, depth = 0): string | null {
  if (depth > 4 || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const name = publisherIn(item, depth + 1);
      if (name) return name;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const publisher = Array.isArray(record.publisher) ? record.publisher[0] : record.publisher;
  if (typeof publisher === "string" && publisher.trim()) return publisher.trim();
  if (publisher && typeof publisher === "object") {
    const name = (publisher as Record<string, unknown>).name;
    if (typeof name === "string" && name.trim()) return name.trim();
  }
  return publisherIn(record["@graph"], depth + 1);
}

function clip(text: string): string {
  return text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
}
