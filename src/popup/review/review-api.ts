/** The popup's review requests to the background, every reply validated before use. */
import { z } from "zod";
import type { MarkStatus } from "../../core/review/model";
import { requestBackground } from "../../protocol/request";
import type { Platform } from "../../platform/types";
import type { Reply } from "../../protocol/reply";
import {
  ImportSummarySchema,
  ReviewStateSchema,
  type ImportSummaryMessage,
  type MarkConflictMessage,
  type ReviewRequest,
  type ReviewState,
  type ReviewTargetRef,
} from "../../protocol/review-messages";

/** Every request of this page goes through here, so its message type is checked at compile time. */
const request = <T extends z.ZodType>(platform: Platform, message: ReviewRequest, value: T): Promise<Reply<z.infer<T>>> =>
  requestBackground(platform, message, value);

export interface MarkChange {
  status: MarkStatus;
  reason: string | null;
  note: string;
}

export const reviewApi = (platform: Platform) => ({
  getReview: (tabId: number): Promise<Reply<ReviewState>> => request(platform, { type: "get-review", tabId }, ReviewStateSchema),
  setMark: (tabId: number, target: ReviewTargetRef, change: MarkChange): Promise<Reply<ReviewState>> =>
    request(platform, { type: "set-mark", tabId, target, ...change }, ReviewStateSchema),
  clearMark: (tabId: number, target: ReviewTargetRef): Promise<Reply<ReviewState>> =>
    request(platform, { type: "clear-mark", tabId, target }, ReviewStateSchema),
  importReviews: (text: string): Promise<Reply<ImportSummaryMessage>> => request(platform, { type: "import-reviews", text }, ImportSummarySchema),
  resolveConflict: (conflict: MarkConflictMessage, keep: "stored" | "incoming"): Promise<Reply<boolean>> =>
    request(platform, { type: "resolve-conflict", conflict, keep }, z.boolean()),
});

export type ReviewApi = ReturnType<typeof reviewApi>;
