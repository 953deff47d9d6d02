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
  // "It was reported that ...": the expletive "it" of a passive report is no source.
  if (linked && linked.to - linked.from === 1 && tokens[linked.from]!.lower === "it" && linked.to === cue.from && cue.to - cue.from >= 2 && PASSIVE_AUXILIARIES.has(first)) {
    return null;
  }
  return linked;
}

const PASSIVE_AUXILIARIES = new Set(["was", "is", "has", "had", "been", "were", "be", "will", "would"]);

/** "KYIV, Ukraine (AP) — Russian forces ...": the dateline before the dash is not content. */
function skipDateline(tokens: readonly Token[], sentence: TokenSpan): number {
  const first = tokens[sentence.from]!;
  // A dateline opens its paragraph with a capitalised place followed by a comma or a parenthesis.
  const second = tokens[sentence.from + 1];
  if (!first.paragraphStart || !first.upper || !second || (second.lower !== "," && second.lower !== "(")) return sentence.from;
  for (let k = sentence.from + 1; k < Math.min(sentence.to, sentence.from + 10); k++) {
    const t = tokens[k]!;
    if (t.lower === "—" || t.lower === "–" || t.lower === "-") return k + 1;
  }
  return sentence.from;
}

const SENTENCE_END = new Set([".", "!", "?"]);

function contentOf(tokens: readonly Token[], quotes: QuoteIndex, cue: TokenSpan, source: TokenSpan | null, sentence: TokenSpan): TokenSpan | null {
  // '“...” ― Name': the quotation before the dash, which may end the previous sentence.
  if (DASHES.has(tokens[cue.from]!.lower) && cue.from > 0 && tokens[cue.from - 1]!.kind === Kind.CloseQuote) {
    const open = quotes.openBefore[cue.from - 1]!;
    return open >= 0 && cue.from - open < 400 ? { from: open, to: cue.from } : null;
  }
  const first = Math.min(cue.from, source?.from ?? cue.from);
  const last = Math.max(cue.to, source?.to ?? cue.to);
  let words = 0;
  // Counts stop early: every loop per cue is bounded so that many cues in one sentence stay linear.
  for (let i = last; i < sentence.to && words < 2 && i - last < 50; i++) if (tokens[i]!.kind !== Kind.Punct) words++;
  let wordsBefore = 0;
  for (let i = sentence.from; i < first && wordsBefore < 3; i++) if (tokens[i]!.kind !== Kind.Punct) wordsBefore++;
  // "..., according to X on Monday, citing Y." reports what comes before the comma.
  const after = tokens[last]?.lower;
  // '“...,” Zelensky said in his nightly address.': a quotation closes just before the source and cue.
  const quoteBefore = first > sentence.from + 1 && (tokens[first - 1]!.kind === Kind.CloseQuote || (tokens[first - 1]!.lower === "," && tokens[first - 2]!.kind === Kind.CloseQuote));
  const trailing =
    quoteBefore || (first > sentence.from && tokens[first - 1]!.lower === "," && wordsBefore >= 3 && (after === "," || after === "on" || after === "in"));
  // "Peskov told reporters:" and the quotation opens the next paragraph.
  const colonThenQuote = tokens[sentence.to - 1]!.lower === ":" && tokens[sentence.to]?.kind === Kind.OpenQuote;
  if (colonThenQuote && last >= sentence.to - 3) {
    const close = quotes.closeAfter[sentence.to]!;
    if (close >= 0 && close - sentence.to < 400) return { from: sentence.to, to: close + 1 };
  }
  if (words >= 2 && !trailing) {
    let from = last;
    while (from < sentence.to && from - last < 20 && (tokens[from]!.lower === "," || tokens[from]!.lower === ":")) from++;
    // "reported, citing three people briefed on the talks, that ...": the relay clause is not content.
    if (RELAY_CUES.has(tokens[from]?.lower ?? "")) {
      for (let k = from + 1; k < Math.min(sentence.to, from + 16); k++) {
        if (tokens[k]!.lower === ",") {
          from = k + 1;
          break;
        }
      }
    }
    let to = sentence.to;
    while (to > from && SENTENCE_END.has(tokens[to - 1]!.lower)) to--;
    // "..., saying that ..." / "..., according to ...": a trailing participial clause is not content.
    for (let k = from + 3; k + 1 < to && k - from < 200; k++) {
      const next = tokens[k + 1]!;
      if (tokens[k]!.lower === "," && !next.inQuote && (next.lower.endsWith("ing") || next.lower === "according")) {
        to = k;
        break;
      }
    }
    // A quotation that opens here runs to its closing mark, even over sentences and paragraphs
    // (a paragraph that continues a quotation reopens it without closing the previous one).
    if (tokens[from]?.kind === Kind.OpenQuote) {
      const close = quotes.closeAfter[from]!;
      if (close >= 0 && close - from < 400) to = Math.max(to, close + 1);
    }
    return to > from ? { from, to } : null;
  }
  let to = first;
  while (to > sentence.from && first - to < 20 && (tokens[to - 1]!.lower === "," || tokens[to - 1]!.kind === Kind.Punct && tokens[to - 1]!.lower !== ".")) to--;
  let from = skipDateline(tokens, sentence);
  // '"...," he said.' — a closing quote before the cue: take the whole quotation back to its start.
  if (to > sentence.from && tokens[to - 1]!.kind === Kind.CloseQuote) {
    const open = quotes.openBefore[to - 1]!;
    if (open >= 0 && open < from) from = open;
    // '“Judge,” Brafman said, “I have never ...”' or '“...,” he said. “...”': the quotation resumes after
    // the cue. The content is then the covering span of both parts (PolNeAR marks them as one content).
    const resumed = resumedQuote(tokens, last, sentence);
    if (resumed >= 0) {
      const close = quotes.closeAfter[resumed]!;
      if (close >= 0 && close - resumed < 400) to = close + 1;
    }
  }
  return to > from ? { from, to } : null;
}

