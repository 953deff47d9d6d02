/** One claim or finding in the review list: its current mark, and a form to set or clear it. */
import { useEffect, useRef, useState } from "preact/hooks";
import { MARK_STATUSES, type MarkStatus } from "../../core/review/model";
import type { ReviewItem } from "../../core/review/progress";
import { t } from "../../ui/i18n";
import { itemLabel } from "./item-label";
import type { MarkChange } from "./review-api";
import { STATUS_WORDS } from "./status-words";

export interface MarkEditorProps {
  item: ReviewItem;
  /** Resolves to true once the change is stored. */
  onSave(change: MarkChange): Promise<boolean>;
  onClear(): Promise<boolean>;
  /** The item the page's next/previous shortcuts last showed: opened and focused. */
  current?: boolean;
}

export function MarkEditor({ item, onSave, onClear, current = false }: MarkEditorProps) {
  const summary = useRef<HTMLElement>(null);
  useEffect(() => {
    if (current) summary.current?.focus();
  }, [current]);
  const [status, setStatus] = useState<MarkStatus>(item.mark?.status ?? "verified");
  const [reason, setReason] = useState(item.mark?.reason ?? "");
  const [note, setNote] = useState(item.mark?.note ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const needsReason = status === "dismissed" && reason.trim() === "";

  const save = async () => {
    if (needsReason) return setProblem(t("reviewReasonRequired"));
    setProblem(null);
    await onSave({ status, reason: reason.trim() ? reason : null, note });
  };

  return (
    <li class={`review-item review-${item.type}`} data-review-item={`${item.type}:${item.id}`} data-mark={item.mark?.status ?? "none"}>
      <details open={current}>
        <summary ref={summary}>
          <span class={`mark-chip mark-${item.mark?.status ?? "none"}`}>{item.mark ? t(STATUS_WORDS[item.mark.status]) : t("reviewUnmarked")}</span>{" "}
          <span class="review-label">{itemLabel(item)}</span>
        </summary>
        <div class="mark-form">
          <div class="mark-statuses" role="radiogroup" aria-label={t("reviewStatusLabel")}>
            {MARK_STATUSES.map((option) => (
              <button key={option} type="button" role="radio" aria-checked={status === option} data-status={option} onClick={() => setStatus(option)}>
                {t(STATUS_WORDS[option])}
              </button>
            ))}
          </div>
          {status === "dismissed" ? (
            <label class="mark-reason">
              {t("reviewReason")} <input type="text" value={reason} onInput={(event) => setReason((event.currentTarget as HTMLInputElement).value)} />
            </label>
          ) : null}
          <label class="mark-note">
            {t("reviewNote")} <textarea rows={2} value={note} onInput={(event) => setNote((event.currentTarget as HTMLTextAreaElement).value)} />
          </label>
          {problem ? <p class="review-error" role="alert">{problem}</p> : null}
          <div class="mark-buttons">
            <button type="button" class="primary" onClick={() => void save()}>
              {t("reviewSave")}
            </button>
            {item.mark ? (
              <button type="button" onClick={() => void onClear()}>
                {t("reviewClear")}
              </button>
            ) : null}
          </div>
        </div>
      </details>
    </li>
  );
}
