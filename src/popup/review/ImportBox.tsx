/**
 * Importing a review export: the background validates and merges it; marks that differ from the
 * stored ones come back as conflicts, shown with both versions until the user picks one.
 */
import { useState } from "preact/hooks";
import type { Mark } from "../../core/review/model";
import type { ImportSummaryMessage, MarkConflictMessage } from "../../protocol/review-messages";
import { t } from "../../ui/i18n";
import { clip, markQuote } from "./item-label";
import type { ReviewApi } from "./review-api";
import { STATUS_WORDS } from "./status-words";

export function ImportBox({ api, onChanged }: { api: ReviewApi; onChanged(): void }) {
  const [summary, setSummary] = useState<ImportSummaryMessage | null>(null);
  const [conflicts, setConflicts] = useState<MarkConflictMessage[]>([]);
  const [error, setError] = useState<string | null>(null);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    const reply = await api.importReviews(await file.text());
    if (!reply.ok) {
      setSummary(null);
      return setError(reply.error);
    }
    setError(null);
    setSummary(reply.value);
    setConflicts(reply.value.conflicts);
    onChanged();
  };

  const resolve = async (conflict: MarkConflictMessage, keep: "stored" | "incoming") => {
    const reply = await api.resolveConflict(conflict, keep);
    if (!reply.ok) return setError(reply.error);
    setConflicts((current) => current.filter((c) => c !== conflict));
    onChanged();
  };

  return (
    <div class="review-import">
      <label>
        {t("reviewImport")} <input type="file" accept=".json,application/json" onChange={(event) => void importFile(event.currentTarget as HTMLInputElement)} />
      </label>
      {error ? <p class="review-error" role="alert" data-import-error>{t("reviewImportFailed", error)}</p> : null}
      {summary ? (
        <p role="status" data-import-summary>
          {t("reviewImported", summary.reviews, summary.added, summary.unchanged, summary.conflicts.length)}
          {summary.errors.map((problem) => ` ${problem}`).join("")}
        </p>
      ) : null}
      {conflicts.length > 0 ? (
        <ul class="conflicts">
          {conflicts.map((conflict) => (
            <li key={`${conflict.key}|${conflict.markKey}`} class="conflict" data-conflict>
              <q>{clip(markQuote(conflict.stored), 100)}</q>
              <MarkVersion heading={t("reviewConflictStored")} mark={conflict.stored} />
              <MarkVersion heading={t("reviewConflictIncoming")} mark={conflict.incoming} />
              <button type="button" data-keep="stored" onClick={() => void resolve(conflict, "stored")}>
                {t("reviewKeepStored")}
              </button>{" "}
              <button type="button" data-keep="incoming" onClick={() => void resolve(conflict, "incoming")}>
                {t("reviewKeepIncoming")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function MarkVersion({ heading, mark }: { heading: string; mark: Mark }) {
  return (
    <div class="mark-version">
      <strong>{heading}</strong> {t(STATUS_WORDS[mark.status])}
      {mark.reason ? ` (${mark.reason})` : ""}
      {mark.note ? ` — ${mark.note}` : ""}
    </div>
  );
}
