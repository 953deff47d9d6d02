/**
 * The background's side of the fact-checkers' review: re-attaches stored marks after every scan,
 * and answers the popup's review requests (marks, import, conflicts). Marks are anchored in the
 * page text the tab was scanned with, so they find their place again after a reload or an edit.
 */
import type { Report } from "../core/report";
import { parseReviewImport } from "../core/review/import";
import { resolveConflict } from "../core/review/merge";
import { claimTarget, findingTarget, removeMark, setMark } from "../core/review/review";
import { openReview } from "../core/review/session";
import { ReviewStore } from "../core/review/store";
import type { Platform } from "../platform/types";
import { reviewStore } from "../platform/review-storage";
import type { ImportSummaryMessage, ReviewRequest, ReviewState, ReviewTargetRef } from "../protocol/review-messages";
import { ReplyError } from "../protocol/reply";
import { reviewCursors, reviewPages, type ReviewPage } from "./review-pages";
import { reviewItems } from "../core/review/progress";
import { stepItem } from "../core/review/navigation";
import { z } from "zod";

const CorruptNoticeSchema = z.string().max(2_000);

export interface ReviewHandlers {
  /** After a scan: remember the page and re-attach (and re-save) the article's stored marks. */
  afterScan(tabId: number, report: Report, page: ReviewPage): Promise<void>;
  handle(request: ReviewRequest, report: (tabId: number) => Promise<Report | null>): Promise<unknown>;
  forgetTab(tabId: number): Promise<void>;
  /** The next (or previous) claim or finding in reading order; the claim to show for it in the page. */
  step(tabId: number, direction: 1 | -1, report: (tabId: number) => Promise<Report | null>): Promise<{ item: ReviewTargetRef; claimId: string | null } | null>;
}

export function createReviewHandlers(platform: Platform, now: () => string = () => new Date().toISOString()): ReviewHandlers {
  const store: ReviewStore = reviewStore(platform, now);
  const pages = reviewPages(platform.session);
  const cursors = reviewCursors(platform.session);
  // A corrupt record is quarantined by the first open after a scan, which the popup never sees:
  // the notice is kept for the tab until its next scan, so whoever opens the review is told.
  const corruptKey = (tabId: number) => `review-corrupt:${tabId}`;
  const corruptNotice = async (tabId: number) => {
    const stored = CorruptNoticeSchema.safeParse(await platform.session.get(corruptKey(tabId)));
    return stored.success ? stored.data : null;
  };

  async function open(report: Report, page: ReviewPage, tabId: number): Promise<ReviewState> {
    const opened = await openReview(store, report, page.text, page, now());
    if (!opened.ok) throw new ReplyError("invalid", `No review here: ${opened.error}.`);
    // The re-attached review is saved so that its claim ids are those of the report on screen,
    // but only when re-attaching changed something: opening a review must not rewrite it.
    if (opened.stored && (await changedFromStored(opened.review))) await saveOrThrow(opened.review);
    const corrupt = opened.corrupt ? `${opened.corrupt.error} (kept as ${opened.corrupt.quarantineKey})`.slice(0, 2_000) : null;
    if (corrupt) await platform.session.set(corruptKey(tabId), corrupt);
    return {
      review: opened.review,
      stored: opened.stored,
      orphans: opened.orphaned.map(({ mark, cause }) => ({ mark, cause })),
      corrupt: corrupt ?? (await corruptNotice(tabId)),
      cursor: await cursors.get(tabId),
    };
  }

  async function changedFromStored(review: ReviewState["review"]): Promise<boolean> {
    const stored = await platform.local.get(ReviewStore.storageKey(review.key));
    const withoutTime = (value: unknown) => JSON.stringify({ ...(value as object), updatedAt: null });
    return withoutTime(stored) !== withoutTime(review);
  }

  async function saveOrThrow(review: ReviewState["review"]): Promise<void> {
    const saved = await store.save(review);
    if (!saved.ok) throw new ReplyError("invalid", `The review was ${saved.error}.`);
  }

  async function tabReview(tabId: number, report: (tabId: number) => Promise<Report | null>) {
    const [current, page] = await Promise.all([report(tabId), pages.get(tabId)]);
    if (!current || !page) throw new ReplyError("invalid", "This tab has not been scanned.");
    return { state: await open(current, page, tabId), page };
  }

  function targetOf(state: ReviewState, text: string, ref: ReviewTargetRef) {
    const { review } = state;
    const item = ref.type === "claim" ? review.claims.find((c) => c.id === ref.id) : review.findings.find((f) => f.id === ref.id);
    if (!item) throw new ReplyError("invalid", "That claim or finding is not in the current report; scan again.");
    return "cue" in item ? claimTarget(text, item) : findingTarget(text, item);
  }

  async function importText(text: string): Promise<ImportSummaryMessage> {
    const parsed = parseReviewImport(text);
    if (!parsed.ok) throw new ReplyError("invalid", parsed.error);
    const summary = await store.importReviews(parsed.reviews);
    return { reviews: parsed.reviews.length, added: summary.added, unchanged: summary.unchanged, conflicts: summary.conflicts, errors: summary.errors };
  }

  async function handle(request: ReviewRequest, report: (tabId: number) => Promise<Report | null>): Promise<unknown> {
    switch (request.type) {
      case "get-review":
        return (await tabReview(request.tabId, report)).state;
      case "set-mark":
      case "clear-mark": {
        const { state, page } = await tabReview(request.tabId, report);
        const target = targetOf(state, page.text, request.target);
        const result =
          request.type === "set-mark"
            ? setMark(state.review, { target, status: request.status, reason: request.reason, note: request.note }, now())
            : { ok: true as const, review: removeMark(state.review, target, now()) };
        if (!result.ok) throw new ReplyError("invalid", `Not saved: ${result.error}.`);
        await saveOrThrow(result.review);
        return (await tabReview(request.tabId, report)).state;
      }
      case "import-reviews":
        return importText(request.text);
      case "resolve-conflict": {
        const loaded = await store.load(request.conflict.key);
        if (loaded.status !== "ok") throw new ReplyError("invalid", "The stored review of that article is gone.");
        await saveOrThrow(resolveConflict(loaded.review, request.conflict, request.keep, now()));
        return true;
      }
    }
  }

  return {
    async afterScan(tabId, report, page) {
      await pages.set(tabId, page);
      // Ids are per scan: a cursor into the previous report would point at the wrong claim.
      await cursors.remove(tabId);
      await platform.session.remove(corruptKey(tabId));
      await open(report, page, tabId);
    },
    handle,
    async forgetTab(tabId) {
      await pages.remove(tabId);
      await cursors.remove(tabId);
      await platform.session.remove(corruptKey(tabId));
    },
    async step(tabId, direction, report) {
      const { state } = await tabReview(tabId, report);
      const next = stepItem(reviewItems(state.review), state.cursor, direction);
      if (!next) return null;
      const item = { type: next.type, id: next.id };
      await cursors.set(tabId, item);
      return { item, claimId: next.type === "claim" ? next.id : (next.finding.claimIds[0] ?? null) };
    },
  };
}
