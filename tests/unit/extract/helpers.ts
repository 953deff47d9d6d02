import { extractClaims, type ExtractedClaim } from "../../../src/core/extract";

/** The claims of a text, after checking every span indexes the text exactly. */
export function claimsOf(text: string): ExtractedClaim[] {
  const claims = extractClaims(text);
  for (const claim of claims) {
    for (const span of [claim.cue, claim.source, claim.content, claim.date]) {
      if (span && text.slice(span.start, span.end) !== span.text) throw new Error(`span ${JSON.stringify(span)} does not index the text`);
    }
  }
  return claims;
}

/** The single claim whose cue has this text. */
export function claimWithCue(text: string, cue: string): ExtractedClaim {
  const found = claimsOf(text).filter((c) => c.cue.text === cue);
  if (found.length !== 1) throw new Error(`expected one claim with cue "${cue}" in "${text}", got: ${claimsOf(text).map((c) => c.cue.text).join(", ") || "none"}`);
  return found[0]!;
}
