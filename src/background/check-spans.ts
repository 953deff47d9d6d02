/**
 * The content script's claims must describe the text it sent: every span inside the text and
 * quoting it exactly. Anything else is refused rather than analysed and shown.
 */
import type { Span } from "../core/report";
import type { PageScanned } from "../protocol/messages";

export function spansMatchText({ text, claims }: PageScanned): boolean {
  const fits = (span: Span | null) =>
    span === null || (span.start <= span.end && span.end <= text.length && text.slice(span.start, span.end) === span.text);
  return claims.every((claim) => fits(claim.cue) && fits(claim.source) && fits(claim.content) && fits(claim.date));
}
