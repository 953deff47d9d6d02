/** Builds what a content script sends for a plain text: a page-text message with every chunk as text. */
import { emptyPageMeta } from "../../../src/core/page-meta";
import { chunkTexts } from "../../../src/core/text/chunks";
import type { PageTextMessage } from "../../../src/protocol/messages";

export const SAMPLE_TEXT =
  "The CSIS estimates that Russian forces have suffered nearly 1.2 million casualties. Several experts said the figure was too high. “The losses are unprecedented,” CSIS stated.";

export function pageScanned(text = SAMPLE_TEXT): PageTextMessage {
  return {
    type: "page-text",
    base: null,
    pieces: chunkTexts(text),
    meta: { ...emptyPageMeta(), url: "https://news.example/article", title: "An article" },
  };
}
