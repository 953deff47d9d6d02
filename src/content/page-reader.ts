/** Reads the article as the reader sees it: markup rules plus the browser's own visibility. */
import { collectPageMeta, extractPageText, findArticle, type PageText } from "../page";
import { findArticleSteps } from "../page/article-root";
import { extractPageTextSteps } from "../page/extract-text";
import { defaultHiddenTest } from "../page/element-rules";
import type { PageMeta } from "../core/page-meta";

/** Phrasing elements that, bare (no id, class or style), page CSS practically never hides. */
const BARE_INLINE = new Set(["span", "em", "strong", "b", "i", "a", "u", "small", "sub", "sup", "abbr", "cite", "q", "mark", "time", "code"]);

function isHidden(element: Element): boolean {
  if (defaultHiddenTest(element)) return true;
  // Asking layout costs microseconds per element, tens of milliseconds on a big article: skip bare inline elements.
  if (BARE_INLINE.has(element.localName) && element.attributes.length === 0) return false;
  // checkVisibility asks layout (display:none anywhere above, visibility:hidden).
  return typeof element.checkVisibility === "function" && !element.checkVisibility({ visibilityProperty: true });
}

/** Finds the article root (null: the page has none) a few hundred paragraphs at a time, with the browser's view of what is hidden. */
export function findArticleInPageSteps(doc: Document): Generator<void, Element | null> {
  return findArticleSteps(doc, { isHidden });
}

/** Reads the article a few hundred elements at a time: call next() until done. */
export function readArticleSteps(doc: Document, root: Element): Generator<void, PageText> {
  return extractPageTextSteps(doc, { isHidden, root });
}

export function readMeta(doc: Document): PageMeta {
  return collectPageMeta(doc, doc.location?.href ?? null);
}

/** The article's text and the page's metadata; `page` is null when the page has no article. Pass `root` to re-read a known article. */
export function readPage(doc: Document, root?: Element): { page: PageText | null; meta: PageMeta } {
  const meta = collectPageMeta(doc, doc.location?.href ?? null);
  const articleRoot = root ?? findArticle(doc, { isHidden });
  return { page: articleRoot ? extractPageText(doc, { isHidden, root: articleRoot }) : null, meta };
}
