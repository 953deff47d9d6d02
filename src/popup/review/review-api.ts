/** The popup's review requests to the background, every reply validated before use. */
import { z } from "zod";
import type { MarkStatus } from "../../core/review/model";
import type { Platform } from "../../platform/types";
import { replySchema, type Reply } from "../../protocol/reply";
import {
  ImportSummarySchema,
  ReviewStateSchema,
  type ImportSummaryMessage,
  type MarkConflictMessage,
  type ReviewRequest,
  type ReviewState,
  type ReviewTargetRef,
} from "../../protocol/review-messages";

async function request<T extends z.ZodType>(platform: Platform, message: ReviewRequest, value: T): Promise<Reply<z.infer<T>>> {
  try {
    const parsed = replySchema(value).safeParse(await platform.sendToBackground(message));
    if (parsed.success) return parsed.data as Reply<z.infer<T>>;
    return { ok: false, code: "invalid", error: "The extension's background gave an unexpected answer." };
  } catch (error) {
    return { ok: false, code: "failed", error: error instanceof Error ? error.message : String(error) };
  }
}

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
