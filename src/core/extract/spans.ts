/**
 * Token spans and the small token-level helpers the assembly steps share: spans from BIO labels,
 * quotation-mark indexes and the noun phrase after a cue.
 */
import { Kind, type Token } from "./tokenize";

/** A token range [from, to). */
export interface TokenSpan {
  from: number;
  to: number;
}

export interface Attribution {
  cue: TokenSpan;
  source: TokenSpan | null;
  content: TokenSpan | null;
}

export function spansOf(labels: Uint8Array, begin: number, inside: number): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== begin) continue;
    let j = i + 1;
    while (j < labels.length && labels[j] === inside) j++;
    spans.push({ from: i, to: j });
    i = j - 1;
  }
  return spans;
}

/** For every token, the nearest opening quote at or before it and closing quote at or after it. */
export interface QuoteIndex {
  openBefore: Int32Array;
  closeAfter: Int32Array;
}

export function indexQuotes(tokens: readonly Token[]): QuoteIndex {
  const n = tokens.length;
  const openBefore = new Int32Array(n);
  const closeAfter = new Int32Array(n);
  let open = -1;
  for (let i = 0; i < n; i++) {
    if (tokens[i]!.kind === Kind.OpenQuote) open = i;
    openBefore[i] = open;
  }
  let close = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (tokens[i]!.kind === Kind.CloseQuote) close = i;
    closeAfter[i] = close;
  }
  return { openBefore, closeAfter };
}

/** Dashes that sign a quotation: '“...” ― Name'. */
export const DASHES = new Set(["―", "—", "–"]);

/** Cues that relay another source ("citing European assessments"): the phrase after is the source. */
export const RELAY_CUES = new Set(["citing", "quoting"]);

/** A noun phrase from `from`: up to a comma, a sentence end, a quote or "that", at most 12 tokens. */
export function phraseAfter(tokens: readonly Token[], from: number, sentenceEnd: number): TokenSpan | null {
  let to = from;
  while (to < sentenceEnd && to - from < 12) {
    const t = tokens[to]!;
    if (t.lower === "," || t.lower === "." || t.lower === ";" || t.lower === ":" || t.lower === "that" || t.kind === Kind.OpenQuote || t.kind === Kind.CloseQuote) break;
    to++;
  }
  return to > from ? { from, to } : null;
}
