/**
 * Passive voice of a cue: "Donations are typically reported", "Trump was asked", "When asked why":
 * the subject of a passive is what was reported or who was addressed, not who spoke. Participles of
 * the subject's own state of mind ("some Democrats are concerned") are adjectives, not passives.
 */
import { isAdverb } from "./noun-phrase";
import type { TokenSpan } from "./spans";
import { Kind, type Token } from "./tokenize";

export const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "am"]);
const IRREGULAR_PARTICIPLES = new Set(["told", "said", "shown", "seen", "known", "given", "taken", "asked", "held", "made", "thought", "heard", "written"]);

/**
 * Participles that describe the subject's own state of mind ("some Democrats are concerned", "she is
 * assured of", "Braynard is quoted as saying"): adjectives, not passives, so the subject holds the view.
 */
const EXPERIENCER_PARTICIPLES = new Set([
  "concerned", "convinced", "worried", "assured", "alarmed", "thrilled", "determined", "focused", "united", "pleased",
  "disappointed", "frustrated", "excited", "interested", "committed", "prepared", "surprised", "confused", "satisfied",
  "dedicated", "delighted", "troubled", "disturbed", "shocked", "angered", "outraged", "unconvinced", "unconcerned",
  "quoted", "locked", "opposed", "inclined", "resigned", "persuaded", "confident", "annoyed", "irritated", "embarrassed",
  "horrified", "impressed", "encouraged", "heartened", "dismayed", "offended", "insulted", "obsessed", "fixated",
]);

/** Subordinators that open a clause reduced to its participle ("when asked", "if elected"). */
const REDUCED_CLAUSE_OPENERS = new Set(["when", "whenever", "if", "once", "unless", "until", "though", "although"]);

function isParticiple(t: Token): boolean {
  return t.kind === Kind.Word && !t.upper && (IRREGULAR_PARTICIPLES.has(t.lower) || (t.lower.endsWith("ed") && t.lower.length > 3));
}

/**
 * A passive cue ("Donations are typically reported", "Trump was asked", "a measure opposed by
 * unions"): its subject is what was reported or who was addressed, not who spoke.
 */
export function isPassive(tokens: readonly Token[], cue: TokenSpan): boolean {
  if (tokens[cue.to]?.lower === "by") return true;
  // A reduced passive after a subordinator: "When asked why ...", "if elected".
  if (cue.from > 0 && REDUCED_CLAUSE_OPENERS.has(tokens[cue.from - 1]!.lower) && isParticiple(tokens[cue.from]!)) return !EXPERIENCER_PARTICIPLES.has(tokens[cue.from]!.lower);
  let be = false;
  for (let k = Math.max(0, cue.from - 3); k < cue.to; k++) {
    const t = tokens[k]!;
    if (BE.has(t.lower)) be = true;
    else if (be && isParticiple(t)) {
      return k >= cue.from && !EXPERIENCER_PARTICIPLES.has(t.lower);
    }
    else if (!isAdverb(t)) be = false;
  }
  return false;
}
