/**
 * The fact-checkers' review, stored per article: the report it was made on and one mark per claim or
 * finding. Marks find their place by text-quote anchors, not by ids, because ids change between scans.
 * The zod schemas are the single source of truth; every stored or imported review passes through them.
 */
import { z } from "zod";
import { ArticleSchema, ClaimSchema, FindingSchema } from "../report";

/** The version of the stored shape; see migrate.ts for the older ones. */
export const REVIEW_SCHEMA_VERSION = 2;

/** Characters of context kept on each side of a quote. */
export const ANCHOR_CONTEXT = 32;

const MAX_QUOTE = 20_000;
const MAX_NOTE = 20_000;
const MAX_MARKS = 10_000;

export const MarkStatusSchema = z.enum(["verified", "disputed", "needs-checking", "dismissed"]);
export type MarkStatus = z.infer<typeof MarkStatusSchema>;
export const MARK_STATUSES: readonly MarkStatus[] = MarkStatusSchema.options;

export const TimestampSchema = z.iso.datetime({ offset: true });

/** W3C Web Annotation TextQuoteSelector: the exact text and some context on each side. */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1).max(MAX_QUOTE),
  prefix: z.string().max(ANCHOR_CONTEXT * 4),
  suffix: z.string().max(ANCHOR_CONTEXT * 4),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

/** A quote plus where it started when it was taken: a hint that breaks ties, never a source of truth. */
export const AnchorSchema = z.object({
  quote: TextQuoteSelectorSchema,
  /** Start offset in the text the anchor was taken from; null when unknown (migrated from version 1). */
  start: z.number().int().nonnegative().nullable(),
});
export type Anchor = z.infer<typeof AnchorSchema>;

export const ClaimTargetSchema = z.object({
  type: z.literal("claim"),
  /** The id in the review's claims this mark is attached to; null while it is orphaned. */
  claimId: z.string().nullable(),
  cue: AnchorSchema,
  source: AnchorSchema.nullable(),
  content: AnchorSchema.nullable(),
});
export type ClaimTarget = z.infer<typeof ClaimTargetSchema>;

export const FindingTargetSchema = z.object({
  type: z.literal("finding"),
  /** The id in the review's findings this mark is attached to; null while it is orphaned. */
  findingId: z.string().nullable(),
  kind: z.string().min(1),
  /** The finding's message, which identifies a finding that has no spans. */
  message: z.string(),
  spans: z.array(AnchorSchema),
});
export type FindingTarget = z.infer<typeof FindingTargetSchema>;

export const MarkTargetSchema = z.discriminatedUnion("type", [ClaimTargetSchema, FindingTargetSchema]);
export type MarkTarget = z.infer<typeof MarkTargetSchema>;

export const MarkSchema = z
  .object({
    target: MarkTargetSchema,
    status: MarkStatusSchema,
    /** Why a claim or finding was dismissed; required for "dismissed", null otherwise allowed. */
    reason: z.string().max(MAX_NOTE).nullable(),
    note: z.string().max(MAX_NOTE),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .refine((mark) => mark.status !== "dismissed" || (mark.reason ?? "").trim().length > 0, {
    message: "a dismissed mark needs a reason",
    path: ["reason"],
  });
export type Mark = z.infer<typeof MarkSchema>;

export const ArticleReviewSchema = z
  .object({
    schemaVersion: z.literal(REVIEW_SCHEMA_VERSION),
    /** The article key: see articleKey() in url-key.ts. */
    key: z.string().min(1),
    article: ArticleSchema,
    /** The report's claims and findings the marks were last attached to. */
    claims: z.array(ClaimSchema),
    findings: z.array(FindingSchema),
    marks: z.array(MarkSchema).max(MAX_MARKS),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .superRefine((review, ctx) => {
    const seen = new Set<string>();
    review.marks.forEach((mark, index) => {
      const key = markKey(mark.target);
      if (seen.has(key)) ctx.addIssue({ code: "custom", message: "two marks on the same passage", path: ["marks", index] });
      seen.add(key);
    });
  });
export type ArticleReview = z.infer<typeof ArticleReviewSchema>;

function quoteKey(anchor: Anchor | null): unknown {
  return anchor ? [anchor.quote.prefix, anchor.quote.exact, anchor.quote.suffix, anchor.start] : null;
}

/**
 * The identity of a mark's target: its quotes with their context and position, without ids (which
 * change with every scan). The position is part of it because a page can repeat a passage word for
 * word. Two marks with the same key are marks on the same passage.
 */
export function markKey(target: MarkTarget): string {
  if (target.type === "claim") return JSON.stringify(["claim", quoteKey(target.cue), quoteKey(target.source), quoteKey(target.content)]);
  return JSON.stringify(["finding", target.kind, target.spans.length === 0 ? target.message : null, target.spans.map(quoteKey)]);
}

/** The same mark in substance: status, reason and note (timestamps say when, not what). */
export function sameMarkContent(a: Mark, b: Mark): boolean {
  return a.status === b.status && (a.reason ?? "") === (b.reason ?? "") && a.note === b.note;
}
