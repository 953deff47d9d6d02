/**
 * Claim extraction over a text given as chunks (core/text/chunks.ts), reusing the claims of any
 * chunk whose text was extracted before: a rescan costs only the chunks that changed. Each
 * chunk is extracted on its own, so its claims' offsets are moved to the whole text and their
 * ids made unique across chunks.
 */
import { extractClaims } from "./index";
import type { ExtractedClaim } from "./types";

export interface ChunkedExtraction {
  /** Claims over the whole text (the chunks joined). */
  claims: ExtractedClaim[];
  /** Each chunk's own claims (offsets within the chunk), to be remembered for the next rescan. */
  perChunk: ExtractedClaim[][];
  /** Chunks whose claims came from `known`. */
  reused: number;
}

/** `known(text)` gives the claims of a chunk extracted before, or undefined. */
export function extractChunks(
  chunks: readonly string[],
  known: (chunk: string) => ExtractedClaim[] | undefined,
  extract: (text: string) => ExtractedClaim[] = extractClaims,
): ChunkedExtraction {
  const claims: ExtractedClaim[] = [];
  const perChunk: ExtractedClaim[][] = [];
  const fresh = new Map<string, ExtractedClaim[]>();
  let reused = 0;
  let offset = 0;
  chunks.forEach((chunk, index) => {
    let local = known(chunk) ?? fresh.get(chunk);
    if (local) reused++;
    else fresh.set(chunk, (local = extract(chunk)));
    perChunk.push(local);
    for (const claim of local) claims.push(shiftClaim(claim, offset, `k${index}.`));
    offset += chunk.length;
  });
  return { claims, perChunk, reused };
}

/** A chunk's claim placed in the whole text: offsets moved, ids made unique across chunks. */
function shiftClaim(claim: ExtractedClaim, offset: number, idPrefix: string): ExtractedClaim {
  const shift = <T extends { start: number; end: number }>(span: T | null): T | null =>
    span && { ...span, start: span.start + offset, end: span.end + offset };
  return {
    ...claim,
    id: idPrefix + claim.id,
    via: claim.via === null ? null : idPrefix + claim.via,
    cue: shift(claim.cue)!,
    source: shift(claim.source),
    content: shift(claim.content),
    date: shift(claim.date),
  };
}
