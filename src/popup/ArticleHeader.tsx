/** The scanned article: title, publisher, publication date and where that date came from. */
import type { Report } from "../core/report";
import { t } from "../ui/i18n";

export function ArticleHeader({ report, publisher }: { report: Report; publisher: string | null }) {
  const { article } = report;
  return (
    <>
      <h1 class="title">{article.title ?? t("popupUntitled")}</h1>
      {publisher ? <p class="publisher">{t("popupPublisher", publisher)}</p> : null}
      <p class="published">
        {article.published ? (
          <>
            {t("popupPublished")} <time dateTime={article.published}>{article.published}</time>
            {article.publishedFrom ? <span class="from"> {t("popupPublishedFrom", article.publishedFrom)}</span> : null}
          </>
        ) : (
          t("popupNoDate")
        )}
      </p>
    </>
  );
}
