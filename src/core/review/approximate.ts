/**
 * Bounded approximate string search for anchors whose quoted text was edited slightly.
 * Candidates are seeded by the pigeonhole principle (with at most k edits, one of k+1 pieces of the
 * quote survives unchanged), then each candidate window is verified by a semi-global edit-distance
 * alignment. A budget on the number of windows and dynamic-programming cells keeps the cost bounded
 * on adversarial pages; when it runs out the search reports that instead of guessing.
 */

export interface ApproximateMatch {
  start: number;
  end: number;
  distance: number;
}

export interface ApproximateResult {
  matches: ApproximateMatch[];
  /** True when the search stopped early: the quote is too common to place safely. */
  exhausted: boolean;
}

/** A seed piece that occurs more often than this is too common to be worth verifying. */
const MAX_OCCURRENCES_PER_PIECE = 200;
const MAX_WINDOWS = 64;
const MAX_CELLS = 20_000_000;

/** Levenshtein distance with two rows; callers keep both strings short (anchor contexts). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * The best occurrence of `pattern` within text[from, to) allowing edits: free start and end in the
 * window, cost = edits. Each cell carries the window offset its alignment started at.
 */
export function bestMatchIn(text: string, from: number, to: number, pattern: string, maxDistance: number): ApproximateMatch | null {
  const m = pattern.length;
  // cost[i] / origin[i]: best alignment of pattern[0, i) ending at the current text column.
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let origin = new Array<number>(m + 1).fill(from);
  let nextCost = new Array<number>(m + 1).fill(0);
  let nextOrigin = new Array<number>(m + 1).fill(0);
  let best: ApproximateMatch | null = null;
  for (let j = from; j < to; j++) {
    nextCost[0] = 0;
    nextOrigin[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const diagonal = cost[i - 1]! + (pattern[i - 1] === text[j] ? 0 : 1);
      const skipText = cost[i]! + 1;
      const skipPattern = nextCost[i - 1]! + 1;
      if (diagonal <= skipText && diagonal <= skipPattern) {
        nextCost[i] = diagonal;
        nextOrigin[i] = origin[i - 1]!;
      } else if (skipPattern <= skipText) {
        nextCost[i] = skipPattern;
        nextOrigin[i] = nextOrigin[i - 1]!;
      } else {
        nextCost[i] = skipText;
        nextOrigin[i] = origin[i]!;
      }
    }
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
    const distance = cost[m]!;
    if (distance > maxDistance) continue;
    const candidate = { start: origin[m]!, end: j + 1, distance };
    // Equal costs: prefer the span closest to the pattern's length, so an edited tail is not cut off.
    if (!best || distance < best.distance || (distance === best.distance && lengthGap(candidate, m) < lengthGap(best, m))) best = candidate;
  }
  return best;
}

function lengthGap(match: ApproximateMatch, length: number): number {
  return Math.abs(match.end - match.start - length);
}

/** Every place where `pattern` occurs with at most `maxDistance` edits, one best match per window. */
export function approximateOccurrences(text: string, pattern: string, maxDistance: number): ApproximateResult {
  const m = pattern.length;
  if (m === 0 || maxDistance < 0) return { matches: [], exhausted: false };
  const seeds = seedWindows(text, pattern, maxDistance);
  if (seeds.windows === null) return { matches: [], exhausted: true };
  const matches = new Map<string, ApproximateMatch>();
  let cells = 0;
  for (const cluster of seeds.windows) {
    const from = Math.max(0, cluster.first - maxDistance);
    const to = Math.min(text.length, cluster.last + m + maxDistance);
    cells += (to - from) * m;
    if (cells > MAX_CELLS) return { matches: [...matches.values()], exhausted: true };
    const match = bestMatchIn(text, from, to, pattern, maxDistance);
    if (match) matches.set(`${match.start}:${match.end}`, match);
  }
  // A piece too common to seed from may be the one that survived the edits: say so rather than "absent".
  return { matches: [...matches.values()], exhausted: matches.size === 0 && seeds.skippedPieces > 0 };
}

interface Seeds {
  /** Clusters of implied start positions; null when there are too many to verify. */
  windows: Array<{ first: number; last: number }> | null;
  skippedPieces: number;
}

/** Start positions implied by exact occurrences of the pieces, clustered when closer than the edit budget. */
function seedWindows(text: string, pattern: string, maxDistance: number): Seeds {
  const pieces = maxDistance + 1;
  const pieceLength = Math.floor(pattern.length / pieces);
  if (pieceLength === 0) return { windows: null, skippedPieces: pieces };
  const starts: number[] = [];
  let skippedPieces = 0;
  for (let p = 0; p < pieces; p++) {
    const offset = p * pieceLength;
    const piece = pattern.slice(offset, p === pieces - 1 ? pattern.length : offset + pieceLength);
    const found: number[] = [];
    for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
      found.push(at - offset);
      if (found.length > MAX_OCCURRENCES_PER_PIECE) break;
    }
    if (found.length > MAX_OCCURRENCES_PER_PIECE) skippedPieces++;
    else starts.push(...found);
  }
  starts.sort((a, b) => a - b);
  const windows: Array<{ first: number; last: number }> = [];
  for (const start of starts) {
    const last = windows[windows.length - 1];
    if (last && start - last.last <= maxDistance) last.last = start;
    else windows.push({ first: start, last: start });
  }
  return { windows: windows.length > MAX_WINDOWS ? null : windows, skippedPieces };
}
