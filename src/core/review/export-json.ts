/**
 * The JSON export: the report contract (article, claims, findings) plus the review's marks, so a
 * file stays readable by anything that reads `sourcelight scan --format json`. Import reads it back.
 */
import { z } from "zod";
import { ReportSchema } from "../report";
import { MarkSchema, REVIEW_SCHEMA_VERSION, TimestampSchema, type ArticleReview } from "./model";

export const REVIEW_EXPORT_FORMAT = "sourcelight-review";
export const REVIEW_BUNDLE_FORMAT = "sourcelight-review-bundle";

export const ReviewExportSchema = ReportSchema.omit({ text: true }).extend({
  format: z.literal(REVIEW_EXPORT_FORMAT),
  schemaVersion: z.literal(REVIEW_SCHEMA_VERSION),
  exportedAt: TimestampSchema,
  /** The article key the review is stored under. */
  key: z.string().min(1),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  marks: z.array(MarkSchema),
});
export type ReviewExport = z.infer<typeof ReviewExportSchema>;

export const ReviewBundleSchema = z.object({
  format: z.literal(REVIEW_BUNDLE_FORMAT),
  schemaVersion: z.literal(REVIEW_SCHEMA_VERSION),
  exportedAt: TimestampSchema,
  reviews: z.array(ReviewExportSchema),
});
export type ReviewBundle = z.infer<typeof ReviewBundleSchema>;

export function toReviewExport(review: ArticleReview, exportedAt: string): ReviewExport {
  return {
    format: REVIEW_EXPORT_FORMAT,
    schemaVersion: REVIEW_SCHEMA_VERSION,
    exportedAt,
    key: review.key,
    article: review.article,
    claims: review.claims,
    findings: review.findings,
    createdAt: review.createdAt,
    updatedAt: review.updatedAt,
    marks: review.marks,
  };
}

export function fromReviewExport(file: ReviewExport): ArticleReview {
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    key: file.key,
    article: file.article,
    claims: file.claims,
    findings: file.findings,
    marks: file.marks,
    createdAt: file.createdAt,
    updatedAt: file.updatedAt,
  };
}

export function exportReviewJson(review: ArticleReview, exportedAt: string): string {
  return `${JSON.stringify(toReviewExport(review, exportedAt), null, 2)}\n`;
}

/** Every reviewed article in one file (the options page's "export all"). */
export function exportBundleJson(reviews: readonly ArticleReview[], exportedAt: string): string {
  const bundle: ReviewBundle = {
    format: REVIEW_BUNDLE_FORMAT,
    schemaVersion: REVIEW_SCHEMA_VERSION,
    exportedAt,
    reviews: reviews.map((review) => toReviewExport(review, exportedAt)),
  };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
