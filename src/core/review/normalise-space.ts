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

/**
 * The original [start, end) of the normalised range [start, end). A collapsed whitespace run at
 * either edge gives back as much whitespace as the quote itself had there (`edgeSpace`), taken
 * next to the words, so a quote that begins or ends with a space lands exactly where it did.
 */
export function originalRange(
  norm: NormalisedText,
  start: number,
  end: number,
  edgeSpace: { leading: number; trailing: number } = { leading: 1, trailing: 1 },
): { start: number; end: number } {
  let originalStart = norm.toOriginal[start]!;
  if (end <= start) return { start: originalStart, end: originalStart };
  if (norm.text[start] === " ") originalStart = Math.max(originalStart, norm.toOriginal[start + 1]! - Math.max(1, edgeSpace.leading));
  const last = end - 1;
  let originalEnd = norm.toOriginal[last]! + 1;
  if (norm.text[last] === " " && last > start) originalEnd = Math.min(norm.toOriginal[last + 1]!, norm.toOriginal[last]! + Math.max(1, edgeSpace.trailing));
  return { start: originalStart, end: originalEnd };
}

/** How many whitespace characters a string begins and ends with. */
export function edgeSpaceOf(text: string): { leading: number; trailing: number } {
  let leading = 0;
  while (leading < text.length && WHITESPACE.test(text[leading]!)) leading++;
  let trailing = 0;
  while (trailing < text.length - leading && WHITESPACE.test(text[text.length - 1 - trailing]!)) trailing++;
  return { leading, trailing };
}
