/** Exports of the article's review, each a download the user asks for. */
import { exportReviewAnnotations } from "../../core/review/export-annotation";
import { exportClaimReviews } from "../../core/review/export-claimreview";
import { exportReviewCsv } from "../../core/review/export-csv";
import { exportReviewJson } from "../../core/review/export-json";
import { exportReviewMarkdown } from "../../core/review/export-markdown";
import type { ArticleReview } from "../../core/review/model";
import { t, type MessageName } from "../../ui/i18n";
import { downloadText, exportFileName } from "./download";

interface ExportFormat {
  id: string;
  label: MessageName;
  suffix: string;
  type: string;
  render(review: ArticleReview, now: string): string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: "markdown", label: "reviewExportMarkdown", suffix: ".md", type: "text/markdown", render: (review) => exportReviewMarkdown(review) },
  { id: "csv", label: "reviewExportCsv", suffix: ".csv", type: "text/csv", render: (review) => exportReviewCsv(review) },
  { id: "json", label: "reviewExportJson", suffix: ".json", type: "application/json", render: exportReviewJson },
  { id: "annotations", label: "reviewExportAnnotations", suffix: ".annotations.jsonld", type: "application/ld+json", render: (review) => exportReviewAnnotations(review) },
  { id: "claimreview", label: "reviewExportClaimReview", suffix: ".claimreview.jsonld", type: "application/ld+json", render: (review) => exportClaimReviews(review) },
];

export function ExportBar({ review }: { review: ArticleReview }) {
  return (
    <div class="review-exports" role="group" aria-label={t("reviewExport")}>
      <span>{t("reviewExport")}</span>
      {EXPORT_FORMATS.map((format) => (
        <button
          key={format.id}
          type="button"
          data-export={format.id}
          onClick={() => downloadText(exportFileName(review.key, format.suffix), format.render(review, new Date().toISOString()), format.type)}
        >
          {t(format.label)}
        </button>
      ))}
    </div>
  );
}
