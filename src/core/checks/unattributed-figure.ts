/**
 * unattributed-figure: a statistic stated as fact with no source in its sentence or in a claim
 * around it. "a total of 627,900 cases reported" is the clearest case: the text itself says the
 * figure was reported, but not by whom. Other bare figures are information only: many are the
 * article's own arithmetic or common knowledge.
 */
import type { TextRange } from "../dates/text-units";
import { spanOf } from "../report";
import { claimsInSentence, claimsNear, contains, overlaps, paragraphAt, sentenceIndexAt, type Analysis, type Draft } from "./context";
import { figuresIn, type Figure } from "./figures";

export const UNATTRIBUTED_FIGURE = "unattributed-figure";

/** Words that attribute a figure in its own sentence, even when no claim was extracted. */
const SOURCED =
  /\b(?:according to|said|says|say|told|tells|wrote|writes|estimates?|estimated by|reported by|cited|citing|per the|data from|figures from|statistics from|poll|polls|polling|survey|study|census|report|reports|showed|shows|found|finds|analysis|projections?|forecasts?|tally|counted by|recorded by|published|released|announced|calculated|filings?|records)\b/i;
/** A participle saying the figure was reported, with no "by" after it: reported by whom? */
const AGENTLESS = /^[\w\s,-]{0,40}?\s(?:were |was |have been |has been |being )?(reported|recorded|documented|logged)\b(?!\s+by\b)(?=\s*(?:[,.;:)]|$|in\b|during\b|for\b|over\b|since\b|across\b|nationwide\b|so far\b|this\b|last\b|at\b|on\b|between\b|from\b))/i;
/** Words that name a source outright: these settle it even when the figure itself was "reported". */
const NAMED_SOURCE = /\b(?:according to|said|says|told|citing|cited|data from|figures from|statistics from|per the|reported by|recorded by)\b/i;
/** Plans, proposals and conditions: their figures are terms, not measurements that need a source. */
const HYPOTHETICAL = /\b(?:you|your|would|will|could|should|might|wants?|plans?|proposals?|proposed|proposes|aims?|goal|target|if|unless|cap|limit|threshold|requires?)\b|\?/i;
/** A threshold ("more than $25,000", "$200 or less") sets a bar rather than reporting a quantity. */
const THRESHOLD_BEFORE = /\b(?:more than|less than|fewer than|up to|at least|at most|above|below|under|over|exceeds?|exceeding|minimum|maximum)\s+(?:about\s+|nearly\s+)?$/i;
const THRESHOLD_AFTER = /^\s+or (?:less|more|fewer)\b/i;
/** How far back in its paragraph a sourced claim still covers a sentence. */
const MAX_SENTENCES_BACK = 12;
const BACK_REFERENCE = /^(?:this|that|these|those|the)\s+(?:figure|number|estimate|tally|total|count|assessment|data)\b|^(?:he|she|they|it)\b/i;

export function unattributedFigureFindings(analysis: Analysis): Draft[] {
  const drafts: Draft[] = [];
  for (const sentence of analysis.sentences) {
    const figures = figuresIn(analysis.text, sentence);
    if (figures.length === 0 || isAttributed(analysis, sentence)) continue;
    const body = analysis.text.slice(sentence.start, sentence.end);
    if (/["“”]/.test(body) || isFurniture(body)) continue;
    const agentless = NAMED_SOURCE.test(body) ? null : (figures.map((f) => agentlessReport(analysis, f, sentence)).find((span) => span !== null) ?? null);
    if (agentless) {
      drafts.push({
        kind: UNATTRIBUTED_FIGURE,
        severity: "warning",
        message: `“${agentless.text}”: the article does not say who reported this figure.`,
        claimIds: claimsInSentence(analysis, sentence).map((claim) => claim.id),
        spans: [agentless],
      });
      continue;
    }
    if (SOURCED.test(body) || HYPOTHETICAL.test(body) || BACK_REFERENCE.test(body) || followsClaim(analysis, sentence)) continue;
    const measured = figures.find((f) => !isThreshold(analysis.text, f));
    if (!measured) continue;
    drafts.push({
      kind: UNATTRIBUTED_FIGURE,
      severity: "info",
      message: `The figure “${measured.text}” is stated as fact with no source in its sentence.`,
      claimIds: [],
      spans: [spanOf(analysis.text, measured.start, measured.end)],
    });
  }
  return drafts;
}

/** A sourced claim's cue is in the sentence, or the sentence is part of what a sourced claim reports. */
function isAttributed(analysis: Analysis, sentence: TextRange): boolean {
  return claimsNear(analysis, sentence).some(
    (claim) =>
      (claim.source !== null || claim.resolvedSource !== null) &&
      (contains(sentence, claim.cue) || (claim.content !== null && overlaps(claim.content, sentence))),
  );
}

/** "627,900 cases reported": the figure, its noun and the participle, as one span. */
function agentlessReport(analysis: Analysis, figure: Figure, sentence: TextRange): ReturnType<typeof spanOf> | null {
  const after = analysis.text.slice(figure.end, Math.min(sentence.end, figure.end + 60));
  const m = AGENTLESS.exec(after);
  if (!m || /[.;:]/.test(m[0])) return null;
  return spanOf(analysis.text, figure.start, figure.end + m[0].length);
}

/** A sourced claim earlier in the same paragraph usually covers the sentences after it. */
function followsClaim(analysis: Analysis, sentence: TextRange): boolean {
  const paragraph = paragraphAt(analysis, sentence.start);
  if (!paragraph) return false;
  const index = sentenceIndexAt(analysis, sentence.start);
  for (let i = index - 1; i >= Math.max(0, index - MAX_SENTENCES_BACK); i--) {
    const previous = analysis.sentences[i]!;
    if (previous.start < paragraph.start) break;
    if (claimsInSentence(analysis, previous).some((claim) => claim.source !== null)) return true;
  }
  return false;
}

function isThreshold(text: string, figure: Figure): boolean {
  return THRESHOLD_BEFORE.test(text.slice(Math.max(0, figure.start - 24), figure.start)) || THRESHOLD_AFTER.test(text.slice(figure.end, figure.end + 12));
}

/** Headlines, captions and buttons: short lines without a verb-like word are not statements. */
function isFurniture(body: string): boolean {
  return body.length < 40 || !/\s/.test(body.trim()) || body === body.toUpperCase();
}
