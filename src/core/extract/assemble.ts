/**
 * Turns the tagger's labels into attributions: cue and source spans, each cue linked to its source
 * (adjacent after the cue — "said Smith", "according to X" — else the nearest before it in the
 * sentence, else the nearest after), and the content it introduces.
 */
import { contentOf } from "./content";
import { dateAt } from "./dates";
import { colonQuotes, dashQuotes } from "./patterns";
import { indexQuotes, phraseAfter, RELAY_CUES, spansOf, type Attribution, type QuoteIndex, type TokenSpan } from "./spans";
import { isAgentlessPassive, isImpersonalCue } from "./impersonal";
import { askedClause, commentsOnAgentlessReport, passiveAttribution, reducedPassiveContent } from "./passive";
import { adjustSourceEnd } from "./source-bounds";
import { absoluteSubject, sharedSubject, subjectAfter, subjectBefore } from "./subject";
import { antecedentSubject, onlyAdverbs, relativeSubject, wholeSubject } from "./tagged-source";
import { B_CUE, B_SRC, I_CUE, I_SRC } from "./tagger";
import { Kind, type Token } from "./tokenize";

export { RELAY_CUES, type Attribution, type TokenSpan } from "./spans";

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
  // "said Smith" takes the name after; "Clinton said, referencing a super PAC" keeps the subject before.
  // An inverted cue follows its content ('“...,” said X', "..., said X"); after a subject ("Song said
  // Hillary Clinton ...") the phrase after the cue is what was said.
  const inverted = cue.from === 0 || !before || tokens[cue.from - 1]!.lower === "," || tokens[cue.from - 1]!.kind === Kind.CloseQuote || tokens[cue.from - 1]!.sentence !== sentence;
  if (after && inverted && (after.from === cue.to || (after.from - cue.to === 1 && !before))) return after;
  if (before) return before;
  return after;
}

function sourceOf(tokens: readonly Token[], cue: TokenSpan, sources: readonly TokenSpan[], sentence: TokenSpan): TokenSpan | null {
  const first = tokens[cue.from]!.lower;
  const linked = linkSource(tokens, cue, sources);
  const single = cue.to - cue.from === 1;
  if (first === "according") {
    const trailing = trailingAccordingSource(tokens, cue, sentence);
    if (trailing) return trailing;
  }
  if ((single && RELAY_CUES.has(first)) || (first === "according" && (!linked || linked.from !== cue.to))) {
    return phraseAfter(tokens, cue.to, sentence.to) ?? linked;
  }
  if (first === "according" && linked) return unclosedAppositionCut(tokens, linked, sentence);
  // "It was reported that ...": the expletive "it" of a passive report is no source.
  if (linked && linked.to - linked.from === 1 && tokens[linked.from]!.lower === "it" && linked.to === cue.from && cue.to - cue.from >= 2 && PASSIVE_AUXILIARIES.has(first)) {
    return null;
  }
  return linked;
}

/** Longest source taken after a trailing "according to" (PolNeAR's run to about this length). */
const MAX_TRAILING_SOURCE = 40;

/** Marks that end a trailing "according to" phrase: a comma opens a new clause or an apposition PolNeAR leaves out. */
const TRAILING_SOURCE_END = new Set([",", "(", ")", "-", "—", "–", ";", ":", "that"]);

/**
 * "..., according to a person familiar with Johnson's views.": an "according to" phrase that ends
 * the sentence after a comma is all source up to the sentence end or its first comma, its modifiers
 * included (the tagger often stops at the head noun: "a person familiar").
 */
function trailingAccordingSource(tokens: readonly Token[], cue: TokenSpan, sentence: TokenSpan): TokenSpan | null {
  const before = tokens[cue.from - 1];
  if (cue.from <= sentence.from || !before || (before.lower !== "," && before.kind !== Kind.CloseQuote)) return null;
  let end = sentence.to;
  while (end > cue.to && (SENTENCE_END.has(tokens[end - 1]!.lower) || tokens[end - 1]!.kind === Kind.CloseQuote)) end--;
  if (end <= cue.to || end - cue.to > MAX_TRAILING_SOURCE) return null;
  for (let k = cue.to; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind === Kind.OpenQuote || t.kind === Kind.CloseQuote) return null;
    // "according to Bloomberg on November 30": the date dates the claim, it is not part of the source.
    if (TRAILING_SOURCE_END.has(t.lower) || (k > cue.to && dateAt(tokens, k, end) > 0)) return k > cue.to ? { from: cue.to, to: k } : null;
  }
  return { from: cue.to, to: end };
}

