/**
 * A cue must be able to report: at least one of its words is a word the training data ever saw in
 * a cue, has the shape of an English verb form ("-ed", "-ing", "-s" after a letter that is not
 * "s" or "u"), or follows "to", a modal or "not" ("to predict"). A span the tagger marked from context alone ("min" in "2 min read · Authors") is
 * dropped with its source, so page furniture never yields a number as speaker.
 */
import { B_CUE, B_SRC, I_CUE, I_SRC, O } from "./tagger";
import { Kind, type Token } from "./tokenize";

function verbShaped(token: Token): boolean {
  if (token.kind !== Kind.Word || token.upper) return false;
  const w = token.lower;
  const n = w.length;
  if (n < 4) return false;
  if (w.endsWith("ed") || w.endsWith("ing")) return true;
  return w.charCodeAt(n - 1) === 115 && w.charCodeAt(n - 2) !== 115 && w.charCodeAt(n - 2) !== 117;
}

/** Words after which a bare word is a verb: "to predict", "would argue", "did not deny". */
const VERB_MARKERS = new Set(["to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "does", "do", "not", "n't"]);

function afterVerbMarker(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  return k > 0 && token.kind === Kind.Word && !token.upper && VERB_MARKERS.has(tokens[k - 1]!.lower);
}

export function dropImplausibleCues(tokens: readonly Token[], cueLevel: Uint8Array, labels: Uint8Array): void {
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== B_CUE) continue;
    let end = i + 1;
    while (end < labels.length && labels[end] === I_CUE) end++;
    let plausible = false;
    for (let k = i; k < end && !plausible; k++) plausible = cueLevel[k]! >= 1 || verbShaped(tokens[k]!) || afterVerbMarker(tokens, k);
    if (!plausible) {
      for (let k = i; k < end; k++) labels[k] = O;
      clearAdjacentSource(labels, i, end);
    }
    i = end - 1;
  }
}

/** The source span right before or right after the dropped cue goes with it. */
function clearAdjacentSource(labels: Uint8Array, from: number, to: number): void {
  let k = from - 1;
  if (k >= 0 && (labels[k] === I_SRC || labels[k] === B_SRC)) {
    while (k > 0 && labels[k] === I_SRC) labels[k--] = O;
    if (labels[k] === B_SRC) labels[k] = O;
  }
  let j = to;
  if (j < labels.length && labels[j] === B_SRC) {
    labels[j++] = O;
    while (j < labels.length && labels[j] === I_SRC) labels[j++] = O;
  }
}
