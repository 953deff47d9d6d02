/** The fact-checkers' review: everything the popup, options page and content script need. */
export { anchorQuote, resolveAnchor, type AnchorResolution, type OrphanReason } from "./anchor";
export { exportReviewAnnotations, toAnnotationCollection, type AnnotationCollection, type WebAnnotation } from "./export-annotation";
export { claimReviewDrafts, exportClaimReviews, type ClaimReviewDraft } from "./export-claimreview";
export { CSV_COLUMNS, exportReviewCsv } from "./export-csv";
export {
  exportBundleJson,
  exportReviewJson,
  ReviewBundleSchema,
  ReviewExportSchema,
  type ReviewBundle,
  type ReviewExport,
} from "./export-json";
export { exportBundleMarkdown, exportReviewMarkdown } from "./export-markdown";
export { MAX_IMPORT_BYTES, parseReviewImport, type ImportParseResult } from "./import";
export { mergeReview, resolveConflict, type MarkConflict, type MergeResult } from "./merge";
export { migrateReview, ReviewV1Schema, type ReviewV1 } from "./migrate";
export * from "./model";
export {
  filterItems,
  isReviewed,
  progressLabel,
  reviewItems,
  reviewProgress,
  STATUS_LABELS,
  type MarkFilter,
  type ReviewItem,
  type ReviewProgress,
} from "./progress";
export { reattachReview, type AttachedMark, type OrphanCause, type OrphanedMark, type ReattachResult } from "./reattach";
export { claimTarget, createReview, findingTarget, markOf, orphanedMarks, removeMark, setMark, type MarkInput, type ReviewResult } from "./review";
export { inReadingOrder, itemStart, stepItem } from "./navigation";
export { openReview, type OpenReviewResult } from "./session";
export * from "./store";
export { articleKey, normaliseArticleUrl } from "./url-key";
