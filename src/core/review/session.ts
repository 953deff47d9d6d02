/**
 * Opening the review of the article on screen: find its key, load what is stored, and attach the
 * stored marks to the fresh report. The one call the popup (or content script) makes after a scan.
 */
import type { Report } from "../report";
import { reattachReview, type AttachedMark, type OrphanedMark } from "./reattach";
import type { ArticleReview } from "./model";
import { createReview } from "./review";
import type { CorruptRecord, ReviewStore } from "./store";
import { articleKey } from "./url-key";

export type OpenReviewResult =
  | {
      ok: true;
      review: ArticleReview;
      /** False for a review that exists only in memory until the first mark is saved. */
      stored: boolean;
      attached: AttachedMark[];
      orphaned: OrphanedMark[];
      /** The stored record was unreadable: it is quarantined and the review starts afresh. */
      corrupt: CorruptRecord | null;
      /** The stored record was migrated from this older schema version. */
      migratedFrom: number | null;
    }
  | { ok: false; error: string };

export async function openReview(
  store: ReviewStore,
  report: Report,
  text: string,
  page: { canonicalUrl: string | null; url: string | null },
  now: string,
): Promise<OpenReviewResult> {
  const key = articleKey(page.canonicalUrl, page.url);
  if (!key) return { ok: false, error: "this page has no web or file address to keep a review under" };
  const loaded = await store.load(key);
  if (loaded.status !== "ok") {
    const corrupt = loaded.status === "corrupt" ? { storageKey: loaded.storageKey, quarantineKey: loaded.quarantineKey, error: loaded.error } : null;
    return { ok: true, review: createReview(report, key, now), stored: false, attached: [], orphaned: [], corrupt, migratedFrom: null };
  }
  const { review, attached, orphaned } = reattachReview(loaded.review, report, text, now);
  return { ok: true, review, stored: true, attached, orphaned, corrupt: null, migratedFrom: loaded.migratedFrom };
}
