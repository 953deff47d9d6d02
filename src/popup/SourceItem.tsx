/** One source and its claims: registry kind, country and description; for people, the role on each claim's date. */
import type { Claim, Report } from "../core/report";
import type { SourceDetails } from "../protocol/registry-messages";
import type { SourceGroup } from "./group-claims";
import { count, t, type MessageName } from "../ui/i18n";
import { detailsKey, roleDate } from "./source-details";

const SOURCE_TYPE_LABEL: Record<Claim["sourceType"], MessageName> = {
  named: "sourceTypeNamed",
  nominal: "sourceTypeNominal",
  pronoun: "sourceTypePronoun",
  vague: "sourceTypeVague",
  none: "sourceTypeNone",
};

export interface SourceItemProps {
  group: SourceGroup;
  report: Report;
  details: Map<string, SourceDetails>;
  onReveal(id: string): void;
}

export function SourceItem({ group, report, details, onReveal }: SourceItemProps) {
  const entry = group.registryId ? details.get(group.registryId) : undefined;
  return (
    <li class="source" data-source={group.registryId ?? group.key}>
      <div class="source-head">
        <span class="source-name">{group.name}</span>
        <span class={`kind${group.kind ? "" : " unknown"}`}>{group.kind ?? t("popupNotInRegistry", t(SOURCE_TYPE_LABEL[group.sourceType]))}</span>
        {entry ? <span class="country">{entry.country ? t("popupCountry", entry.country) : t("popupInternational")}</span> : null}
        {entry && entry.layer !== "bundled" ? <span class="layer">{t(entry.layer === "user" ? "popupLayerUser" : "popupLayerTeam")}</span> : null}
        {group.findingCount > 0 ? <span class="badge">{count(group.findingCount, "countFindingsOne", "countFindingsMany")}</span> : null}
      </div>
      {entry?.description ? <p class="description">{entry.description}</p> : null}
      <ul class="claims">
        {group.claims.map((claim) => (
          <li key={claim.id}>
            <button type="button" class="claim" data-claim={claim.id} title={t("popupRevealClaim")} onClick={() => onReveal(claim.id)}>
              <span class="cue">{claim.cue.text}</span>
              {claim.date ? <span class="date"> · {claim.date.value}</span> : null}
              {entry?.kind === "person" ? <RoleLine claim={claim} report={report} details={details} /> : null}
              {claim.content ? <span class="content">{clip(claim.content.text, 140)}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
}

function RoleLine({ claim, report, details }: { claim: Claim; report: Report; details: Map<string, SourceDetails> }) {
  const on = roleDate(claim, report);
  if (!claim.registry || !on) return null;
  const found = details.get(detailsKey(claim.registry.id, on));
  if (!found) return null;
  return (
    <span class="role" data-role-on={on}>
      {found.role ? t("popupRoleOn", found.role.title, found.role.organisation, on) : t("popupNoRoleOn", on)}
    </span>
  );
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
