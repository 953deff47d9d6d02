/**
 * A map from offsets in the extracted plain text back to DOM text nodes. Each segment is a run of
 * characters copied one for one from a text node (whitespace collapsing starts a new segment), so
 * an offset inside a segment maps to exactly one node offset.
 */

export interface TextSegment {
  /** Offset of the segment's first character in the plain text. */
  start: number;
  length: number;
  node: Text;
  /** Offset of the segment's first character in `node.data`. */
  nodeStart: number;
}

/** A piece of a text node that a span of plain text covers. */
export interface NodePiece {
  node: Text;
  start: number;
  end: number;
}

export class TextMap {
  constructor(readonly segments: readonly TextSegment[]) {}

  /** The pieces of text nodes that cover plain-text offsets [start, end), in document order. */
  piecesFor(start: number, end: number): NodePiece[] {
    const pieces: NodePiece[] = [];
    for (let i = this.firstSegmentEndingAfter(start); i < this.segments.length; i++) {
      const segment = this.segments[i]!;
      if (segment.start >= end) break;
      const from = Math.max(start, segment.start) - segment.start;
      const to = Math.min(end, segment.start + segment.length) - segment.start;
      if (to > from) pieces.push({ node: segment.node, start: segment.nodeStart + from, end: segment.nodeStart + to });
    }
    return pieces;
  }

  /** A DOM Range over plain-text offsets [start, end), or null when no text node covers them. */
  rangeFor(start: number, end: number, doc: Document): Range | null {
    const pieces = this.piecesFor(start, end);
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!first || !last) return null;
    const range = doc.createRange();
    range.setStart(first.node, first.start);
    range.setEnd(last.node, last.end);
    return range;
  }

  /** Binary search: the index of the first segment whose end lies after `offset`. */
  private firstSegmentEndingAfter(offset: number): number {
    let low = 0;
    let high = this.segments.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const segment = this.segments[mid]!;
      if (segment.start + segment.length <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
