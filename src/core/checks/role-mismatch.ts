/**
 * role-mismatch: a person given a title the registry says they did not hold on the claim's date,
 * or on the publication date when the claim has none ("Defense Minister Mykhailo Fedorov" in an
 * article dated before 14 January 2026). Titles the registry does not list are left alone: an
 * incomplete registry must not produce accusations. A title after the role ended is only a note:
 * former officials keep courtesy titles.
 */
import { dayPeriod, describePeriod, disjoint, periodOfValue, type Period } from "../dates/calendar";
import { attributionPeriod, type Analysis, type Draft } from "./context";
import { nameOffset, rolePeriod, titleBeforeName } from "./roles";

export const ROLE_MISMATCH = "role-mismatch";

export function roleMismatchFindings(analysis: Analysis): Draft[] {
  const drafts: Draft[] = [];
  for (const claim of analysis.claims) {
    if (!claim.source || claim.registry?.kind !== "person") continue;
    const entry = analysis.registry.byId(claim.registry.id);
    if (!entry) continue;
    const at = nameOffset(analysis.text, claim.source, entry);
    const title = at === -1 ? null : titleBeforeName(analysis.text, entry, at);
    if (!title || title.qualified || title.roles.length === 0 || hypothetical(analysis.text, title.span.start)) continue;
    const dated = attributionPeriod(analysis, claim);
    const when: { period: Period; label: string } | null =
      dated && dated.granularity !== "year" && dated.granularity !== "season"
        ? { period: dated, label: `on the claim's date, ${describePeriod(dated)}` }
        : analysis.dates.published
          ? { period: dayPeriod(analysis.dates.published), label: `when the article was published, ${describePeriod(dayPeriod(analysis.dates.published))}` }
          : null;
    if (!when) continue;
    if (title.roles.some((role) => !disjoint(rolePeriod(role), when.period))) continue;
    if (drafts.some((d) => d.spans[0]!.start === title.span.start)) continue;
    // Before the role began the title is an anachronism; after it ended it may be the courtesy
    // title former officials keep ("Secretary Clinton"), so that is only worth a note.
    const early = title.roles.every((role) => when.period.end < rolePeriod(role).start);
    drafts.push({
      kind: ROLE_MISMATCH,
      severity: early ? "warning" : "info",
      message: `${entry.name} is called ${title.span.text} here, but the registry says ${heldText(title.roles)}, not ${when.label}.`,
      claimIds: [claim.id],
      spans: [title.span, ...(dated ? [dated.span] : [])],
    });
  }
  return drafts;
}

/** "a President Trump would …": a title in a hypothetical is not a claim about the present. */
function hypothetical(text: string, titleStart: number): boolean {
  return /\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, titleStart - 4), titleStart));
}

function heldText(roles: readonly { title: string; from: string; to: string | null }[]): string {
  const parts = roles.map((role) => {
    const from = describePeriod(periodOfValue(role.from));
    return role.to ? `${role.title} from ${from} to ${describePeriod(periodOfValue(role.to))}` : `${role.title} from ${from}`;
  });
  return `the title was held as ${parts.join("; ")}`;
}
