/**
 * A safety net under the tagger: a sentence where it found no cue but which holds a word that opens
 * a cue in most of its uses in the training data ("said", "told", "according") gets that word as
 * cue, and the noun phrase before it (back to the clause start) as source.
 */
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
    if (tagged || strong < 0) continue;
    labels[strong] = B_CUE;
    // A source the tagger already marked is kept; otherwise the phrase before the cue.
    if (strong > from && labels[strong - 1] !== 0) continue;
    let start = strong;
    while (start > from && strong - start < MAX_SOURCE) {
      const previous = tokens[start - 1]!;
      if (CLAUSE_BREAK.has(previous.lower) || previous.kind === Kind.OpenQuote || previous.kind === Kind.CloseQuote) break;
      start--;
    }
    if (start < strong && strong - start < MAX_SOURCE) {
      labels[start] = B_SRC;
      for (let k = start + 1; k < strong; k++) labels[k] = I_SRC;
    }
  }
}
