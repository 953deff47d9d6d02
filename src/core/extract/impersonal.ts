/**
 * Cues whose grammatical subject is not who holds the view, so the claim has no source: raising
 * verbs ("Trump seemed to appreciate", "Sanders appears to have a lead": the writer judges),
 * agentless passives of expectation and naming ("The House is expected to pass", "a group known
 * as ISIS") and the evidential adverb ("The company has reportedly taken heat"). PolNeAR marks
 * no source for these; the tagger, which sees a name before a verb, would take the subject.
 * Passives without an agent have no source either.
 */
import type { TokenSpan } from "./spans";
import { isPassive } from "./voice";
import type { Token } from "./tokenize";

/** Raising verbs: their subject is what is judged, not who judges. */
const RAISING = new Set(["seem", "seems", "seemed", "seeming", "appear", "appears", "appeared", "appearing"]);

/** Evidential adverbs: someone unnamed reported it. */
const EVIDENTIAL = new Set(["reportedly", "allegedly", "supposedly", "purportedly", "apparently"]);

/** Participles that report an unnamed expectation or name when passive ("is expected to", "also known as"). */
const AGENTLESS_PASSIVE = new Set(["expected", "known", "rumored", "rumoured", "thought", "believed", "said"]);

const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "’s", "'s", "am"]);
const PERFECT = new Set(["has", "have", "had", "having"]);

/** Words that may sit in a verb group around the cue word ("has also long been"). */
const GROUP = new Set(["also", "now", "still", "long", "not", "better", "well", "widely", "generally", "already", "once", "never", "n't"]);

/** Modals before the judging word ("may seem", "would appear"). */
const MODALS = new Set(["may", "might", "can", "could", "would", "will", "should", "must"]);

/** "derisively known as", "sometimes seems": an adverb of manner or frequency in the verb group. */
function isLyAdverb(lower: string): boolean {
  return lower.length > 4 && lower.endsWith("ly") || lower === "sometimes" || lower === "best";
}

/** The word right after the judging word that completes it: "known as", "known for", "seems like". */
function completes(tokens: readonly Token[], head: number, k: number): boolean {
  if (head < 0 || k !== head + 1) return false;
  const word = tokens[head]!.lower;
  const lower = tokens[k]!.lower;
  return word === "known" ? lower === "as" || lower === "for" : RAISING.has(word) && lower === "like";
}

/**
 * Whether a cue is impersonal. The cue must hold nothing but the judging word and its verb group
 * ("seemed" but not "seemed to indicate", which reports the subject's own act).
 */
export function isImpersonalCue(tokens: readonly Token[], cue: TokenSpan): boolean {
  let head = -1;
  for (let k = cue.from; k < cue.to; k++) {
    const lower = tokens[k]!.lower;
    if (RAISING.has(lower) || EVIDENTIAL.has(lower) || AGENTLESS_PASSIVE.has(lower)) {
      if (head >= 0) return false;
      head = k;
    } else if (!BE.has(lower) && !PERFECT.has(lower) && !GROUP.has(lower) && !MODALS.has(lower) && !isLyAdverb(lower) && !completes(tokens, head, k)) {
      return false;
    }
  }
  if (head < 0) return false;
  const word = tokens[head]!.lower;
  if (!AGENTLESS_PASSIVE.has(word)) return true;
  // A passive: a form of "be" before the participle, or a reduced relative ("a group, also known as").
  // "had known him", "insiders expected": active, the subject holds the view.
  const by = tokens[cue.to]?.lower === "by";
  for (let k = head - 1; k >= Math.max(0, head - 4); k--) {
    const lower = tokens[k]!.lower;
    // "he’s said" is "he has said": the clitic counts as "be" only for the other participles.
    if (BE.has(lower)) return !by && !(word === "said" && (lower === "’s" || lower === "'s"));
    if (PERFECT.has(lower)) return false;
    if (!GROUP.has(lower)) break;
  }
  // A reduced relative needs a comma or the noun it describes right before ("Pate, also known as").
  const after = tokens[head + 1]?.lower;
  return word === "known" && (after === "as" || after === "for");
}

/**
 * A passive cue without an agent ("He was eventually challenged over his temperament", "Clinton was
 * declared the winner", "Trump was asked"): its subject is what was reported or who was addressed,
 * and nobody named reported it. Not a state of mind ("some Democrats are concerned") and not a passive
 * with "by" (its agent is the source).
 */
export function isAgentlessPassive(tokens: readonly Token[], cue: TokenSpan): boolean {
  return tokens[cue.to]?.lower !== "by" && isPassive(tokens, cue);
}
