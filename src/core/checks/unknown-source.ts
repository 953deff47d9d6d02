/**
 * unknown-source (info): a named source the registry does not know. Not a fault of the article,
 * only a note that Sourcelight cannot say who the source is. One finding per name.
 */
import type { Claim } from "../report";
import type { Analysis, Draft } from "./context";

export const UNKNOWN_SOURCE = "unknown-source";

/** A source name is a run of capitalised words (with "of", "the", "for", "and" inside), not a sentence. */
const NAME = /^(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|the|for|and|de|von|van|al)\s+)*[A-Z][\w'’.&-]*){0,6}$/;

/** Words that start no name: an extractor that takes "But Trump" or "When Clinton" for a name is wrong, not the registry. */
const NOT_A_NAME_START = new Set([
  "but", "and", "or", "so", "when", "while", "as", "if", "having", "you", "we", "i", "most", "many", "some", "all",
  "both", "every", "each", "everything", "nothing", "one", "twenty", "monday", "tuesday", "wednesday", "thursday",
  "friday", "saturday", "sunday", "after", "before", "since", "then", "now", "still", "also", "meanwhile", "however",
  "earlier", "later", "asked", "according", "in", "on", "at", "for", "with",
]);
/** Groups, not sources one could look up. */
const GROUPS = new Set([
  "republicans", "democrats", "republican", "democratic", "police", "authorities", "people", "demonstrators",
  "protesters", "officials", "voters", "americans", "critics", "supporters", "experts", "analysts", "others",
]);

/** isLookupName's answers: an article names the same few sources again and again. Bounded for a long-lived worker. */
const lookupAnswers = new Map<string, boolean>();
const LOOKUP_ANSWERS_LIMIT = 10_000;

export function isLookupName(name: string): boolean {
  let answer = lookupAnswers.get(name);
  if (answer === undefined) {
    if (lookupAnswers.size >= LOOKUP_ANSWERS_LIMIT) lookupAnswers.clear();
    answer = judgeLookupName(name);
    lookupAnswers.set(name, answer);
  }
  return answer;
}

function judgeLookupName(name: string): boolean {
  if (name.length > 80 || !NAME.test(name) || name === name.toUpperCase()) return false;
  const words = name.replace(/^the\s+/i, "").split(/\s+/);
  if (NOT_A_NAME_START.has(words[0]!.toLowerCase().replace(/[^a-z]/g, ""))) return false;
  if (words.length === 1 && GROUPS.has(words[0]!.toLowerCase())) return false;
  return !/['’]s\s/.test(name) && !/['’]$/.test(name);
}

export function unknownSourceFindings(analysis: Analysis): Draft[] {
  const byName = new Map<string, Claim[]>();
  for (const claim of analysis.claims) {
    if (claim.sourceType !== "named" || claim.registry || !claim.source) continue;
    const name = claim.source.text.trim();
    if (!isLookupName(name)) continue;
    const key = name.toLowerCase().replace(/^the\s+/, "");
    const named = byName.get(key);
    if (named) named.push(claim);
    else byName.set(key, [claim]);
  }
  const drafts: Draft[] = [];
  for (const claims of byName.values()) {
    const first = claims[0]!;
    drafts.push({
      kind: UNKNOWN_SOURCE,
      severity: "info",
      message: `“${first.source!.text}” is not in Sourcelight's source registry, so it cannot say who this source is.`,
      claimIds: claims.map((claim) => claim.id),
      spans: [first.source!],
    });
  }
  return drafts;
}
