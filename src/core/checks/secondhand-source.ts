/**
 * secondhand-source: a claim relayed through another source whose own source is unnamed
 * ("according to Bloomberg, citing European assessments"). The relay may be reliable; what it
 * relays cannot be checked.
 */
import { spanOf, type Claim, type Span } from "../report";
import { claimsInSentence, claimsNear, nameForMessage, overlaps, type Analysis, type Draft } from "./context";
import { ARTIFACT_HEADS, vaguenessOf, type Vagueness } from "./vagueness";

export const SECONDHAND_SOURCE = "secondhand-source";

/** "citing …" or "quoting …" up to the end of its phrase. */
const RELAY = /\b(?:citing|quoting|cited|based on)\s+([^,.;:()"“”\n]{2,80})/gi;

interface Relay {
  relaying: Claim;
  relayed: Claim | null;
  phrase: Span;
  degree: Vagueness;
}

export function secondhandSourceFindings(analysis: Analysis): Draft[] {
  const relays = [...relaysFromClaims(analysis), ...relaysFromText(analysis)];
  const drafts: Draft[] = [];
  for (const relay of relays) {
    if (drafts.some((d) => overlaps(d.spans[0]!, relay.phrase))) continue;
    const name = nameForMessage(relay.relaying) ?? "The source";
    const via = name.charAt(0).toUpperCase() + name.slice(1);
    const spans = [relay.phrase, ...(relay.relaying.source ? [relay.relaying.source] : [])];
    drafts.push({
      kind: SECONDHAND_SOURCE,
      severity: relay.degree === "low" || isArtifact(relay.phrase.text) ? "info" : "warning",
      message: `${via} relays “${relay.phrase.text}” without naming who is behind it, so the original source cannot be checked.`,
      claimIds: [relay.relaying.id, ...(relay.relayed ? [relay.relayed.id] : [])],
      spans,
    });
  }
  return drafts;
}

/** "internal documents", "census data": records whose origin is unnamed, not an unnamed informant. */
function isArtifact(phrase: string): boolean {
  const head = phrase.trim().split(/\s+(?:from|of|by|in|at)\s+/i)[0]!.split(/\s+/).pop()!.toLowerCase();
  return ARTIFACT_HEADS.has(head);
}

/**
 * The extractor gives a relayed claim ("citing European assessments") a `via` link to the claim
 * that relays it ("according to Bloomberg"): the relayed claim's source is the phrase to judge.
 */
function relaysFromClaims(analysis: Analysis): Relay[] {
  const relays: Relay[] = [];
  for (const relayed of analysis.claims) {
    const relaying = relayed.via ? analysis.claimById.get(relayed.via) : undefined;
    if (!relaying || relayed.registry) continue;
    const phrase = relayed.source;
    if (!phrase) continue;
    const degree = vaguenessOf(phrase.text);
    if (degree) relays.push({ relaying, relayed, phrase, degree });
  }
  return relays;
}

/** Without a `via` link: "citing …" in the sentence of a claim with a source. */
function relaysFromText(analysis: Analysis): Relay[] {
  const relays: Relay[] = [];
  // Each sentence is searched once, for its first claim with a source: a later claim of the same
  // sentence would relay the same phrases, which the findings keep only once anyway. Searching
  // the sentence again per claim was quadratic in sentences with many claims.
  for (const sentence of analysis.sentences) {
    const claim = claimsInSentence(analysis, sentence).find((c) => c.source !== null || c.resolvedSource !== null);
    if (!claim) continue;
    const body = analysis.text.slice(sentence.start, sentence.end);
    RELAY.lastIndex = 0;
    for (let m = RELAY.exec(body); m; m = RELAY.exec(body)) {
      // "Citing unnamed officials, the Post reported …" puts the relay before the cue: both count.
      const start = sentence.start + m.index + m[0].length - m[1]!.length;
      const phrase = spanOf(analysis.text, start, start + m[1]!.trimEnd().length);
      // The relayed source ends where a new clause begins: "citing experts who say …".
      const degree = vaguenessOf(phrase.text);
      if (!degree) continue;
      const relayed = claimsNear(analysis, phrase).find((other) => other.id !== claim.id && other.source && overlaps(other.source, phrase)) ?? null;
      relays.push({ relaying: claim, relayed, phrase, degree });
    }
  }
  return relays;
}
