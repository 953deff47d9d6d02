/**
 * Viterbi for the five BIO labels, written out: the deltas and the transition weights live in
 * local variables instead of typed arrays, and the moves the BIO constraints forbid (into an I-
 * label from anything but its own span, or at the sentence start) are never tried. Ties go to the
 * lowest previous label, as in a scan over labels in order with a strict comparison, so the labels
 * are those of the generic decoder.
 */
import { L } from "./labels";

/** Work counter for the linearity tests: token-label cells the decoder filled since the last reset. */
export const decoderWork = { steps: 0 };

/**
 * Best labels of n tokens into labels[labelsOffset...], from emission scores[k * L + label] and
 * transitions[prev * L + next] (prev = L: the sentence start); back is scratch of n * L cells.
 */
export function viterbi5(n: number, transitions: ArrayLike<number>, scores: Float64Array, back: Int32Array, labels: Uint8Array, labelsOffset: number): void {
  // tPY: from label P to label Y (0 O, 1 B-CUE, 2 I-CUE, 3 B-SRC, 4 I-SRC).
  const t = transitions;
  const t00 = t[0]!, t01 = t[1]!, t03 = t[3]!;
  const t10 = t[5]!, t11 = t[6]!, t12 = t[7]!, t13 = t[8]!;
  const t20 = t[10]!, t21 = t[11]!, t22 = t[12]!, t23 = t[13]!;
  const t30 = t[15]!, t31 = t[16]!, t33 = t[18]!, t34 = t[19]!;
  const t40 = t[20]!, t41 = t[21]!, t43 = t[23]!, t44 = t[24]!;
  let d0 = scores[0]! + t[25]!, d1 = scores[1]! + t[26]!, d2 = -Infinity, d3 = scores[3]! + t[28]!, d4 = -Infinity;
  for (let k = 1; k < n; k++) {
    const row = k * L;
    let v: number;
    // Into O, B-CUE and B-SRC: from any label.
    let b0 = d0 + t00, a0 = 0;
    if ((v = d1 + t10) > b0) (b0 = v), (a0 = 1);
    if ((v = d2 + t20) > b0) (b0 = v), (a0 = 2);
    if ((v = d3 + t30) > b0) (b0 = v), (a0 = 3);
    if ((v = d4 + t40) > b0) (b0 = v), (a0 = 4);
    let b1 = d0 + t01, a1 = 0;
    if ((v = d1 + t11) > b1) (b1 = v), (a1 = 1);
    if ((v = d2 + t21) > b1) (b1 = v), (a1 = 2);
    if ((v = d3 + t31) > b1) (b1 = v), (a1 = 3);
    if ((v = d4 + t41) > b1) (b1 = v), (a1 = 4);
    let b3 = d0 + t03, a3 = 0;
    if ((v = d1 + t13) > b3) (b3 = v), (a3 = 1);
    if ((v = d2 + t23) > b3) (b3 = v), (a3 = 2);
    if ((v = d3 + t33) > b3) (b3 = v), (a3 = 3);
    if ((v = d4 + t43) > b3) (b3 = v), (a3 = 4);
    // Into I-CUE only from B-CUE or I-CUE, into I-SRC only from B-SRC or I-SRC.
    let b2 = d1 + t12, a2 = 1;
    if ((v = d2 + t22) > b2) (b2 = v), (a2 = 2);
    let b4 = d3 + t34, a4 = 3;
    if ((v = d4 + t44) > b4) (b4 = v), (a4 = 4);
    d0 = b0 + scores[row]!;
    d1 = b1 + scores[row + 1]!;
    d2 = b2 + scores[row + 2]!;
    d3 = b3 + scores[row + 3]!;
    d4 = b4 + scores[row + 4]!;
    back[row] = a0;
    back[row + 1] = a1;
    back[row + 2] = a2;
    back[row + 3] = a3;
    back[row + 4] = a4;
  }
  decoderWork.steps += n * L;
  let best = 0, bestDelta = d0;
  if (d1 > bestDelta) (best = 1), (bestDelta = d1);
  if (d2 > bestDelta) (best = 2), (bestDelta = d2);
  if (d3 > bestDelta) (best = 3), (bestDelta = d3);
  if (d4 > bestDelta) best = 4;
  for (let k = n - 1; k >= 0; k--) {
    labels[labelsOffset + k] = best;
    if (k > 0) best = back[k * L + best]!;
  }
}
