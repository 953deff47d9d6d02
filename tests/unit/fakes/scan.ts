/** Builds what a content script would send for a plain text, with the real extractor. */
import { extractClaims } from "../../../src/core/extract";
import { emptyPageMeta } from "../../../src/core/page-meta";
import type { PageScanned } from "../../../src/protocol/messages";

export const SAMPLE_TEXT =
  "The CSIS estimates that Russian forces have suffered nearly 1.2 million casualties. Several experts said the figure was too high. “The losses are unprecedented,” CSIS stated.";

export function pageScanned(text = SAMPLE_TEXT): PageScanned {
  return {
    type: "page-scanned",
    text,
    claims: extractClaims(text),
    meta: { ...emptyPageMeta(), url: "https://news.example/article", title: "An article" },
  };
}
