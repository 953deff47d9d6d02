/**
 * Tokenizer for attribution extraction: one left-to-right pass over the characters (linear on any
 * input, no regular expressions), producing word and punctuation tokens with their string offsets,
 * sentence ids, paragraph starts and whether a token sits inside a quotation.
 */

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
}

/** Abbreviations that keep their final period (so "Mr. Trump" does not end a sentence). */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st", "jr", "sr", "prof", "rev",
  "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "vs", "no",
  "u.s", "u.k", "u.n", "d.c", "e.g", "i.e", "a.m", "p.m", "st", "mt", "ft", "calif", "fla", "ariz", "mass", "pa",
]);

function isDigitAfterSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(text.charCodeAt(at) === 32 ? at + 1 : at);
  return c >= 48 && c <= 57;
}

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

const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  // General punctuation, quotes and dashes (U+2000-U+206F) are the common non-ASCII characters of news text.
  if (code >= 0x2000 && code <= 0x206f) return false;
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  // Other letters: anything that has distinct cases, or common scripts without case.
  const ch = String.fromCharCode(code);
  return ch.toLowerCase() !== ch.toUpperCase() || (code >= 0x3040 && code <= 0x9fff);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

const APOSTROPHES = new Set([39, 0x2019]);
const DOUBLE_QUOTES_OPEN = new Set([0x201c, 0x201e, 0xab]);
const DOUBLE_QUOTES_CLOSE = new Set([0x201d, 0xbb]);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let sentence = 0;
  let paragraphStart = true;
  let inQuote = false;
  let sentenceEnded = false;
  let i = 0;
  let steps = 0;
  const push = (start: number, end: number, kind: Kind) => {
    const raw = text.slice(start, end);
    const first = raw.charCodeAt(0);
    if (sentenceEnded) {
      sentence++;
      sentenceEnded = false;
    }
    tokens.push({
      start,
      end,
      lower: raw.toLowerCase(),
      kind,
      upper: first >= 65 && first <= 90 ? true : first > 127 && raw[0] !== raw[0]!.toLowerCase(),
      sentence,
      paragraphStart,
      inQuote,
    });
    paragraphStart = false;
  };
  while (i < n) {
    steps++;
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
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
      let j = i + 1;
      let digits = code >= 48 && code <= 57;
      while (j < n) {
        steps++;
        const c = text.charCodeAt(j);
        if (isLetterOrDigit(c)) {
          j++;
          continue;
        }
        // Internal joiners: "Jean-Luc", "U.S", "3,000", "don't" (the 's and n't clitics split below).
        const next = j + 1 < n ? text.charCodeAt(j + 1) : 0;
        if ((c === 45 || c === 46 || (c === 44 && digits)) && isLetterOrDigit(next)) {
          j += 2;
          continue;
        }
        if (APOSTROPHES.has(c) && isLetterOrDigit(next)) {
          // Split the possessive / contraction clitic off: "Trump" + "'s".
          break;
        }
        break;
      }
      digits = digits && code >= 48 && code <= 57;
      // Keep the period of a known abbreviation or of a single initial ("J. Smith").
      if (j < n && text.charCodeAt(j) === 46) {
        const word = text.slice(i, j).toLowerCase();
        // "No. 1" is an abbreviation, "she said no." ends the sentence.
        const numberSign = word === "no" && !isDigitAfterSpace(text, j + 1);
        if ((ABBREVIATIONS.has(word) && !numberSign) || (j - i === 1 && code >= 65 && code <= 90) || isStateAbbreviation(text, i, j)) j++;
      }
      push(i, j, digits ? Kind.Number : Kind.Word);
      i = j;
      continue;
    }
    if (APOSTROPHES.has(code) && i + 1 < n && isLetterOrDigit(text.charCodeAt(i + 1)) && i > 0 && isLetterOrDigit(text.charCodeAt(i - 1))) {
      // Clitic: 's, 't, 're, 'll, 've, 'd, 'm.
      let j = i + 1;
      while (j < n && isLetterOrDigit(text.charCodeAt(j)) && j - i < 4) {
        steps++;
        j++;
      }
      push(i, j, Kind.Word);
      i = j;
      continue;
    }
    // Punctuation, one character per token (quotes decide the quotation state).
    if (DOUBLE_QUOTES_OPEN.has(code)) {
      push(i, i + 1, Kind.OpenQuote);
      inQuote = true;
    } else if (DOUBLE_QUOTES_CLOSE.has(code)) {
      inQuote = false;
      push(i, i + 1, Kind.CloseQuote);
    } else if (code === 34 || (code === 39 && text.charCodeAt(i + 1) === 39) || (code === 96 && text.charCodeAt(i + 1) === 96)) {
      // '"', and the typewriter pairs "''" / "``" that some newspapers (and PolNeAR's NYT texts) quote with.
      const width = code === 34 ? 1 : 2;
      if (inQuote && code !== 96) {
        inQuote = false;
        push(i, i + width, Kind.CloseQuote);
      } else {
        push(i, i + width, Kind.OpenQuote);
        inQuote = true;
      }
      i += width;
      continue;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // An astral character (emoji, CJK extension B) is one token: a span never splits its surrogate pair.
      push(i, i + 2, Kind.Punct);
      i += 2;
      continue;
    } else {
      push(i, i + 1, Kind.Punct);
      if (code === 46 || code === 33 || code === 63) {
        // A sentence ends at . ! ? (a closing quote right after still belongs to it).
        let j = i + 1;
        while (j < n && (text.charCodeAt(j) === 0x201d || text.charCodeAt(j) === 34 || text.charCodeAt(j) === 0x2019 || text.charCodeAt(j) === 41 || (text.charCodeAt(j) === 39 && text.charCodeAt(j + 1) === 39))) {
          steps++;
          const c = text.charCodeAt(j);
          const width = c === 39 ? 2 : 1;
          if (c === 41) push(j, j + 1, Kind.Punct);
          else {
            inQuote = false;
            push(j, j + width, Kind.CloseQuote);
          }
          j += width;
        }
        i = j;
        sentenceEnded = true;
        continue;
      }
    }
    i++;
  }
  tokenizerWork.steps += steps;
  return tokens;
}
