/**
 * Stored reviews carry `schemaVersion`; this turns any version this build knows into the current
 * one, validated. Version history:
 *
 * - 1: `{ schemaVersion: 1, url, title, savedAt, marks: [{ targetType, targetId, findingKind?, quote,
 *   status: "ok" | "wrong" | "unsure", note, markedAt }] }`. One quote per mark (a claim's cue or a
 *   finding's first span), no position hints, no stored report, no dismissals.
 * - 2 (current): ArticleReviewSchema in model.ts.
 */
import { z } from "zod";
import { ArticleReviewSchema, markKey, REVIEW_SCHEMA_VERSION, TimestampSchema, type Anchor, type ArticleReview, type Mark, type MarkStatus } from "./model";
import { describeIssues } from "./review";
import { articleKey } from "./url-key";

const QuoteV1Schema = z.object({ exact: z.string().min(1), prefix: z.string(), suffix: z.string() });

export const ReviewV1Schema = z.object({
  schemaVersion: z.literal(1),
  url: z.string().min(1),
  title: z.string().nullable(),
  savedAt: TimestampSchema,
  marks: z.array(
    z
      .object({
        targetType: z.enum(["claim", "finding"]),
        targetId: z.string(),
        findingKind: z.string().min(1).optional(),
        quote: QuoteV1Schema,
        status: z.enum(["ok", "wrong", "unsure"]),
        note: z.string().default(""),
        markedAt: TimestampSchema,
      })
      .refine((mark) => mark.targetType === "claim" || mark.findingKind !== undefined, {
        message: "a finding mark needs its findingKind",
        path: ["findingKind"],
      }),
  ),
});
export type ReviewV1 = z.infer<typeof ReviewV1Schema>;

const STATUS_FROM_V1: Record<ReviewV1["marks"][number]["status"], MarkStatus> = {
  ok: "verified",
  wrong: "disputed",
  unsure: "needs-checking",
};

export type MigrationResult = { ok: true; review: ArticleReview; from: number } | { ok: false; error: string };

/** Reads a stored or imported review of any known version; never throws. */
export function migrateReview(raw: unknown): MigrationResult {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { ok: false, error: "not a review object" };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version)) return { ok: false, error: "no schemaVersion" };
  if (version > REVIEW_SCHEMA_VERSION) {
    return { ok: false, error: `schemaVersion ${version} was written by a newer Sourcelight (this one reads up to ${REVIEW_SCHEMA_VERSION})` };
  }
  if (version === 1) {
    const v1 = ReviewV1Schema.safeParse(raw);
    if (!v1.success) return { ok: false, error: `version 1 review: ${describeIssues(v1.error.issues)}` };
    return check(fromV1(v1.data), 1);
  }
  if (version === REVIEW_SCHEMA_VERSION) return check(raw, version);
  return { ok: false, error: `unknown schemaVersion ${version}` };
}

function check(candidate: unknown, from: number): MigrationResult {
  const parsed = ArticleReviewSchema.safeParse(candidate);
  return parsed.success ? { ok: true, review: parsed.data, from } : { ok: false, error: describeIssues(parsed.error.issues) };
}

export function fromV1(v1: ReviewV1): ArticleReview {
  const byKey = new Map<string, Mark>();
  // Oldest first, so that a later mark on the same passage takes its place and keeps the earlier one in its note.
  for (const old of [...v1.marks].sort((a, b) => a.markedAt.localeCompare(b.markedAt))) {
    const anchor: Anchor = { quote: { type: "TextQuoteSelector", ...old.quote }, start: null };
    const mark: Mark = {
      target:
        old.targetType === "claim"
          ? { type: "claim", claimId: null, cue: anchor, source: null, content: null }
          : { type: "finding", findingId: null, kind: old.findingKind!, message: "", spans: [anchor] },
      status: STATUS_FROM_V1[old.status],
      reason: null,
      note: old.note,
      createdAt: old.markedAt,
      updatedAt: old.markedAt,
    };
    const key = markKey(mark.target);
    const earlier = byKey.get(key);
    if (earlier) mark.note = [mark.note, `Earlier mark (version 1): ${earlier.status}${earlier.note ? `: ${earlier.note}` : ""}`].filter(Boolean).join("\n");
    byKey.set(key, earlier ? { ...mark, createdAt: earlier.createdAt } : mark);
  }
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    key: articleKey(null, v1.url) ?? v1.url,
    article: { title: v1.title, url: v1.url, published: null, publishedFrom: null },
    // Version 1 kept no report: the marks attach again, by their quotes, at the next scan.
    claims: [],
    findings: [],
    marks: [...byKey.values()],
    createdAt: v1.savedAt,
    updatedAt: v1.savedAt,
  };
}
