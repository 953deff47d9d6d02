/** A scanned tab's report: the article, its findings, and its claims grouped by source. */
import type { Claim, Finding } from "../core/report";
import type { TabState } from "../protocol/messages";
import { findingsBySeverity, groupClaimsBySource, sourcingSummary, type SourceGroup } from "./group-claims";
import { moveFocus } from "./list-keys";

export interface ReportViewProps {
  state: TabState;
  onRescan(): void;
  onToggleHighlights(visible: boolean): void;
  onReveal(claimId: string): void;
}

const SOURCE_TYPE_LABEL: Record<Claim["sourceType"], string> = {
  named: "named source",
  nominal: "described source",
  pronoun: "pronoun",
  vague: "vague source",
  none: "no source",
};

export function ReportView({ state, onRescan, onToggleHighlights, onReveal }: ReportViewProps) {
  const { report } = state;
  const findings = findingsBySeverity(report);
  const groups = groupClaimsBySource(report);
  const claimsById = new Map(report.claims.map((claim) => [claim.id, claim]));
  const summary = sourcingSummary(report);
  return (
    <div class="report" onKeyDown={(event) => moveFocus(event, event.currentTarget as HTMLElement)}>
      <section class="article" aria-label="Article">
        <h1 class="title">{report.article.title ?? "Untitled page"}</h1>
        <p class="published">
          {report.article.published ? (
            <>
              Published <time dateTime={report.article.published}>{report.article.published}</time>
              {report.article.publishedFrom ? <span class="from"> (from {report.article.publishedFrom})</span> : null}
            </>
          ) : (
            "No publication date found"
          )}
        </p>
        <p class="counts">
          <span data-count="claims">{plural(report.claims.length, "claim")}</span> ·{" "}
          <span data-count="sources">{plural(groups.length, "source")}</span> ·{" "}
          <span data-count="findings">{plural(report.findings.length, "finding")}</span>
        </p>
        {report.claims.length > 0 ? (
          <ul class="summary" aria-label="How the claims are sourced">
            <SummaryChip count={summary.named} label="named" kind="named" />
            <SummaryChip count={summary.described} label="described" kind="described" />
            <SummaryChip count={summary.vague} label="vague" kind="vague" />
            <SummaryChip count={summary.unattributed} label="unattributed" kind="none" />
            <SummaryChip count={summary.secondHand} label="second-hand" kind="via" />
          </ul>
        ) : null}
        <div class="actions">
          <label class="toggle">
            <input
              type="checkbox"
              checked={state.highlightsVisible}
              onChange={(event) => onToggleHighlights((event.currentTarget as HTMLInputElement).checked)}
            />{" "}
            Highlights in the page
          </label>
          <button type="button" onClick={onRescan}>Scan again</button>
        </div>
      </section>
      {report.claims.length === 0 ? (
        <p class="status empty">No attributed claims found in this article.</p>
      ) : null}
      {findings.length > 0 ? (
        <section class="findings" aria-label="Findings">
          <h2>Findings</h2>
          <ul>
            {findings.map((finding) => (
              <FindingItem key={finding.id} finding={finding} claimsById={claimsById} onReveal={onReveal} />
            ))}
          </ul>
        </section>
      ) : null}
      {groups.length > 0 ? (
        <section class="sources" aria-label="Sources">
          <h2>Sources</h2>
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

function SummaryChip({ count, label, kind }: { count: number; label: string; kind: string }) {
  return count > 0 ? (
    <li class={`chip chip-${kind}`} data-summary={kind}>
      {count} {label}
    </li>
  ) : null;
}

function FindingItem({ finding, claimsById, onReveal }: { finding: Finding; claimsById: Map<string, Claim>; onReveal(id: string): void }) {
  const first = finding.claimIds.find((id) => claimsById.has(id));
  return (
    <li class={`finding severity-${finding.severity}`} data-finding={finding.kind}>
      <span class="severity">{finding.severity}</span> <span class="message">{finding.message}</span>
      {first ? (
        <button type="button" class="link" onClick={() => onReveal(first)}>
          Show in page
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
        <span class={`kind${group.kind ? "" : " unknown"}`}>{group.kind ?? `not in registry · ${SOURCE_TYPE_LABEL[group.sourceType]}`}</span>
        {group.findingCount > 0 ? <span class="badge">{plural(group.findingCount, "finding")}</span> : null}
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

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