/** The opening quote that resumes a quotation right after the cue, in its sentence or the next one, or -1. */
function resumedQuote(tokens: readonly Token[], after: number, sentence: TokenSpan): number {
  for (let k = after; k <= sentence.to && k < tokens.length && k - after < 30; k++) {
    const t = tokens[k]!;
    if (t.kind === Kind.OpenQuote) return t.paragraphStart ? -1 : k;
    if (t.kind === Kind.CloseQuote) return -1;
    if (k === sentence.to) return -1;
  }
  return -1;
}

/** Words that open page furniture or headings, not speakers: "Photo:", "Related:", "Update:". */
const NOT_SPEAKERS = new Set(["the", "latest", "exclusive", "photo", "photos", "image", "related", "read", "see", "share", "source", "sources", "update", "updated", "note", "editor", "category", "tags", "watch", "video", "listen", "credit", "by", "advertisement", "subscribe", "correction", "disclaimer", "warning", "breaking", "live", "also", "more", "q", "a", "question", "answer"]);

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

const DASHES = new Set(["―", "—", "–"]);

/** '“He represents our greatest shame.” ― Sonya Herridge': a dash after a quotation, then the name. */
function dashQuotes(tokens: readonly Token[], labels: Uint8Array): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!DASHES.has(tokens[i]!.lower) || tokens[i - 1]!.kind !== Kind.CloseQuote || labels[i] !== 0) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 4 && tokens[j]!.upper && tokens[j]!.kind === Kind.Word && !tokens[j]!.paragraphStart) j++;
    if (j === i + 1) continue;
    labels[i] = B_CUE;
    labels[i + 1] = B_SRC;
    for (let k = i + 2; k < j; k++) labels[k] = I_SRC;
    i = j - 1;
  }
}

export function assemble(tokens: readonly Token[], labels: Uint8Array, sentences: ReadonlyArray<[number, number]>): Attribution[] {
  colonQuotes(tokens, labels);
  dashQuotes(tokens, labels);
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
