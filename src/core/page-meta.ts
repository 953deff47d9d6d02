/**
 * What a page says about itself, collected from the DOM (content script or the CLI's jsdom) as plain
 * strings so that the core can decide what to trust without touching a DOM.
 */
import { z } from "zod";

export const PageMetaSchema = z.object({
  /** The page URL (or null for a local file read by the CLI). */
  url: z.string().nullable(),
  /** The canonical URL (<link rel=canonical>) if the page gives one. */
  canonicalUrl: z.string().nullable(),
  /** The headline: og:title, the first h1, or <title>. */
  title: z.string().nullable(),
  /** The raw text of every <script type="application/ld+json"> block. */
  jsonLd: z.array(z.string()),
  /** Every <meta> with a name, property or itemprop, and its content. */
  meta: z.array(z.object({ key: z.string(), content: z.string() })),
  /** Every <time> element: its datetime attribute (may be empty) and its text. */
  times: z.array(z.object({ datetime: z.string(), text: z.string() })),
  /** Byline or dateline text if the page marks one (e.g. .byline, [rel=author] context, .dateline). */
  bylineText: z.string().nullable(),
});
export type PageMeta = z.infer<typeof PageMetaSchema>;

export function emptyPageMeta(): PageMeta {
  return { url: null, canonicalUrl: null, title: null, jsonLd: [], meta: [], times: [], bylineText: null };
}
