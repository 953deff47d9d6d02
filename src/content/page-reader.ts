/** Reads the article as the reader sees it: markup rules plus the browser's own visibility. */
import { collectPageMeta, extractPageText, findArticle, type PageText } from "../page";
import { defaultHiddenTest } from "../page/element-rules";
import type { PageMeta } from "../core/page-meta";

function isHidden(element: Element): boolean {
  if (defaultHiddenTest(element)) return true;
  // checkVisibility asks layout (display:none anywhere above, visibility:hidden).
  return typeof element.checkVisibility === "function" && !element.checkVisibility({ visibilityProperty: true });
}

/** The article's text and the page's metadata; `page` is null when the page has no article. Pass `root` to re-read a known article. */
export function readPage(doc: Document, root?: Element): { page: PageText | null; meta: PageMeta } {
  const meta = collectPageMeta(doc, doc.location?.href ?? null);
  const articleRoot = root ?? findArticle(doc, { isHidden });
  return { page: articleRoot ? extractPageText(doc, { isHidden, root: articleRoot }) : null, meta };
}
