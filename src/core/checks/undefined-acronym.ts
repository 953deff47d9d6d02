/**
 * undefined-acronym (info): an acronym used before its expansion, or never expanded, that the
 * registry cannot resolve and that is not common knowledge. "Center for Strategic and International
 * Studies (CSIS)" defines CSIS for the rest of the article.
 */
import type { RegistryEntry } from "../registry";
import { spanOf } from "../report";
import { claimsNear, loweredText, overlaps, type Analysis, type Draft } from "./context";

export const UNDEFINED_ACRONYM = "undefined-acronym";

const ACRONYM = /\b[A-Z][A-Z&]{2,5}\b/g;
/** Acronyms a general news reader knows without help (and headline words in capitals). */
const COMMON = new Set([
  "USA", "UAE", "USSR", "NATO", "FBI", "CIA", "NSA", "NASA", "GOP", "CEO", "CFO", "CNN", "NBC", "ABC", "CBS", "BBC",
  "NPR", "PBS", "MSNBC", "HBO", "AIDS", "HIV", "DNA", "GDP", "IRS", "EPA", "FDA", "CDC", "NYPD", "LAPD", "NFL", "NBA",
  "MLB", "NHL", "FIFA", "UEFA", "OPEC", "UNESCO", "UNICEF", "WHO", "IMF", "ISIS", "ISIL", "WWII", "LGBT", "LGBTQ",
  "COVID", "SARS", "SUV", "CEO", "PDF", "URL", "USB", "GPS", "ATM", "TV", "UFO", "VIP", "PhD", "MBA", "NYC", "ESPN",
  "AFP", "DNC", "RNC", "ACLU", "NAACP", "NRA", "SEC", "FCC", "FEC", "DOJ", "DHS", "ICE", "TSA", "ATF", "DEA", "NYSE",
  "III", "VII", "VIII", "XII", "AM", "PM", "EST", "PST", "GMT", "UTC", "EDT", "PDT", "CST", "CDT", "MST", "LLC", "INC",
  "UPI", "CNBC", "MTV", "MIT", "POTUS", "FLOTUS", "SCOTUS", "PAC", "PTSD", "AFL", "CIO", "CVS", "UCLA", "NCAA", "NASCAR",
  "OK", "SWAT", "NOAA", "FEMA", "AARP", "AT&T", "IBM", "BMW", "HSBC", "NHS", "EU", "UN", "UK", "US",
  "NOW", "AND", "THE", "FOR", "NOT", "NEW", "ALL", "BUT", "YOU", "OUR", "OUT", "ONE", "TWO",
]);
/** Each distinct acronym costs a pass over the words; a page with more is not prose. */
const MAX_ACRONYMS = 40;
const SMALL_WORDS = new Set(["of", "for", "and", "the", "on", "in", "to", "at", "&"]);

export function undefinedAcronymFindings(analysis: Analysis): Draft[] {
  const { text } = analysis;
  const known = registryAcronyms(analysis.registry.entries);
  let words: ArticleWords | null = null;
  const seen = new Set<string>();
  const drafts: Draft[] = [];
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
    const acronym = m[0];
    if (seen.has(acronym)) continue;
    seen.add(acronym);
    const end = m.index + acronym.length;
    if (COMMON.has(acronym) || known.has(acronym) || inCapitalisedLine(text, m.index) || isShouting(text, m.index, end) || isInitials(text, end)) continue;
    if (isEmphasis(text, loweredText(analysis), acronym)) continue;
    if (seen.size > MAX_ACRONYMS) break;
    words ??= articleWords(text);
    const definition = firstDefinition(text, words, acronym);
    // The expansion beside this first use ("Full Name (ACR)", "ACR (Full Name)") or before it defines it.
    const explainedAfter = /^\s*\(/.test(text.slice(end, end + 3)) && definition !== -1 && definition <= end + 4;
    if ((definition !== -1 && definition < m.index) || explainedAfter) continue;
    const span = spanOf(text, m.index, m.index + acronym.length);
    drafts.push({
      kind: UNDEFINED_ACRONYM,
      severity: "info",
      message: definition === -1
        ? `“${acronym}” is never spelled out in the article.`
        : `“${acronym}” is used before the article spells it out.`,
      claimIds: claimsNear(analysis, span).filter((claim) => claim.source && overlaps(claim.source, span)).map((claim) => claim.id),
      spans: [span],
    });
  }
  return drafts;
}

/** The registry's acronyms in capitals, collected once per registry (the bundled one has thousands of entries). */
const acronymsByRegistry = new WeakMap<readonly RegistryEntry[], Set<string>>();

