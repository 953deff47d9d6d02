/**
 * Tokenizer for attribution extraction: one left-to-right pass over the characters (linear on any
 * input, no regular expressions), producing word and punctuation tokens with their string offsets,
 * sentence ids, paragraph starts and whether a token sits inside a quotation.
 */
import { ASCII_LOWER, interned, isLetterOrDigit, isSpace, isUpper, lowerOf, PACKED_LENGTH, packedLower } from "./token-text";

export const enum Kind {
  Word = 0,
  Number = 1,
  Punct = 2,
  OpenQuote = 3,
  CloseQuote = 4,
}

export interface Token {
  start: number;
  end: number;
  /** Lowercased token text: the lexical key of the model. */
  lower: string;
  kind: Kind;
  /** First character is an upper-case letter. */
  upper: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** The token opens a paragraph (a line break precedes it). */
  paragraphStart: boolean;
  /** Inside a quotation (after an opening quote that has not closed yet in this paragraph run). */
  inQuote: boolean;
  /**
   * Key of `lower` in the tokenizer's table of interned token texts (token-text.ts), -1 when not
   * interned: encoding caches vocabulary ids by it.
   */
  wordKey: number;
}

/** Abbreviations that keep their final period (so "Mr. Trump" does not end a sentence). */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st", "jr", "sr", "prof", "rev",
  "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "vs", "no",
  "u.s", "u.k", "u.n", "d.c", "e.g", "i.e", "a.m", "p.m", "st", "mt", "ft", "calif", "fla", "ariz", "mass", "pa",
]);

/**
 * "Sen. Jack Reed (D-R.I.) said", "Sen. Ron Johnson, R-Wis., said": a short capitalised word, or the
 * last part of a hyphenated one, whose period a comma or a closing parenthesis follows is an
 * abbreviation (a sentence's final period is not followed by a comma).
 */
function isStateAbbreviation(text: string, start: number, periodAt: number): boolean {
  const after = text.charCodeAt(periodAt + 1);
  if (after !== 44 && after !== 41) return false;
  let part = start;
  for (let k = periodAt - 1; k > start && periodAt - k <= 6; k--) {
    const c = text.charCodeAt(k);
    if (c === 45 || c === 46) {
      part = k + 1;
      break;
    }
  }
  const first = text.charCodeAt(part);
  return periodAt - part <= 4 && first >= 65 && first <= 90;
}

/** Work counter for the linearity tests: characters visited by the tokenizer since the last reset. */
export const tokenizerWork = { steps: 0 };

/** Longest entry of ABBREVIATIONS: longer words are not looked up. */
const LONGEST_ABBREVIATION = 5;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isDigitAfterSpace(text: string, at: number): boolean {
  return isDigit(text.charCodeAt(text.charCodeAt(at) === 32 ? at + 1 : at));
}

/**
 * The last word `wordEnd` scanned, lower-cased and packed for interning (token-text.ts): 7 bits per
 * character, characters 0-3 in packedWord[0], 4-7 in packedWord[1], 8-11 in packedWord[2];
 * `packed` is false when the word is longer than that or not ASCII.
 */
const packedWord = new Int32Array(3);
/** Lower-cased code of an ASCII letter or digit, 0 for any other ASCII character. */
const ASCII_WORD_LOWER = new Uint8Array(128);
for (let code = 0; code < 128; code++) if (isLetterOrDigit(code)) ASCII_WORD_LOWER[code] = ASCII_LOWER[code]!;
const scanned = { packed: false };

/** End of the word starting at `start` (a letter or digit): letters, digits and internal joiners. */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  const first = text.charCodeAt(start);
  const digits = isDigit(first);
  let ascii = true;
  // Packed in locals (registers) while scanning, stored once at the end.
  let p0 = 0, p1 = 0, p2 = 0;
  let j = start;
  for (; j < n; j++) {
    const c = text.charCodeAt(j);
    let lower = c < 128 ? ASCII_WORD_LOWER[c]! : 0;
    if (lower === 0) {
      if (c >= 128 && isLetterOrDigit(c)) {
        ascii = false;
        continue;
      }
      // Internal joiners: "Jean-Luc", "U.S", "3,000" (the 's and n't clitics split off as their own tokens).
      if (!((c === 45 || c === 46 || (c === 44 && digits)) && j + 1 < n && isLetterOrDigit(text.charCodeAt(j + 1)))) break;
      lower = c;
    }
    const at = j - start;
    if (at < 4) p0 = (p0 << 7) | lower;
    else if (at < 8) p1 = (p1 << 7) | lower;
    else if (at < 12) p2 = (p2 << 7) | lower;
  }
  let end = j;
  // Keep the period of a known abbreviation or of a single initial ("J. Smith").
  if (j < n && text.charCodeAt(j) === 46) {
    if (j - start === 1 && first >= 65 && first <= 90) end = j + 1;
    else if (j - start <= LONGEST_ABBREVIATION && isAbbreviation(text, start, j)) end = j + 1;
    else if (isStateAbbreviation(text, start, j)) end = j + 1;
    if (end > j) {
      if (j - start < 4) p0 = (p0 << 7) | 46;
      else if (j - start < 8) p1 = (p1 << 7) | 46;
      else if (j - start < 12) p2 = (p2 << 7) | 46;
    }
  }
  packedWord[0] = p0;
  packedWord[1] = p1;
  packedWord[2] = p2;
  scanned.packed = ascii && end - start <= PACKED_LENGTH;
  return end;
}

