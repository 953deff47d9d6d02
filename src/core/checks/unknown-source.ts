/**
 * unknown-source (info): a named source the registry does not know. Not a fault of the article,
 * only a note that Sourcelight cannot say who the source is. One finding per name.
 */
import type { Claim } from "../report";
import type { Analysis, Draft } from "./context";

export const UNKNOWN_SOURCE = "unknown-source";

/** A source name is a run of capitalised words (with "of", "the", "for", "and" inside), not a sentence. */
const NAME = /^(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|the|for|and|de|von|van|al)\s+)*[A-Z][\w'’.&-]*){0,6}$/;

export function unknownSourceFindings(analysis: Analysis): Draft[] {
  const byName = new Map<string, Claim[]>();
  for (const claim of analysis.claims) {
    if (claim.sourceType !== "named" || claim.registry || !claim.source) continue;
    const name = claim.source.text.trim();
    if (name.length > 80 || !NAME.test(name)) continue;
    const key = name.toLowerCase().replace(/^the\s+/, "");
    byName.set(key, [...(byName.get(key) ?? []), claim]);
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
