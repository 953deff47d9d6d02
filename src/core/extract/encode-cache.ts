/**
 * Vocabulary ids by interned token key (token-text.ts): a text repeats most of its words, and so do
 * the texts a reader opens, so each distinct word is hashed into the vocabulary once and later
 * tokens cost two array reads. Keys are only hints (the interning table starts again when full), so
 * an entry counts only while its string equals the token's.
 */
import { KEY_LIMIT } from "./token-text";

export class EncodeCache {
  private readonly words: Array<string | null> = new Array<string | null>(KEY_LIMIT).fill(null);
  readonly wordIds = new Int32Array(KEY_LIMIT);
  readonly suffixIds = new Int32Array(KEY_LIMIT);

  /** The cached entry is `lower`'s (then wordIds[key] and suffixIds[key] hold its ids). */
  has(key: number, lower: string): boolean {
    return key >= 0 && this.words[key] === lower;
  }

  set(key: number, lower: string, wordId: number, suffixId: number): void {
    if (key < 0) return;
    this.words[key] = lower;
    this.wordIds[key] = wordId;
    this.suffixIds[key] = suffixId;
  }
}