function isAbbreviation(text: string, start: number, periodAt: number): boolean {
  const word = text.slice(start, periodAt).toLowerCase();
  // "No. 1" is an abbreviation, "she said no." ends the sentence.
  return ABBREVIATIONS.has(word) && !(word === "no" && !isDigitAfterSpace(text, periodAt + 1));
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** A closing mark that still belongs to the sentence a . ! ? ended: ” " ’ ) ''. */
function closesSentence(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x201d || c === 34 || c === 0x2019 || c === 41 || (c === 39 && text.charCodeAt(at + 1) === 39);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let sentence = 0;
  let paragraphStart = true;
  let inQuote = false;
  let sentenceEnded = false;
  /** After . ! ?: closing quotes and parentheses still belong to the sentence that ended. */
  let closing = false;
  let i = 0;
  let steps = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      // The commonest character first.
      steps++;
      if (closing) {
        closing = false;
        sentenceEnded = true;
      }
      i++;
      continue;
    }
    let end = i + 1;
    let kind = Kind.Punct;
    /** A word of 2 to 12 ASCII characters whose packed form `packedWord` holds. */
    let packed = false;
    if (closing) {
      if (closesSentence(text, i)) {
        if (code !== 41) {
          kind = Kind.CloseQuote;
          if (code === 39) end = i + 2;
        }
      } else {
        closing = false;
        sentenceEnded = true;
      }
    }
    if (!closing) {
      if (isSpace(code)) {
        steps++;
        if (code === 10) {
          paragraphStart = true;
          // A quotation may run over paragraphs (a new paragraph reopens it), but a line break
          // ends the sentence.
          if (tokens.length > 0) sentenceEnded = true;
          inQuote = false;
        }
        i++;
        continue;
      }
      if (isLetterOrDigit(code)) {
        end = wordEnd(text, i);
        packed = scanned.packed && end - i > 1;
        kind = isDigit(code) ? Kind.Number : Kind.Word;
      } else if (isApostrophe(code) && end < n && isLetterOrDigit(text.charCodeAt(end)) && i > 0 && isLetterOrDigit(text.charCodeAt(i - 1))) {
        // Clitic: 's, 't, 're, 'll, 've, 'd, 'm.
        while (end < n && end - i < 4 && isLetterOrDigit(text.charCodeAt(end))) end++;
        kind = Kind.Word;
      } else if (code === 0x201c || code === 0x201e || code === 0xab) {
        kind = Kind.OpenQuote;
      } else if (code === 0x201d || code === 0xbb) {
        kind = Kind.CloseQuote;
      } else if (code === 34 || (code === 39 && text.charCodeAt(i + 1) === 39) || (code === 96 && text.charCodeAt(i + 1) === 96)) {
        // '"', and the typewriter pairs "''" / "``" that some newspapers (and PolNeAR's NYT texts) quote with.
        if (code !== 34) end = i + 2;
        kind = inQuote && code !== 96 ? Kind.CloseQuote : Kind.OpenQuote;
      } else if (code >= 0xd800 && code <= 0xdbff && end < n && (text.charCodeAt(end) & 0xfc00) === 0xdc00) {
        // An astral character (emoji, CJK extension B) is one token: a span never splits its surrogate pair.
        end = i + 2;
      } else if (code === 46 || code === 33 || code === 63) {
        // A sentence ends at . ! ? (a closing quote right after still belongs to it).
        closing = true;
      }
    }
    steps += end - i;
    if (sentenceEnded) {
      sentence++;
      sentenceEnded = false;
    }
    if (kind === Kind.CloseQuote) inQuote = false;
    const lower = packed ? packedLower(packedWord[0]!, packedWord[1]!, packedWord[2]!, text, i, end) : lowerOf(text, i, end);
    tokens.push({ start: i, end, lower, kind, upper: isUpper(code), sentence, paragraphStart, inQuote, wordKey: interned.key });
    if (kind === Kind.OpenQuote) inQuote = true;
    paragraphStart = false;
    i = end;
  }
  tokenizerWork.steps += steps;
  return tokens;
}
