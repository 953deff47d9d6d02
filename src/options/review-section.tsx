/**
 * The options page's part of the review: every reviewed article exported at once (a JSON bundle
 * that imports back, or one readable Markdown report), and the stored records that could not be
 * read, set aside in quarantine, each offered for download so nothing a user stored is lost.
 */
import { useEffect, useState } from "preact/hooks";
import { exportBundleJson } from "../core/review/export-json";
import { exportBundleMarkdown } from "../core/review/export-markdown";
import type { ArticleReview } from "../core/review/model";
import { progressLabel, reviewProgress } from "../core/review/progress";
import type { QuarantinedRecord } from "../core/review/store";
import { reviewStore } from "../platform/review-storage";
import type { Platform } from "../platform/types";
import { downloadText } from "../popup/review/download";
import { count, t } from "../ui/i18n";

type Quarantined = QuarantinedRecord & { quarantineKey: string };

export function ReviewSection({ platform }: { platform: Platform }) {
  const [reviews, setReviews] = useState<ArticleReview[] | null>(null);
  const [quarantined, setQuarantined] = useState<Quarantined[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const store = reviewStore(platform);
    // loadAll() first: it migrates older records and quarantines unreadable ones, which the list then shows.
    store
      .loadAll()
      .then(async ({ reviews: all }) => {
        setReviews(all.filter((review) => review.marks.length > 0));
        setQuarantined(await store.quarantined());
      })
      .catch((cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)));
  }, []);

  const stamp = () => new Date().toISOString();
  const day = () => stamp().slice(0, 10);

  return (
    <section class="reviews" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">{t("optionsReviewsHeading")}</h2>
      {error ? <p role="alert">{t("optionsReviewsUnreadable", error)}</p> : null}
      {reviews === null && !error ? <p>{t("optionsLoading")}</p> : null}
      {reviews ? (
        <>
          <p data-reviewed-count>{count(reviews.length, "optionsReviewedOne", "optionsReviewedMany")}</p>
          {reviews.length > 0 ? (
            <>
              <ul class="reviewed">
                {reviews.map((review) => (
                  <li key={review.key}>
                    <span>{review.article.title ?? review.key}</span> — <span>{progressLabel(reviewProgress(review))}</span>
                  </li>
                ))}
              </ul>
              <button type="button" data-export-all="json" onClick={() => downloadText(`sourcelight-reviews-${day()}.json`, exportBundleJson(reviews, stamp()), "application/json")}>
                {t("optionsExportAllJson")}
              </button>{" "}
              <button type="button" data-export-all="markdown" onClick={() => downloadText(`sourcelight-reviews-${day()}.md`, exportBundleMarkdown(reviews, stamp()), "text/markdown")}>
                {t("optionsExportAllMarkdown")}
              </button>
            </>
          ) : null}
        </>
      ) : null}
      {quarantined.length > 0 ? (
        <>
          <h3>{t("optionsQuarantineHeading")}</h3>
          <p>{t("optionsQuarantineHelp")}</p>
          <ul class="quarantined">
            {quarantined.map((record) => (
              <li key={record.quarantineKey} data-quarantined={record.storageKey}>
                <code>{record.storageKey || record.quarantineKey}</code>: {record.error} {record.quarantinedAt ? `(${record.quarantinedAt})` : ""}{" "}
                <button type="button" onClick={() => downloadText("sourcelight-quarantined-record.json", JSON.stringify(record, null, 2), "application/json")}>
                  {t("optionsDownload")}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
