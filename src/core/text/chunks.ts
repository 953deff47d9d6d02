/**
 * Cuts an article's text into chunks of whole blocks (blocks are separated by a blank line), so
 * that a rescan re-extracts only the chunks whose text changed. The chunks cover the text exactly
 * and in order (each ends just after its last block's separator), so joining them gives the text
 * back: the content script can send unchanged chunks by reference. Cuts depend on the blocks' own
 * text alone (a block whose hash ends in four zero bits closes a chunk), not on their position, so
 * inserting a post at the top of a live blog changes the one chunk it lands in, not every chunk
 * after it. A size cap keeps a run of unlucky blocks from making one huge chunk.
 */

/** A block closes a chunk when its hash has these low bits clear: one block in 16, on average. */
const CUT_MASK = 15;
const MAX_CHUNK_CHARS = 20_000;
export const BLOCK_SEPARATOR = "\n\n";

export interface Chunk {
  start: number;
  end: number;
}

/** Contiguous runs of whole blocks covering `text`: chunks[0].start is 0, each end is the next start, the last end is text.length. */
export function splitIntoChunks(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let blockStart = 0;
  while (blockStart < text.length) {
    const separator = text.indexOf(BLOCK_SEPARATOR, blockStart);
    const blockEnd = separator < 0 ? text.length : separator;
    const next = separator < 0 ? text.length : separator + BLOCK_SEPARATOR.length;
    if (blockEnd - chunkStart >= MAX_CHUNK_CHARS || (blockHash(text, blockStart, blockEnd) & CUT_MASK) === 0) {
      chunks.push({ start: chunkStart, end: next });
      chunkStart = next;
    }
    blockStart = next;
  }
  if (chunkStart < text.length) chunks.push({ start: chunkStart, end: text.length });
  return chunks;
}

/** The chunks' texts, in order; `chunkTexts(text).join("")` is `text`. */
export function chunkTexts(text: string): string[] {
  return splitIntoChunks(text).map((chunk) => text.slice(chunk.start, chunk.end));
}

/** FNV-1a over the block's first 64 characters and its length: cheap, and the same for the same block. */
function blockHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 ^ (end - start);
  for (let i = start; i < Math.min(end, start + 64); i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
