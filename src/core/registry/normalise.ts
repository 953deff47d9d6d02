/**
 * Normalisation for matching: the text is cut into word tokens by a single linear scan (no
 * backtracking regular expressions over page text), and each token gets a folded `key` that
 * ignores case, diacritics, common transliteration variants and British/American spelling.
 * Apostrophes stay in the key so that "She'll" is not "Shell".
 * Registry names and article text go through the same functions, so they meet on the keys.
 */

import { cutWords } from "./cut-words";
import { WordTable } from "./words";

export { computeFold, foldWord, startsUpper } from "./fold";

export interface Token {
  start: number;
  end: number;
  /** The token as written, without a possessive "'s" and with acronym dots removed ("U.S." → "US"). */
  raw: string;
  key: string;
}

/** Cuts text into word tokens. Hyphens and other punctuation separate words; "&" inside a word stays (AT&T). */
export function tokenize(text: string): Token[] {
  plainWords.trim();
  const { starts, ends, words } = cutWords(text, plainWords);
  return words.map((word, i) => ({ start: starts[i]!, end: ends[i]!, raw: word.raw, key: word.key }));
}

/** Words described for no registry: tokenize shares the matcher's cutting and table, keys only. */
const plainWords = new WordTable({ root: { next: new Map(), hits: [] }, acronyms: new Map(), surnames: new Map(), contextIds: new Map() });

/** The key of a whole name: its tokens' keys joined by spaces, with a leading "the" dropped. */
export function nameKey(name: string): string {
  return dropLeadingThe(tokenize(name).map((t) => t.key)).join(" ");
}

export function dropLeadingThe(keys: string[]): string[] {
  return keys.length > 1 && keys[0] === "the" ? keys.slice(1) : keys;
}

/** An acronym as the matcher compares it: case kept, dots removed ("U.N." → "UN"). */
export function acronymKey(acronym: string): string {
  let out = "";
  for (const ch of acronym) if (ch !== "." && ch !== " ") out += ch;
  return out;
}


/** A single word written all in capitals ("NOS", "RÚV"): names like this are matched as acronyms, case kept. */
export function isAllCapsWord(name: string): boolean {
  const tokens = tokenize(name);
  return tokens.length === 1 && tokens[0]!.raw === acronymKey(name) && /\p{Lu}/u.test(name) && name === name.toUpperCase();
}
