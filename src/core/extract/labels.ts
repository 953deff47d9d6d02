/**
 * The tagger's labels (BIO over cue and source spans). A module of its own so that the scoring
 * modules tagger.ts imports can use them at load time without an import cycle.
 */
export const LABELS = ["O", "B-CUE", "I-CUE", "B-SRC", "I-SRC"] as const;
export const L = LABELS.length;
export const O = 0, B_CUE = 1, I_CUE = 2, B_SRC = 3, I_SRC = 4;
