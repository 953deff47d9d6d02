/**
 * The review's messages (popup -> background), beside the scan protocol in ./messages.ts. Every
 * request and reply is a zod schema; the stored review itself is validated with the core's schema.
 */
import { z } from "zod";
import { ArticleReviewSchema, MarkSchema, MarkStatusSchema } from "../core/review/model";
import { MAX_IMPORT_BYTES } from "../core/review/import";

const TabId = z.number().int().nonnegative();
const MAX_NOTE = 20_000;

/** A claim or finding of the tab's current report, by its id in that report. */
export const ReviewTargetRefSchema = z.object({ type: z.enum(["claim", "finding"]), id: z.string().min(1).max(100) });
export type ReviewTargetRef = z.infer<typeof ReviewTargetRefSchema>;

export const GetReviewSchema = z.object({ type: z.literal("get-review"), tabId: TabId });
export const SetMarkSchema = z.object({
  type: z.literal("set-mark"),
  tabId: TabId,
  target: ReviewTargetRefSchema,
  status: MarkStatusSchema,
  reason: z.string().max(MAX_NOTE).nullable(),
  note: z.string().max(MAX_NOTE),
});
export const ClearMarkSchema = z.object({ type: z.literal("clear-mark"), tabId: TabId, target: ReviewTargetRefSchema });
/** The text of a file the user chose; parsed and validated by the background. */
export const ImportReviewsSchema = z.object({ type: z.literal("import-reviews"), text: z.string().max(MAX_IMPORT_BYTES) });

export const MarkConflictSchema = z.object({ key: z.string().min(1), markKey: z.string(), stored: MarkSchema, incoming: MarkSchema });
export type MarkConflictMessage = z.infer<typeof MarkConflictSchema>;
export const ResolveConflictSchema = z.object({
  type: z.literal("resolve-conflict"),
  conflict: MarkConflictSchema,
  keep: z.enum(["stored", "incoming"]),
});

export const ReviewRequestSchema = z.discriminatedUnion("type", [
  GetReviewSchema,
  SetMarkSchema,
  ClearMarkSchema,
  ImportReviewsSchema,
  ResolveConflictSchema,
]);
export type ReviewRequest = z.infer<typeof ReviewRequestSchema>;

export const OrphanCauseSchema = z.enum(["not-found", "ambiguous", "low-confidence", "claim-changed", "no-longer-reported", "duplicate"]);

/** The review of the tab's article, attached to its current report. */
export const ReviewStateSchema = z.object({
  review: ArticleReviewSchema,
  /** False until the first mark is saved (nothing is stored for an article nobody marked). */
  stored: z.boolean(),
  /** Marks that could not be placed on this version of the page, and why. */
  orphans: z.array(z.object({ mark: MarkSchema, cause: OrphanCauseSchema })),
  /** Set when the stored record was unreadable and has been quarantined. */
  corrupt: z.string().nullable(),
  /** Where the next/previous-highlight shortcuts last went in the page, for the popup to open at. */
  cursor: ReviewTargetRefSchema.nullable(),
});
export type ReviewState = z.infer<typeof ReviewStateSchema>;

export const ImportSummarySchema = z.object({
  reviews: z.number().int().nonnegative(),
  added: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  conflicts: z.array(MarkConflictSchema),
  errors: z.array(z.string()),
});
export type ImportSummaryMessage = z.infer<typeof ImportSummarySchema>;
