/**
 * conflicting-dates: the same source and the same statement given two different dates in one
 * article ("Bloomberg reported on November 30 …" and later "Bloomberg's December 2 report …" with
 * the same content). Same statement means the contents share most of their words, or a figure.
 */
import { describePeriod, disjoint } from "../dates/calendar";
import type { Claim } from "../report";
import { attributionPeriod, sourceName, type Analysis, type Draft } from "./context";
import { figuresIn } from "./figures";
import { sharedStems, topicStems } from "./topic";

export const CONFLICTING_DATES = "conflicting-dates";

export function conflictingDatesFindings(analysis: Analysis): Draft[] {
  const dated = analysis.claims
    .map((claim) => ({ claim, period: attributionPeriod(analysis, claim) }))
    // Calendar days only: "last week" and "Saturday" may both be right for a source that repeats itself.
    .filter((d): d is { claim: Claim; period: NonNullable<typeof d.period> } => d.period !== null && d.period.granularity === "day" && !d.period.relative && !isWeekdayOnly(d.period.span.text));
  const drafts: Draft[] = [];
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      const a = dated[i]!;
      const b = dated[j]!;
      if (!sameSource(a.claim, b.claim) || !disjoint(a.period, b.period) || !sameStatement(analysis, a.claim, b.claim)) continue;
      const name = sourceName(a.claim) ?? "The source";
      drafts.push({
        kind: CONFLICTING_DATES,
        severity: "warning",
        message: `${name} is cited for the same statement as of ${describePeriod(a.period)} and as of ${describePeriod(b.period)}.`,
        claimIds: [a.claim.id, b.claim.id],
        spans: [a.period.span, b.period.span],
      });
    }
  }
  return drafts;
}

function isWeekdayOnly(words: string): boolean {
  return /^(?:on\s+)?(?:sun|mon|tues|wednes|thurs|fri|satur)day$/i.test(words.trim());
}

function sameSource(a: Claim, b: Claim): boolean {
  if (a.registry && b.registry) return a.registry.id === b.registry.id;
  const nameA = sourceName(a)?.toLowerCase().replace(/^the\s+/, "");
  const nameB = sourceName(b)?.toLowerCase().replace(/^the\s+/, "");
  return !!nameA && nameA === nameB && a.sourceType === "named";
}

function sameStatement(analysis: Analysis, a: Claim, b: Claim): boolean {
  if (!a.content || !b.content) return false;
  const figuresA = new Set(figuresIn(analysis.text, a.content).map((f) => f.text));
  if (figuresIn(analysis.text, b.content).some((f) => figuresA.has(f.text))) return true;
  const stemsA = topicStems(a.content.text);
  const stemsB = topicStems(b.content.text);
  const smaller = Math.min(stemsA.size, stemsB.size);
  return smaller >= 4 && sharedStems(stemsA, stemsB) >= 0.7 * smaller;
}
