/**
 * The fact-checkers' review of the scanned article, below the report: progress, marks on every
 * claim and finding (filtered by mark), the editors' checklist, marks that lost their place,
 * exports and import. Marks are stored by the background, which anchors them in the page text.
 */
import { useEffect, useState } from "preact/hooks";
import { filterItems, progressLabel, reviewItems, reviewProgress, type MarkFilter } from "../../core/review/progress";
import type { Reply } from "../../protocol/reply";
import type { ReviewState, ReviewTargetRef } from "../../protocol/review-messages";
import { t } from "../../ui/i18n";
import { Checklist } from "./Checklist";
import { ExportBar } from "./ExportBar";
import { ImportBox } from "./ImportBox";
import { MarkEditor } from "./MarkEditor";
import { OrphanList } from "./OrphanList";
import type { ReviewApi } from "./review-api";
import { FILTER_WORDS } from "./status-words";
import { onReviewKey } from "./review-keys";

export interface ReviewPanelProps {
  api: ReviewApi;
  tabId: number;
  /** Changes with every scan, so the review is re-read (and its marks re-attached) after a rescan. */
  scannedAt: number;
  /** Scrolls the page to a claim and flashes it. */
  onReveal?(claimId: string): void;
}

const FILTERS = Object.keys(FILTER_WORDS) as MarkFilter[];

export function ReviewPanel({ api, tabId, scannedAt, onReveal }: ReviewPanelProps) {
  const [state, setState] = useState<ReviewState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState<MarkFilter>("all");
  const [view, setView] = useState<"marks" | "checklist">("marks");

  const apply = async (pending: Promise<Reply<ReviewState>>): Promise<boolean> => {
    const reply = await pending;
    if (reply.ok) setState(reply.value);
    setError(reply.ok ? null : reply.error);
    return reply.ok;
  };
  const reload = () => void apply(api.getReview(tabId));
  useEffect(reload, [tabId, scannedAt]);

  const ref = (type: ReviewTargetRef["type"], id: string): ReviewTargetRef => ({ type, id });
  const items = state ? filterItems(reviewItems(state.review), filter) : [];

  return (
    <section class="review" aria-labelledby="review-heading">
      <h2 id="review-heading">{t("reviewHeading")}</h2>
      {error ? <p class="review-error" role="alert">{error}</p> : null}
      {state ? (
        <>
          <p class="review-progress" data-review-progress>{progressLabel(reviewProgress(state.review))}</p>
          {state.corrupt ? <p class="review-error" role="alert">{t("reviewCorrupt", state.corrupt)}</p> : null}
          <div class="review-views" role="group">
            <button type="button" aria-pressed={view === "marks"} onClick={() => setView("marks")}>
              {t("reviewMarksView")}
            </button>
            <button type="button" aria-pressed={view === "checklist"} onClick={() => setView("checklist")}>
              {t("reviewChecklistView")}
            </button>
          </div>
          {view === "marks" ? (
            <>
              <label class="review-filter">
                {t("reviewFilter")}{" "}
                <select value={filter} onChange={(event) => setFilter((event.currentTarget as HTMLSelectElement).value as MarkFilter)}>
                  {FILTERS.map((option) => (
                    <option key={option} value={option}>
                      {t(FILTER_WORDS[option])}
                    </option>
                  ))}
                </select>
              </label>
              <ul
                class="review-items"
                aria-keyshortcuts="N P V D C"
                onKeyDown={(event) => onReviewKey(event, items, (ref, change) => void apply(api.setMark(tabId, ref, change)), onReveal)}
              >
                {items.map((item) => (
                  <MarkEditor
                    key={`${item.type}:${item.id}:${item.mark?.updatedAt ?? ""}`}
                    item={item}
                    onSave={(change) => apply(api.setMark(tabId, ref(item.type, item.id), change))}
                    onClear={() => apply(api.clearMark(tabId, ref(item.type, item.id)))}
                    current={state.cursor?.type === item.type && state.cursor.id === item.id}
                  />
                ))}
              </ul>
            </>
          ) : (
            <Checklist review={state.review} />
          )}
          <OrphanList orphans={state.orphans} />
          <ExportBar review={state.review} />
        </>
      ) : null}
      <ImportBox api={api} onChanged={reload} />
    </section>
  );
}
