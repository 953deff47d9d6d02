/**
 * Claim extraction in chunks of whole blocks, with a cache keyed by each chunk's text: a rescan
 * re-extracts only the chunks whose text changed, and no single chunk keeps the main thread
 * long. Chunk boundaries depend on the blocks' own text alone (a block whose hash ends in four
 * zero bits closes a chunk), not on their position, so inserting a post at the top of a live
 * blog changes the one chunk it lands in, not every chunk after it. A size cap keeps a run of
 * unlucky blocks from making one huge chunk.
 */
import { extractClaims } from "../core/extract";
import type { ExtractedClaim } from "../core/extract/types";
import type { WorkSlices } from "./work-slices";

/** A block closes a chunk when its hash has these low bits clear: one block in 16, on average. */
const CUT_MASK = 15;
const MAX_CHUNK_CHARS = 20_000;
/** Chunks are extracted back to back until a slice has run this long, then the page gets the thread. */
const SLICE_BUDGET_MS = 12;
const BLOCK_SEPARATOR = "\n\n";

export interface Chunk {
  start: number;
  end: number;
}

/** Splits text into runs of whole blocks (blocks are separated by a blank line). */
export function splitIntoChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let blockStart = 0;
  while (blockStart < text.length) {
    const separator = text.indexOf(BLOCK_SEPARATOR, blockStart);
    const blockEnd = separator < 0 ? text.length : separator;
    const size = blockEnd - chunkStart;
    if (size >= MAX_CHUNK_CHARS || (blockHash(text, blockStart, blockEnd) & CUT_MASK) === 0) {
      chunks.push({ start: chunkStart, end: blockEnd });
      chunkStart = blockEnd + BLOCK_SEPARATOR.length;
    }
    blockStart = separator < 0 ? text.length : separator + BLOCK_SEPARATOR.length;
  }
  if (chunkStart < text.length) chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

/** FNV-1a over the block's first 64 characters and its length: cheap, and the same for the same block. */
function blockHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 ^ (end - start);
  for (let i = start; i < Math.min(end, start + 64); i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export interface ExtractionResult {
  claims: ExtractedClaim[];
  chunks: number;
  /** Chunks whose claims came from the cache. */
  reused: number;
}

export class ChunkedExtractor {
  private cache = new Map<string, ExtractedClaim[]>();

  constructor(private readonly extract: (text: string) => ExtractedClaim[] = extractClaims) {}

  async run(text: string, slices: WorkSlices): Promise<ExtractionResult> {
    const next = new Map<string, ExtractedClaim[]>();
    const claims: ExtractedClaim[] = [];
    let reused = 0;
    const chunks = splitIntoChunks(text);
    let index = 0;
    const step = () => {
      const chunk = chunks[index]!;
      const chunkText = text.slice(chunk.start, chunk.end);
      let local = this.cache.get(chunkText) ?? next.get(chunkText);
      if (local) reused++;
      else local = this.extract(chunkText);
      next.set(chunkText, local);
      for (const claim of local) claims.push(shiftClaim(claim, chunk.start, `k${index}.`));
      index++;
    };
    while (index < chunks.length) {
      await slices.run(() => {
        const started = performance.now();
        do step();
        while (index < chunks.length && performance.now() - started < SLICE_BUDGET_MS);
      }, "extract");
    }
    this.cache = next;
    return { claims, chunks: chunks.length, reused };
  }

  forget(): void {
    this.cache.clear();
  }
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
