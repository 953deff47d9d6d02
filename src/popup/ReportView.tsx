/** A scanned tab's report: the article, its findings, and its claims grouped by source. */
import { useMemo, useState } from "preact/hooks";
import type { Claim, Finding } from "../core/report";
import { visibleFindings } from "../options/settings-schema";
import type { TabState } from "../protocol/messages";
import type { PopupApi } from "./api";
import { ArticleHeader } from "./ArticleHeader";
import { FilterBar } from "./FilterBar";
import { filterFindings, filterGroups, NO_FILTER, type ListFilter } from "./filter";
import { findingsBySeverity, groupClaimsBySource, sourcingSummary } from "./group-claims";
import { count, t, type MessageName } from "../ui/i18n";
import { moveFocus } from "./list-keys";
import { useSourceDetails } from "./source-details";
import { SourceItem } from "./SourceItem";

export interface ReportViewProps {
  state: TabState;
  api: PopupApi;
  /** Finding kinds turned off in the options. */
  hiddenKinds: string[];
  onRescan(): void;
  onToggleHighlights(visible: boolean): void;
  onReveal(claimId: string): void;
}

const SEVERITY_LABEL: Record<Finding["severity"], MessageName> = {
  info: "severityInfo",
  warning: "severityWarning",
  error: "severityError",
};

export function ReportView({ state, api, hiddenKinds, onRescan, onToggleHighlights, onReveal }: ReportViewProps) {
  const { report } = state;
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const details = useSourceDetails(api, report);
  const allFindings = useMemo(() => findingsBySeverity({ ...report, findings: visibleFindings(report.findings, { hiddenKinds }) }), [report, hiddenKinds]);
  const allGroups = useMemo(() => groupClaimsBySource(report), [report]);
  const findings = filterFindings(allFindings, filter);
  const groups = filterGroups(allGroups, allFindings, filter);
  const shownClaims = groups.reduce((sum, group) => sum + group.claims.length, 0);
  const kinds = [...new Set(allFindings.map((finding) => finding.kind))].sort();
  const claimsById = new Map(report.claims.map((claim) => [claim.id, claim]));
  const summary = sourcingSummary(report);
  const filtering = filter !== NO_FILTER && (filter.query.trim() !== "" || filter.kind !== "all" || filter.severity !== "all");
  return (
    <div class="report" onKeyDown={(event) => moveFocus(event, event.currentTarget as HTMLElement)}>
      <section class="article">
        <ArticleHeader report={report} publisher={state.publisher ?? null} />
        <p class="counts">
          <span data-count="claims">{count(report.claims.length, "countClaimsOne", "countClaimsMany")}</span> ·{" "}
          <span data-count="sources">{count(allGroups.length, "countSourcesOne", "countSourcesMany")}</span> ·{" "}
          <span data-count="findings">{count(allFindings.length, "countFindingsOne", "countFindingsMany")}</span>
        </p>
        {report.claims.length > 0 ? (
          <ul class="summary" aria-label={t("summaryLabel")}>
            <SummaryChip count={summary.named} label="summaryNamed" kind="named" />
            <SummaryChip count={summary.described} label="summaryDescribed" kind="described" />
            <SummaryChip count={summary.vague} label="summaryVague" kind="vague" />
            <SummaryChip count={summary.unattributed} label="summaryUnattributed" kind="none" />
            <SummaryChip count={summary.secondHand} label="summarySecondHand" kind="via" />
          </ul>
        ) : null}
        {hiddenKinds.length > 0 && report.findings.length > allFindings.length ? (
          <p class="hidden-kinds">{t("popupHiddenKinds", hiddenKinds.length)}</p>
        ) : null}
        <div class="actions">
          <label class="toggle">
            <input
              type="checkbox"
              checked={state.highlightsVisible}
              onChange={(event) => onToggleHighlights((event.currentTarget as HTMLInputElement).checked)}
            />{" "}
            {t("popupHighlights")}
          </label>
          <button type="button" onClick={onRescan}>
            {t("popupScanAgain")}
          </button>
        </div>
      </section>
      {state.articleFound === false ? (
        <p class="status empty no-article">{t("popupNoArticle")}</p>
      ) : report.claims.length === 0 ? (
        <p class="status empty">{t("popupNoClaims")}</p>
      ) : (
        <FilterBar filter={filter} kinds={kinds} onChange={setFilter} />
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {filtering ? t("popupShownOf", findings.length, allFindings.length, shownClaims, report.claims.length) : ""}
      </p>
      {filtering && findings.length === 0 && groups.length === 0 ? <p class="status no-matches">{t("popupNoMatches")}</p> : null}
      {findings.length > 0 ? (
        <section class="findings" aria-labelledby="findings-heading">
          <h2 id="findings-heading">{t("popupFindings")}</h2>
          <ul>
            {findings.map((finding) => (
              <FindingItem key={finding.id} finding={finding} claimsById={claimsById} onReveal={onReveal} />
            ))}
          </ul>
        </section>
      ) : null}
      {groups.length > 0 ? (
        <section class="sources" aria-labelledby="sources-heading">
          <h2 id="sources-heading">{t("popupSources")}</h2>
          <ul>
            {groups.map((group) => (
              <SourceItem key={group.key} group={group} report={report} details={details} onReveal={onReveal} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function SummaryChip({ count: n, label, kind }: { count: number; label: MessageName; kind: string }) {
  return n > 0 ? (
    <li class={`chip chip-${kind}`} data-summary={kind}>
      {t(label, n)}
    </li>
  ) : null;
}

function FindingItem({ finding, claimsById, onReveal }: { finding: Finding; claimsById: Map<string, Claim>; onReveal(id: string): void }) {
  const first = finding.claimIds.find((id) => claimsById.has(id));
  const evidence = [...new Set(finding.spans.map((span) => span.text.trim()).filter(Boolean))].slice(0, 3);
  return (
    <li class={`finding severity-${finding.severity}`} data-finding={finding.kind}>
      <span class="severity">{t(SEVERITY_LABEL[finding.severity])}</span> <span class="message">{finding.message}</span>
      {evidence.length > 0 ? (
        <span class="evidence">
          {t("popupEvidence")}{" "}
          {evidence.map((text, i) => (
            <q key={i}>{text.length > 120 ? `${text.slice(0, 119)}…` : text}</q>
          ))}
        </span>
      ) : null}
      {first ? (
        <button type="button" class="link" onClick={() => onReveal(first)}>
          {t("popupShowInPage")}
        </button>
      ) : null}
    </li>
  );
}
