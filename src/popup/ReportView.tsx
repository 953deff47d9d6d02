/** A scanned tab's report: the article, its findings, and its claims grouped by source. */
import type { Claim, Finding } from "../core/report";
import type { TabState } from "../protocol/messages";
import { findingsBySeverity, groupClaimsBySource, sourcingSummary, type SourceGroup } from "./group-claims";
import { count, t, type MessageName } from "./i18n";
import { moveFocus } from "./list-keys";

export interface ReportViewProps {
  state: TabState;
  onRescan(): void;
  onToggleHighlights(visible: boolean): void;
  onReveal(claimId: string): void;
}

const SOURCE_TYPE_LABEL: Record<Claim["sourceType"], MessageName> = {
  named: "sourceTypeNamed",
  nominal: "sourceTypeNominal",
  pronoun: "sourceTypePronoun",
  vague: "sourceTypeVague",
  none: "sourceTypeNone",
};

const SEVERITY_LABEL: Record<Finding["severity"], MessageName> = {
  info: "severityInfo",
  warning: "severityWarning",
  error: "severityError",
};

export function ReportView({ state, onRescan, onToggleHighlights, onReveal }: ReportViewProps) {
  const { report } = state;
  const findings = findingsBySeverity(report);
  const groups = groupClaimsBySource(report);
  const claimsById = new Map(report.claims.map((claim) => [claim.id, claim]));
  const summary = sourcingSummary(report);
  return (
    <div class="report" onKeyDown={(event) => moveFocus(event, event.currentTarget as HTMLElement)}>
      <section class="article">
        <h1 class="title">{report.article.title ?? t("popupUntitled")}</h1>
        <p class="published">
          {report.article.published ? (
            <>
              {t("popupPublished")} <time dateTime={report.article.published}>{report.article.published}</time>
              {report.article.publishedFrom ? <span class="from"> {t("popupPublishedFrom", report.article.publishedFrom)}</span> : null}
            </>
          ) : (
            t("popupNoDate")
          )}
        </p>
        <p class="counts">
          <span data-count="claims">{count(report.claims.length, "countClaimsOne", "countClaimsMany")}</span> ·{" "}
          <span data-count="sources">{count(groups.length, "countSourcesOne", "countSourcesMany")}</span> ·{" "}
          <span data-count="findings">{count(report.findings.length, "countFindingsOne", "countFindingsMany")}</span>
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
      {report.claims.length === 0 ? <p class="status empty">{t("popupNoClaims")}</p> : null}
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
              <SourceItem key={group.key} group={group} onReveal={onReveal} />
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
  return (
    <li class={`finding severity-${finding.severity}`} data-finding={finding.kind}>
      <span class="severity">{t(SEVERITY_LABEL[finding.severity])}</span> <span class="message">{finding.message}</span>
      {first ? (
        <button type="button" class="link" onClick={() => onReveal(first)}>
          {t("popupShowInPage")}
        </button>
      ) : null}
    </li>
  );
}

function SourceItem({ group, onReveal }: { group: SourceGroup; onReveal(id: string): void }) {
  return (
    <li class="source" data-source={group.registryId ?? group.key}>
      <div class="source-head">
        <span class="source-name">{group.name}</span>
        <span class={`kind${group.kind ? "" : " unknown"}`}>{group.kind ?? t("popupNotInRegistry", t(SOURCE_TYPE_LABEL[group.sourceType]))}</span>
        {group.findingCount > 0 ? <span class="badge">{count(group.findingCount, "countFindingsOne", "countFindingsMany")}</span> : null}
      </div>
      <ul class="claims">
        {group.claims.map((claim) => (
          <li key={claim.id}>
            <button type="button" class="claim" data-claim={claim.id} onClick={() => onReveal(claim.id)}>
              <span class="cue">{claim.cue.text}</span>
              {claim.date ? <span class="date"> · {claim.date.value}</span> : null}
              {claim.content ? <span class="content">{clip(claim.content.text, 140)}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
