/**
 * From token attributions to the report's claims: character spans, source type, resolved source,
 * attribution date and the `via` link of relayed claims.
 */
import { spanOf, type Span } from "../report";
import type { Attribution, TokenSpan } from "./assemble";
import type { Token } from "./tokenize";
import type { ExtractedClaim } from "./types";

function charSpan(text: string, tokens: readonly Token[], span: TokenSpan | null): Span | null {
  if (!span) return null;
  return spanOf(text, tokens[span.from]!.start, tokens[span.to - 1]!.end);
}

export function buildClaims(
  text: string,
  tokens: readonly Token[],
  _sentences: ReadonlyArray<[number, number]>,
  attributions: readonly Attribution[],
): ExtractedClaim[] {
  return attributions.map((a, index) => ({
    id: `c${index + 1}`,
    cue: charSpan(text, tokens, a.cue)!,
    source: charSpan(text, tokens, a.source),
    content: charSpan(text, tokens, a.content),
    sourceType: a.source ? "named" : "none",
    resolvedSource: null,
    date: null,
    via: null,
  }));
}
