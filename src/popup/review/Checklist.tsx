/**
 * The editors' pre-publication checklist: every finding to resolve and every claim with a vague,
 * described-but-unnamed or missing source to justify, each ticked off once it has a verdict mark.
 */
import type { ArticleReview } from "../../core/review/model";
import { isReviewed, reviewItems, type ReviewItem } from "../../core/review/progress";
import { t } from "../../ui/i18n";
import { itemLabel } from "./item-label";
import { STATUS_WORDS } from "./status-words";

const UNNAMED = new Set(["vague", "nominal", "none"]);

export function checklistItems(review: ArticleReview): ReviewItem[] {
  return reviewItems(review).filter((item) => item.type === "finding" || UNNAMED.has(item.claim.sourceType));
}

export function Checklist({ review }: { review: ArticleReview }) {
  const items = checklistItems(review);
  const done = items.filter((item) => isReviewed(item.mark)).length;
  return (
    <section class="checklist" aria-labelledby="checklist-heading">
      <h3 id="checklist-heading">{t("reviewChecklistProgress", done, items.length)}</h3>
      {items.length === 0 ? <p>{t("reviewChecklistEmpty")}</p> : null}
      <ul>
        {items.map((item) => {
          const ticked = isReviewed(item.mark);
          return (
            <li key={`${item.type}:${item.id}`} class={ticked ? "done" : "todo"} data-checklist={`${item.type}:${item.id}`} data-done={String(ticked)}>
              <span aria-hidden="true">{ticked ? "☑" : "☐"}</span>{" "}
              <span class="checklist-task">{t(item.type === "finding" ? "reviewChecklistResolve" : "reviewChecklistJustify")}</span>{" "}
              <span class="review-label">{itemLabel(item)}</span>
              {item.mark ? <span class="mark-chip"> ({t(STATUS_WORDS[item.mark.status])}{item.mark.reason ? `: ${item.mark.reason}` : ""})</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
