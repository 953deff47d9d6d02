/** Reads the article as the reader sees it: markup rules plus the browser's own visibility. */
import { collectPageMeta, extractPageText, type PageText } from "../page";
import { defaultHiddenTest } from "../page/element-rules";
import type { PageMeta } from "../core/page-meta";

function isHidden(element: Element): boolean {
  if (defaultHiddenTest(element)) return true;
  // checkVisibility asks layout (display:none anywhere above, visibility:hidden).
  return typeof element.checkVisibility === "function" && !element.checkVisibility({ visibilityProperty: true });
}

export function readPage(doc: Document): { page: PageText; meta: PageMeta } {
  return { page: extractPageText(doc, { isHidden }), meta: collectPageMeta(doc, doc.location?.href ?? null) };
}
