/** Marks that could not be placed on this version of the page: shown apart, never on a guess. */
import type { ReviewState } from "../../protocol/review-messages";
import { t, type MessageName } from "../../ui/i18n";
import { clip, markQuote } from "./item-label";
import { STATUS_WORDS } from "./status-words";

const CAUSE_WORDS: Record<ReviewState["orphans"][number]["cause"], MessageName> = {
  "not-found": "reviewOrphanNotFound",
  ambiguous: "reviewOrphanAmbiguous",
  "low-confidence": "reviewOrphanLowConfidence",
  "claim-changed": "reviewOrphanClaimChanged",
  "no-longer-reported": "reviewOrphanNoLongerReported",
  duplicate: "reviewOrphanDuplicate",
};

export function OrphanList({ orphans }: { orphans: ReviewState["orphans"] }) {
  if (orphans.length === 0) return null;
  return (
    <section class="orphans" aria-labelledby="orphans-heading">
      <h3 id="orphans-heading">{t("reviewOrphans", orphans.length)}</h3>
      <ul>
        {orphans.map(({ mark, cause }, index) => (
          <li key={index} class="orphan" data-orphan={cause}>
            <span class="mark-chip">{t(STATUS_WORDS[mark.status])}</span> <q>{clip(markQuote(mark), 120)}</q>{" "}
            <span class="orphan-cause">{t(CAUSE_WORDS[cause])}</span>
            {mark.note ? <span class="orphan-note"> — {mark.note}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
