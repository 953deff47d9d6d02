/**
 * date-mismatch: a source cited as of a date earlier than the period its own content, or the
 * figures presented beside it, refer to. "according to Bloomberg on November 30" beside "killed
 * 35,000 Russian soldiers in December": a report of 30 November cannot know December's figures.
 */
import { describePeriod, periodOfValue } from "../dates/calendar";
import type { TextPeriod } from "../dates/periods";
import type { TextRange } from "../dates/text-units";
import type { Claim, Span } from "../report";
import { attributionPeriod, claimsInSentence, contains, nameForMessage, overlaps, paragraphAt, periodsIn, sentenceAt, type Analysis, type Draft } from "./context";
import { figuresIn } from "./figures";
import { nameOffset, rolePeriod, titleBeforeName } from "./roles";
import { sharedStems, topicStems } from "./topic";

export const DATE_MISMATCH = "date-mismatch";

/** Prepositions that make a period a limit or a start, not the time the figures describe. */
const NOT_THE_PERIOD = new Set(["since", "by", "until", "before", "after", "through", "from"]);

export function dateMismatchFindings(analysis: Analysis): Draft[] {
  const drafts: Draft[] = [];
  for (const claim of analysis.claims) {
    const name = nameForMessage(claim);
    const cited = name ? attributionPeriod(analysis, claim) : null;
    if (!name || !cited || cited.granularity === "year" || cited.granularity === "season") continue;
    const later = laterPeriod(analysis, claim, cited);
    if (!later) continue;
    const role = lateRole(analysis, later.nearby, cited);
    const what = later.inContent ? "what it reports concerns" : "the figures beside it are for";
    const roleNote = role ? ` and ${role.note}` : "";
    drafts.push({
      kind: DATE_MISMATCH,
      severity: "warning",
      message: `${name} is cited as of ${describePeriod(cited)}, but ${what} ${describePeriod(later.period)}${roleNote}: check the date of the ${name} report.`,
      claimIds: [claim.id, ...later.claimIds, ...(role ? [role.claimId] : [])].filter((id, i, all) => all.indexOf(id) === i),
      spans: [cited.span, later.period.span, ...(role ? [role.span] : [])],
    });
  }
  return drafts;
}

interface LaterPeriod {
  period: TextPeriod;
  inContent: boolean;
  claimIds: string[];
  nearby: TextRange;
}

/** The first period after the citation date in the claim's content, or beside it in a sentence with figures on the same topic. */
function laterPeriod(analysis: Analysis, claim: Claim, cited: TextPeriod): LaterPeriod | null {
  const sentence = sentenceAt(analysis, claim.cue.start);
  const paragraph = paragraphAt(analysis, claim.cue.start);
  if (!sentence || !paragraph) return null;
  const nextParagraph = analysis.paragraphs.find((p) => p.start >= paragraph.end);
  const nearby = { start: sentence.start, end: (nextParagraph ?? paragraph).end };
  const topic = topicStems(claim.content?.text ?? analysis.text.slice(sentence.start, sentence.end));
  // A period outside the content counts only beside figures: a sentence with neither is not read for dates.
  const mayCount = (sentence: TextRange): boolean =>
    (claim.content !== null && overlaps(claim.content, sentence)) || figuresIn(analysis.text, sentence).length > 0;
  for (const period of periodsIn(analysis, nearby, mayCount)) {
    if (period === cited) continue;
    if (period.start <= cited.end || period.tense === "future" || NOT_THE_PERIOD.has(period.preposition ?? "")) continue;
    if (analysis.reference && period.start > analysis.reference) continue;
    // "today", "this summer", "last week": placed from the publication date, not from what the source knew.
    if (period.relative) continue;
    const inContent = claim.content !== null && contains(claim.content, period.span);
    const around = sentenceAt(analysis, period.span.start);
    if (!around) continue;
    if (!inContent) {
      if (figuresIn(analysis.text, around).length === 0) continue;
      if (sharedStems(topic, topicStems(analysis.text.slice(around.start, around.end))) < 2) continue;
      // A sentence with its own dated source speaks for itself.
      if (claimsInSentence(analysis, around).some((other) => other !== claim && attributionPeriod(analysis, other))) continue;
    }
    const claimIds = claimsInSentence(analysis, around).filter((other) => other !== claim).map((other) => other.id);
    return { period, inContent, claimIds, nearby };
  }
  return null;
}

/** A person quoted in the nearby under a title the registry says they took up only after the citation date. */
function lateRole(analysis: Analysis, nearby: TextRange, cited: TextPeriod): { note: string; span: Span; claimId: string } | null {
  const sentences = analysis.sentences.filter((s) => s.start >= nearby.start && s.end <= nearby.end);
  for (const claim of sentences.flatMap((sentence) => claimsInSentence(analysis, sentence))) {
    if (!claim.source || !claim.registry || claim.registry.kind !== "person" || !contains(nearby, claim.source)) continue;
    const entry = analysis.registry.byId(claim.registry.id);
    if (!entry) continue;
    const at = nameOffset(analysis.text, claim.source, entry);
    const title = at === -1 ? null : titleBeforeName(analysis.text, entry, at);
    if (!title || title.qualified || title.roles.length === 0) continue;
    const first = [...title.roles].sort((a, b) => a.from.localeCompare(b.from))[0]!;
    if (rolePeriod(first).start <= cited.end) continue;
    const from = periodOfValue(first.from);
    const when = `${from.granularity === "day" ? "on" : "in"} ${describePeriod(from)}`;
    return { note: `${entry.name}, quoted beside it as ${title.span.text}, took that office only ${when}`, span: title.span, claimId: claim.id };
  }
  return null;
}
