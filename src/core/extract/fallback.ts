/**
 * A safety net under the tagger: a sentence where it found no cue but which holds a word that opens
 * a cue in most of its uses in the training data ("said", "told", "according") gets that word as
 * cue, and the noun phrase before it (back to the clause start) as source.
 */
import { isReducedPassiveAfterWith } from "./passive";
import { B_CUE, B_SRC, I_SRC } from "./tagger";
import { Kind, type Token } from "./tokenize";

const CLAUSE_BREAK = new Set([",", ";", ":", "that", "and", "but", "(", ")", "—", "–", "-"]);
const MAX_SOURCE = 8;

/** Words that relay a source after a comma: "X reported, citing Y". */
const RELAY = new Set(["citing", "quoting"]);

export function reportingVerbFallback(tokens: readonly Token[], cueLevel: Uint8Array, labels: Uint8Array, sentences: ReadonlyArray<[number, number]>): void {
  for (let i = 1; i < tokens.length; i++) {
    if (labels[i] === 0 && RELAY.has(tokens[i]!.lower) && tokens[i - 1]!.lower === ",") labels[i] = B_CUE;
  }
  for (const [from, to] of sentences) {
    let tagged = false;
    let strong = -1;
    for (let i = from; i < to; i++) {
      if (labels[i] === B_CUE) tagged = true;
      if (strong < 0 && cueLevel[i] === 3 && tokens[i]!.kind === Kind.Word && !tokens[i]!.inQuote) strong = i;
    }
    if (strong < 0) continue;
    // A cue the tagger found in another clause ("627,900 cases reported, indicating ...") leaves this one's open.
    if (tagged) strong = untaggedClauseCue(tokens, cueLevel, labels, from, to);
    if (strong < 0) continue;
    labels[strong] = B_CUE;
    // A source the tagger already marked is kept; otherwise the phrase before the cue.
    if (strong > from && labels[strong - 1] !== 0) continue;
    let start = strong;
    while (start > from && strong - start < MAX_SOURCE) {
      const previous = tokens[start - 1]!;
      if (CLAUSE_BREAK.has(previous.lower) || previous.kind === Kind.OpenQuote || previous.kind === Kind.CloseQuote) break;
      start--;
    }
    if (start < strong && strong - start < MAX_SOURCE && !isReducedPassiveAfterWith(tokens, start, strong)) {
      labels[start] = B_SRC;
      for (let k = start + 1; k < strong; k++) labels[k] = I_SRC;
    }
  }
}

/** Marks that bound a clause for the fallback: a cue the tagger found beyond one belongs to another clause. */
const CLAUSE_END = new Set([",", ";", ":", "(", ")", "—", "–"]);

/** Longest clause looked through (bounded work per sentence). */
const MAX_CLAUSE = 40;

/**
 * Whether the word closes its clause ("627,900 cases reported,", "Trump tweeted."): a strong cue word
 * there is a report; inside a clause the tagger already read it ("continued to", "asked for").
 */
function endsClause(tokens: readonly Token[], i: number, to: number): boolean {
  const next = tokens[i + 1];
  return i + 1 >= to || !next || CLAUSE_END.has(next.lower) || next.lower === "." || next.lower === "!" || next.lower === "?";
}

/** The first clause-final strong cue word of the sentence whose clause holds no cue the tagger found, or -1. */
function untaggedClauseCue(tokens: readonly Token[], cueLevel: Uint8Array, labels: Uint8Array, from: number, to: number): number {
  let clauseStart = from;
  let clauseTagged = false;
  let strong = -1;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (i === to || i - clauseStart >= MAX_CLAUSE || CLAUSE_END.has(t!.lower) || t!.kind === Kind.OpenQuote || t!.kind === Kind.CloseQuote) {
      if (strong >= 0 && !clauseTagged) return strong;
      clauseStart = i + 1;
      clauseTagged = false;
      strong = -1;
      continue;
    }
    if (labels[i] !== 0 && labels[i] !== B_SRC && labels[i] !== I_SRC) clauseTagged = true;
    if (strong < 0 && labels[i] === 0 && cueLevel[i] === 3 && t!.kind === Kind.Word && !t!.inQuote && endsClause(tokens, i, to)) strong = i;
  }
  return -1;
}
