/**
 * Whitespace-insensitive view of a text. Pages re-wrap and re-indent their text between loads, so
 * anchors are compared with every run of whitespace collapsed to one space; the map leads back to
 * the original offsets.
 */

export interface NormalisedText {
  text: string;
  /** toOriginal[i] is the offset in the original text of normalised character i; one extra entry for the end. */
  toOriginal: number[];
}

const WHITESPACE = /\s/;

/** Collapses whitespace runs to a single space in one linear pass (no backtracking regex). */
export function normaliseSpace(original: string): NormalisedText {
  const chars: string[] = [];
  const toOriginal: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const char = original[i]!;
    if (WHITESPACE.test(char)) {
      if (inSpace) continue;
      inSpace = true;
      chars.push(" ");
    } else {
      inSpace = false;
      chars.push(char);
    }
    toOriginal.push(i);
  }
  toOriginal.push(original.length);
  return { text: chars.join(""), toOriginal };
}

/** Collapses whitespace runs to a single space, for short strings where no map is needed. */
export function collapseSpace(text: string): string {
  return normaliseSpace(text).text;
}

/** The original [start, end) of the normalised range [start, end). */
export function originalRange(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  const originalStart = norm.toOriginal[start]!;
  const originalEnd = end > start ? norm.toOriginal[end - 1]! + 1 : originalStart;
  return { start: originalStart, end: originalEnd };
}
