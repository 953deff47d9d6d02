/**
 * The inconsistency checks: each kind lives in its own file; this runs them all, drops findings
 * that another says better, and gives each a stable id (its kind and where its evidence starts).
 */
import type { Finding } from "../report";
import { assumedDateFindings } from "./assumed-date";
import { conflictingDatesFindings } from "./conflicting-dates";
import { analyseText, overlaps, type CheckContext, type Draft } from "./context";
import { dateMismatchFindings } from "./date-mismatch";
import { futureDateFindings } from "./future-date";
import { roleMismatchFindings } from "./role-mismatch";
import { SECONDHAND_SOURCE, secondhandSourceFindings } from "./secondhand-source";
import { undefinedAcronymFindings } from "./undefined-acronym";
import { unattributedFigureFindings } from "./unattributed-figure";
import { unknownSourceFindings } from "./unknown-source";
import { VAGUE_SOURCE, vagueSourceFindings } from "./vague-source";
import { weekdayMismatchFindings } from "./weekday-mismatch";

export type { CheckContext } from "./context";
// The first version's entry points, kept so that callers written against it still work.
export { resolveArticleDates as resolvePublication } from "../dates/publication";
export { resolveClaimDate } from "../dates/claim-date";

const CHECKS = [
  assumedDateFindings, dateMismatchFindings, futureDateFindings, weekdayMismatchFindings, conflictingDatesFindings,
  roleMismatchFindings, secondhandSourceFindings, vagueSourceFindings, unattributedFigureFindings,
  undefinedAcronymFindings, unknownSourceFindings,
];
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function runChecks(context: CheckContext): Finding[] {
  const analysis = analyseText(context);
  const drafts = CHECKS.flatMap((check) => check(analysis));
  return assignIds(withoutDuplicates(drafts));
}

/** A vague source that is the relayed end of a second-hand finding is already explained there. */
function withoutDuplicates(drafts: Draft[]): Draft[] {
  const relayed = drafts.filter((d) => d.kind === SECONDHAND_SOURCE).map((d) => d.spans[0]!);
  return drafts.filter((d) => d.kind !== VAGUE_SOURCE || !relayed.some((span) => overlaps(span, d.spans[0]!)));
}

function assignIds(drafts: Draft[]): Finding[] {
  const anchor = (d: Draft): number => d.spans[0]?.start ?? -1;
  const sorted = [...drafts].sort(
    (a, b) => anchor(a) - anchor(b) || a.kind.localeCompare(b.kind) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.message.localeCompare(b.message),
  );
  const used = new Set<string>();
  return sorted.map((draft) => {
    const base = `${draft.kind}-${anchor(draft) < 0 ? "article" : anchor(draft)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { id, ...draft };
  });
}