function registryAcronyms(entries: readonly RegistryEntry[]): Set<string> {
  let known = acronymsByRegistry.get(entries);
  if (!known) {
    known = new Set(entries.flatMap((entry) => entry.acronyms.map((a) => a.toUpperCase())));
    acronymsByRegistry.set(entries, known);
  }
  return known;
}

/**
 * The article's words (a letter, then letters, digits, _ ' ’ -) as offsets, not
 * strings, and which start with each letter (an expansion starts with its acronym's first letter).
 * One pass over the character codes: no string is cut out per word.
 */
interface ArticleWords {
  starts: number[];
  ends: number[];
  /** Per ASCII code of a first letter: the indexes of the words that start with it. */
  byFirstLetter: (number[] | undefined)[];
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** \w, the apostrophes ' ’ and the hyphen: what continues a word. */
function isWordPart(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 95 || code === 39 || code === 0x2019 || code === 45;
}

function articleWords(text: string): ArticleWords {
  const starts: number[] = [];
  const ends: number[] = [];
  const byFirstLetter: (number[] | undefined)[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const first = text.charCodeAt(i);
    if (!isAsciiLetter(first)) {
      i++;
      continue;
    }
    const start = i;
    for (i++; i < n && isWordPart(text.charCodeAt(i)); i++);
    (byFirstLetter[first] ??= []).push(starts.length);
    starts.push(start);
    ends.push(i);
  }
  return { starts, ends, byFirstLetter };
}

/** "of", "for", "and", …: words an expansion may hold without a letter in the acronym (any case). */
function isSmallWord(text: string, start: number, end: number): boolean {
  return end - start <= 3 && SMALL_WORDS.has(text.slice(start, end).toLowerCase());
}

/** Where the first expansion of the acronym appears, or -1. */
function firstDefinition(text: string, { starts, ends, byFirstLetter }: ArticleWords, acronym: string): number {
  // Only a word starting with the acronym's first letter can start its expansion.
  for (const i of byFirstLetter[acronym.charCodeAt(0)] ?? []) {
    let letter = 0;
    let j = i;
    while (j < starts.length && letter < acronym.length) {
      const start = starts[j]!;
      const end = ends[j]!;
      if (j > i && isSmallWord(text, start, end)) {
        j++;
        continue;
      }
      if (text.charCodeAt(start) !== acronym.charCodeAt(letter) || (end - start === acronym.length && text.startsWith(acronym, start))) break;
      letter++;
      j++;
    }
    if (letter === acronym.length) return starts[i]!;
  }
  return -1;
}

/** Words in capitals beside other words in capitals ("THEY LOSE, WE WIN") or a speaker label ("PENCE:"). */
function isShouting(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  if (/^:/.test(after)) return true;
  return /\b[A-Z]{2,}[\s,'’—–-]+(?:[AI]\s+)?$/.test(before) || /^[\s,'’—–-]+(?:[AI]\s+)?[A-Z]{2,}\b/.test(after);
}

/** "AWR Hawkins": initials before a surname, not an acronym. */
function isInitials(text: string, end: number): boolean {
  return /^ [A-Z][a-z]+\b/.test(text.slice(end, end + 30));
}

/**
 * "an immature WHITE college frat boy", "FLINT": a word the article also writes in lower or title
 * case. `lowered` is the text in lower case: where it never holds the acronym in another case,
 * the search by regular expression (one per acronym, over the whole text) cannot find it either.
 */
function isEmphasis(text: string, lowered: string, acronym: string): boolean {
  if (lowered.length === text.length && !hasOtherCase(text, lowered, acronym)) return false;
  for (const m of text.matchAll(new RegExp(`\\b${acronym}\\b`, "gi"))) if (m[0] !== acronym) return true;
  return false;
}

function hasOtherCase(text: string, lowered: string, acronym: string): boolean {
  const target = acronym.toLowerCase();
  for (let at = lowered.indexOf(target); at !== -1; at = lowered.indexOf(target, at + 1)) {
    if (!text.startsWith(acronym, at)) return true;
  }
  return false;
}

/** A line whose ASCII letters are mostly capitals: a headline or a label. */
function inCapitalisedLine(text: string, at: number): boolean {
  const start = text.lastIndexOf("\n", at) + 1;
  const newline = text.indexOf("\n", at);
  const end = newline === -1 ? text.length : newline;
  let letters = 0;
  let capitals = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) {
      letters++;
      capitals++;
    } else if (code >= 97 && code <= 122) letters++;
  }
  return letters > 0 && capitals / letters > 0.6;
}
