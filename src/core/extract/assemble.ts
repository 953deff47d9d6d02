/**
 * Turns the tagger's labels into attributions: cue and source spans, each cue linked to its source
 * (adjacent after the cue — "said Smith", "according to X" — else the nearest before it in the
 * sentence, else the nearest after), and the content it introduces.
 */
import { B_CUE, B_SRC, I_CUE, I_SRC } from "./tagger";
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

function linkSource(tokens: readonly Token[], cue: TokenSpan, sources: readonly TokenSpan[]): TokenSpan | null {
  // Sources are in text order: binary search for the first one after the cue.
  let lo = 0;
  let hi = sources.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sources[mid]!.from >= cue.to) hi = mid;
    else lo = mid + 1;
  }
  const sentence = tokens[cue.from]!.sentence;
  const inSentence = (s: TokenSpan | undefined) => (s && tokens[s.from]!.sentence === sentence ? s : null);
  const after = inSentence(sources[lo]);
  const previous = sources[lo - 1];
  const before = previous && previous.to <= cue.from ? inSentence(previous) : null;
  if (after && after.from - cue.to <= 1) return after;
  if (before) return before;
  return after;
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

function sourceOf(tokens: readonly Token[], cue: TokenSpan, sources: readonly TokenSpan[], sentence: TokenSpan): TokenSpan | null {
  const first = tokens[cue.from]!.lower;
  const linked = linkSource(tokens, cue, sources);
  const single = cue.to - cue.from === 1;
  if ((single && RELAY_CUES.has(first)) || (first === "according" && (!linked || linked.from !== cue.to))) {
    return phraseAfter(tokens, cue.to, sentence.to) ?? linked;
  }
  return linked;
}

const SENTENCE_END = new Set([".", "!", "?"]);

function contentOf(tokens: readonly Token[], quotes: QuoteIndex, cue: TokenSpan, source: TokenSpan | null, sentence: TokenSpan): TokenSpan | null {
  const first = Math.min(cue.from, source?.from ?? cue.from);
  const last = Math.max(cue.to, source?.to ?? cue.to);
  let words = 0;
  for (let i = last; i < sentence.to; i++) if (tokens[i]!.kind !== Kind.Punct) words++;
  let wordsBefore = 0;
  for (let i = sentence.from; i < first && wordsBefore < 3; i++) if (tokens[i]!.kind !== Kind.Punct) wordsBefore++;
  // "..., according to X on Monday, citing Y." reports what comes before the comma.
  const after = tokens[last]?.lower;
  const trailing = first > sentence.from && tokens[first - 1]!.lower === "," && wordsBefore >= 3 && (after === "," || after === "on" || after === "in");
  if (words >= 2 && !trailing) {
    let from = last;
    while (from < sentence.to && (tokens[from]!.lower === "," || tokens[from]!.lower === ":")) from++;
    let to = sentence.to;
    while (to > from && SENTENCE_END.has(tokens[to - 1]!.lower)) to--;
    // A quotation that opens here runs to its closing mark, even over sentences and paragraphs
    // (a paragraph that continues a quotation reopens it without closing the previous one).
    if (tokens[from]?.kind === Kind.OpenQuote) {
      const close = quotes.closeAfter[from]!;
      if (close >= 0 && close - from < 400) to = Math.max(to, close + 1);
    }
    return to > from ? { from, to } : null;
  }
  let to = first;
  while (to > sentence.from && (tokens[to - 1]!.lower === "," || tokens[to - 1]!.kind === Kind.Punct && tokens[to - 1]!.lower !== ".")) to--;
  let from = sentence.from;
  // '"...," he said.' — a closing quote before the cue: take the whole quotation back to its start.
  if (to > sentence.from && tokens[to - 1]!.kind === Kind.CloseQuote) {
    const open = quotes.openBefore[to - 1]!;
    if (open >= 0 && open < from) from = open;
  }
  return to > from ? { from, to } : null;
}

/** Words that open page furniture or headings, not speakers: "Photo:", "Related:", "Update:". */
const NOT_SPEAKERS = new Set(["photo", "photos", "image", "related", "read", "see", "share", "source", "sources", "update", "updated", "note", "editor", "category", "tags", "watch", "video", "listen", "credit", "by", "advertisement", "subscribe", "correction", "disclaimer", "warning", "breaking", "live", "also", "more", "q", "a", "question", "answer"]);

/**
 * Colon quotes: a paragraph or sentence that opens with a short capitalised name followed by a colon
 * ("Zelensky: we will ...", "PENCE: Well, ...") gives the colon as cue and the name as source.
 */
function colonQuotes(tokens: readonly Token[], labels: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const opens = i === 0 || t.paragraphStart || tokens[i - 1]!.sentence !== t.sentence || (tokens[i - 1]!.kind === Kind.OpenQuote && (i === 1 || tokens[i - 1]!.paragraphStart));
    if (!opens || !t.upper || NOT_SPEAKERS.has(t.lower)) continue;
    let j = i;
    while (j < tokens.length && j - i < 4 && (tokens[j]!.upper || tokens[j]!.lower === ".") && labels[j] === 0) j++;
    if (j === i || tokens[j]?.lower !== ":" || labels[j] !== 0) continue;
    // At least three words must follow in the sentence, or a quotation.
    const next = tokens[j + 1];
    const third = tokens[j + 3];
    if (!next || !third || third.sentence !== tokens[j]!.sentence) continue;
    labels[i] = B_SRC;
    for (let k = i + 1; k < j; k++) labels[k] = I_SRC;
    labels[j] = B_CUE;
    i = j;
  }
}

export function assemble(tokens: readonly Token[], labels: Uint8Array, sentences: ReadonlyArray<[number, number]>): Attribution[] {
  colonQuotes(tokens, labels);
  const cues = spansOf(labels, B_CUE, I_CUE);
  const sources = spansOf(labels, B_SRC, I_SRC);
  // Sentence ids are consecutive from 0, so a token's sentence id indexes `sentences`.
  const sentenceOf = (id: number): TokenSpan => {
    const [from, to] = sentences[id]!;
    return { from, to };
  };
  const quotes = indexQuotes(tokens);
  return cues.map((cue) => {
    const sentence = sentenceOf(tokens[cue.from]!.sentence);
    const source = sourceOf(tokens, cue, sources, sentence);
    return { cue, source, content: contentOf(tokens, quotes, cue, source, sentence) };
  });
}
