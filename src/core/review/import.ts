/**
 * Reading a JSON export back. The file is untrusted: it is size-checked before parsing, validated
 * with zod, and refused with one clear sentence when it is not JSON, not a Sourcelight review,
 * from a newer version, or inconsistent. Merging into storage is ReviewStore.importReviews().
 */
import { fromReviewExport, REVIEW_BUNDLE_FORMAT, REVIEW_EXPORT_FORMAT, ReviewBundleSchema, ReviewExportSchema } from "./export-json";
import { REVIEW_SCHEMA_VERSION, type ArticleReview } from "./model";
import { describeIssues, validated } from "./review";
import { normaliseArticleUrl } from "./url-key";

/** Far above any real review (a long article with every claim marked is well under 1 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportParseResult = { ok: true; reviews: ArticleReview[] } | { ok: false; error: string };

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function parseReviewImport(raw: string, maxBytes = MAX_IMPORT_BYTES): ImportParseResult {
  // A UTF-16 code unit never takes more than 3 bytes in UTF-8, so the cheap bound comes first.
  if (raw.length > maxBytes || byteLength(raw) > maxBytes) {
    return { ok: false, error: `the file is too large (over ${Math.round(maxBytes / 1024 / 1024)} MB)` };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { ok: false, error: `the file is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { ok: false, error: "the file is not a Sourcelight review export" };
  const { format, schemaVersion } = data as { format?: unknown; schemaVersion?: unknown };
  if (format !== REVIEW_EXPORT_FORMAT && format !== REVIEW_BUNDLE_FORMAT) return { ok: false, error: "the file is not a Sourcelight review export" };
  if (typeof schemaVersion === "number" && schemaVersion > REVIEW_SCHEMA_VERSION) {
    return { ok: false, error: `the file was exported by a newer Sourcelight (schemaVersion ${schemaVersion}); update Sourcelight to import it` };
  }
  const files =
    format === REVIEW_BUNDLE_FORMAT
      ? parseWith(ReviewBundleSchema, data, (bundle) => bundle.reviews)
      : parseWith(ReviewExportSchema, data, (file) => [file]);
  if (!files.ok) return files;
  const reviews: ArticleReview[] = [];
  const seen = new Set<string>();
  for (const file of files.value) {
    if (normaliseArticleUrl(file.key) !== file.key) return { ok: false, error: `"${file.key.slice(0, 200)}" is not an article key` };
    if (seen.has(file.key)) return { ok: false, error: `the article ${file.key} appears twice in the file` };
    seen.add(file.key);
    const review = validated(fromReviewExport(file));
    if (!review.ok) return { ok: false, error: `the review of ${file.key} is inconsistent: ${review.error}` };
    reviews.push(review.review);
  }
  return { ok: true, reviews };
}

function parseWith<T, R>(
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } },
  data: unknown,
  pick: (value: T) => R,
): { ok: true; value: R } | { ok: false; error: string } {
  const parsed = schema.safeParse(data);
  if (!parsed.success) return { ok: false, error: `the file does not match the review format: ${describeIssues(parsed.error.issues)}` };
  return { ok: true, value: pick(parsed.data) };
}
