/**
 * Coarse word classes of common English words (model/word-classes.json, generated from compromise's
 * lexicon by scripts/generate-word-classes.ts). Class 0 is "not in the table" (a name, a rare word).
 */
export const WORD_CLASSES = [
  "past", "present", "infinitive", "gerund", "participle", "modal", "auxiliary",
  "plural", "singular", "role", "organisation", "adjective", "adverb",
  "pronoun", "determiner", "preposition", "conjunction",
] as const;
/** Number of class values, counting 0 for an unlisted word. */
export const CLASS_COUNT = WORD_CLASSES.length + 1;

export interface SerialisedWordClasses {
  version: 1;
  /** Per class name, its words joined by spaces. */
  words: Record<string, string>;
}

/** Each listed word with its class id (1-based, in WORD_CLASSES order). */
export function wordClassEntries(table: SerialisedWordClasses): Array<[string, number]> {
  const entries: Array<[string, number]> = [];
  WORD_CLASSES.forEach((name, index) => {
    const list = table.words[name];
    if (list) for (const word of list.split(" ")) entries.push([word, index + 1]);
  });
  return entries;
}