const SENTENCE_END = new Set([".", "!", "?"]);

/**
 * "According to Bloomberg, the company that owns the tank was fined": an apposition after the
 * source is closed by a comma ("According to John Smith, a spokesman, the plan ..."); one that is
 * not is the subject of the reported clause, so the source ends at its first comma.
 */
function unclosedAppositionCut(tokens: readonly Token[], source: TokenSpan, sentence: TokenSpan): TokenSpan {
  const next = source.to < sentence.to ? tokens[source.to] : undefined;
  if (!next || next.lower === ",") return source;
  for (let i = source.from + 1; i < source.to; i++) {
    if (tokens[i]!.lower === ",") return { from: source.from, to: i };
  }
  return source;
}

/**
 * Whether a source is next to its cue: adjacent, or before it with only words between ("Trump on
 * Tuesday said"). A source beyond a comma or a quotation ("Trump returned the compliment, telling
 * Reuters") does not bound the cue's content.
 */
function nextTo(tokens: readonly Token[], source: TokenSpan, cue: TokenSpan): boolean {
  if (source.from >= cue.to) return source.from <= cue.to + 1;
  if (cue.from - source.to > 6) return false;
  for (let k = source.to; k < cue.from; k++) if (tokens[k]!.kind !== Kind.Word && tokens[k]!.kind !== Kind.Number) return false;
  return true;
}

const PASSIVE_AUXILIARIES = new Set(["was", "is", "has", "had", "been", "were", "be", "will", "would"]);

export function assemble(tokens: readonly Token[], labels: Uint8Array, sentences: ReadonlyArray<[number, number]>): Attribution[] {
  colonQuotes(tokens, labels);
  dashQuotes(tokens, labels);
  const cues = spansOf(labels, B_CUE, I_CUE);
  // "Mr. Manafort said Thursday night, suggesting ...": a date the tagger marked as source is no speaker.
  const sources = spansOf(labels, B_SRC, I_SRC).filter((s) => dateAt(tokens, s.from, s.to) === 0);
  // Sentence ids are consecutive from 0, so a token's sentence id indexes `sentences`.
  const sentenceOf = (id: number): TokenSpan => {
    const [from, to] = sentences[id]!;
    return { from, to };
  };
  const quotes = indexQuotes(tokens);
  const attributions: Attribution[] = [];
  for (const cue of cues) {
    const found = attributionOf(tokens, quotes, sources, cue, sentenceOf(tokens[cue.from]!.sentence));
    if (found) attributions.push(found);
  }
  return attributions;
}

/** The attribution of one cue, or null when the cue reports nobody's words ("..., indicating" after an agentless report). */
function attributionOf(tokens: readonly Token[], quotes: QuoteIndex, sources: readonly TokenSpan[], cue: TokenSpan, sentence: TokenSpan): Attribution | null {
  const passive = passiveAttribution(tokens, cue, sentence);
  if (passive) return { cue, source: passive.source, content: passive.content };
  // "with a total of 627,900 cases reported": what was reported, by no one named.
  const reported = reducedPassiveContent(tokens, cue, sentence);
  if (reported) return { cue, source: null, content: reported };
  if (commentsOnAgentlessReport(tokens, cue, sentence)) return null;
  const question = askedClause(tokens, cue, sentence);
  if (question) return { cue, source: null, content: question };
  if (isImpersonalCue(tokens, cue) || isAgentlessPassive(tokens, cue)) return { cue, source: null, content: contentOf(tokens, quotes, cue, null, sentence) };
  let tagged = sourceOf(tokens, cue, sources, sentence);
  // "Clinton, exasperated, famously responded": an adverb the tagger marked is no source.
  if (tagged && onlyAdverbs(tokens, tagged)) tagged = null;
  const linked = tagged
    ? (antecedentSubject(tokens, tagged, cue, sentence) ?? relativeSubject(tokens, tagged, cue) ?? tagged)
    : (subjectBefore(tokens, cue, sentence) ?? sharedSubject(tokens, cue, sentence) ?? absoluteSubject(tokens, cue, sentence) ?? subjectAfter(tokens, cue, sentence));
  const source = linked && wholeSubject(tokens, adjustSourceEnd(tokens, linked, cue, sentence), cue, sentence);
  return { cue, source, content: contentOf(tokens, quotes, cue, source && nextTo(tokens, source, cue) ? source : null, sentence) };
}
