/**
 * What the review needs of a scanned page beyond its report: the text the report's offsets index
 * (anchors quote it) and the addresses that give the article its key. Kept in storage.session per
 * tab, like the report, so a restarted service worker can still mark claims.
 */
import { z } from "zod";
import type { KeyValueArea } from "../platform/types";
import { MAX_TEXT_CHARS } from "../protocol/messages";
import { ReviewTargetRefSchema, type ReviewTargetRef } from "../protocol/review-messages";

const ReviewPageSchema = z.object({
  text: z.string().max(MAX_TEXT_CHARS),
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
});
export type ReviewPage = z.infer<typeof ReviewPageSchema>;

const keyOf = (tabId: number) => `review-page:${tabId}`;

export function reviewPages(session: KeyValueArea) {
  return {
    async get(tabId: number): Promise<ReviewPage | null> {
      const parsed = ReviewPageSchema.safeParse(await session.get(keyOf(tabId)));
      return parsed.success ? parsed.data : null;
    },
    set: (tabId: number, page: ReviewPage) => session.set(keyOf(tabId), page),
    remove: (tabId: number) => session.remove(keyOf(tabId)),
  };
}

const cursorKey = (tabId: number) => `review-cursor:${tabId}`;

/** The claim or finding the keyboard shortcuts last moved to in a tab (ids are per scan). */
export function reviewCursors(session: KeyValueArea) {
  return {
    async get(tabId: number): Promise<ReviewTargetRef | null> {
      const parsed = ReviewTargetRefSchema.safeParse(await session.get(cursorKey(tabId)));
      return parsed.success ? parsed.data : null;
    },
    set: (tabId: number, cursor: ReviewTargetRef) => session.set(cursorKey(tabId), cursor),
    remove: (tabId: number) => session.remove(cursorKey(tabId)),
  };
}
