/**
 * What a page says about itself, collected from the DOM (content script or the CLI's jsdom) as plain
 * strings so that the core can decide what to trust without touching a DOM.
 */
import { z } from "zod";

/**
 * How much of what a page says about itself we take. The page writes all of it, so a hostile page
 * can make any of it huge; collection cuts to these limits and the schema rejects anything larger,
 * so a scan message stays a bounded size whatever the page does.
 */
export const PAGE_META_LIMITS = {
  urlChars: 8_192,
  titleChars: 500,
  jsonLdBlocks: 20,
  jsonLdChars: 200_000,
  /** All JSON-LD blocks together. */
  jsonLdTotalChars: 1_000_000,
  metaItems: 200,
  metaKeyChars: 200,
  metaContentChars: 2_000,
  timeItems: 200,
  timeDatetimeChars: 200,
  timeTextChars: 500,
  bylineChars: 500,
} as const;
const L = PAGE_META_LIMITS;

export const PageMetaSchema = z.object({
  /** The page URL (or null for a local file read by the CLI). */
  url: z.string().max(L.urlChars).nullable(),
  /** The canonical URL (<link rel=canonical>) if the page gives one. */
  canonicalUrl: z.string().max(L.urlChars).nullable(),
  /** The headline: og:title, the first h1, or <title>. */
  title: z.string().max(L.titleChars).nullable(),
  /** The raw text of every <script type="application/ld+json"> block. */
  jsonLd: z
    .array(z.string().max(L.jsonLdChars))
    .max(L.jsonLdBlocks)
    .refine((blocks) => blocks.reduce((sum, block) => sum + block.length, 0) <= L.jsonLdTotalChars, {
      message: `JSON-LD over ${L.jsonLdTotalChars} characters in all`,
    }),
  /** Every <meta> with a name, property or itemprop, and its content. */
  meta: z.array(z.object({ key: z.string().max(L.metaKeyChars), content: z.string().max(L.metaContentChars) })).max(L.metaItems),
  /** Every <time> element: its datetime attribute (may be empty) and its text. */
  times: z.array(z.object({ datetime: z.string().max(L.timeDatetimeChars), text: z.string().max(L.timeTextChars) })).max(L.timeItems),
  /** Byline or dateline text if the page marks one (e.g. .byline, [rel=author] context, .dateline). */
  bylineText: z.string().max(L.bylineChars).nullable(),
});
export type PageMeta = z.infer<typeof PageMetaSchema>;

export function emptyPageMeta(): PageMeta {
  return { url: null, canonicalUrl: null, title: null, jsonLd: [], meta: [], times: [], bylineText: null };
}
