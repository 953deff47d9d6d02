/**
 * Which elements carry article text, which start a new block, and which are page furniture.
 * Tag names are compared as localName (lower case in HTML documents).
 */
import { isFurniture } from "./furniture";

export type HiddenTest = (element: Element) => boolean;

const BLOCK_TAGS = new Set([
  "address", "article", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
  "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
  "caption", "center", "body",
]);

/** Never text a reader reads as the article: code, media, forms, and site furniture. */
const SKIPPED_TAGS = new Set([
  "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video",
  "audio", "img", "picture", "select", "option", "textarea", "input", "button", "nav", "aside", "footer",
  "head", "title", "meta", "link",
]);

/** ARIA roles of furniture around an article. */
const SKIPPED_ROLES = new Set(["navigation", "complementary", "contentinfo", "banner", "search", "dialog", "alertdialog"]);

/** Our own injected UI never counts as page text (our highlight wrappers do: they hold page text). */
const OWN_UI_TAG = "sourcelight-ui";

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}

export function isSkipped(element: Element): boolean {
  const tag = element.localName;
  if (SKIPPED_TAGS.has(tag) || tag === OWN_UI_TAG) return true;
  const role = element.getAttribute("role");
  if (role !== null && SKIPPED_ROLES.has(role)) return true;
  return isFurniture(element);
}

/** Hidden by markup alone: works without layout (jsdom) and is cheap in the page. */
export const defaultHiddenTest: HiddenTest = (element) => {
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  const style = element.getAttribute("style");
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
};
