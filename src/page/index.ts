/** Reading a page: plain text with a map back to the DOM, and the page's own metadata. */
export { extractPageText, type PageText, type ExtractOptions } from "./extract-text";
export { TextMap, type TextSegment, type NodePiece } from "./text-map";
export { collectPageMeta } from "./collect-meta";
export { findArticle, findArticleRoot } from "./article-root";
export type { HiddenTest } from "./element-rules";
