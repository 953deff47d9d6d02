/**
 * undefined-acronym (info): an acronym used before its expansion, or never expanded, that the
 * registry cannot resolve and that is not common knowledge. "Center for Strategic and International
 * Studies (CSIS)" defines CSIS for the rest of the article.
 */
import type { RegistryEntry } from "../registry";
import { spanOf } from "../report";
import { claimsNear, overlaps, type Analysis, type Draft } from "./context";

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
  let words: RegExpExecArray[] | null = null;
  const seen = new Set<string>();
  const drafts: Draft[] = [];
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
    const acronym = m[0];
    if (seen.has(acronym)) continue;
    seen.add(acronym);
    const end = m.index + acronym.length;
    if (COMMON.has(acronym) || known.has(acronym) || inCapitalisedLine(text, m.index) || isShouting(text, m.index, end) || isInitials(text, end) || isEmphasis(text, acronym)) {
      continue;
    }
    if (seen.size > MAX_ACRONYMS) break;
    words ??= [...text.matchAll(/[A-Za-z][\w'’-]*/g)];
    const definition = firstDefinition(words, acronym);
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

/** Where the first expansion of the acronym appears, or -1. */
function firstDefinition(words: readonly RegExpExecArray[], acronym: string): number {
  for (let i = 0; i < words.length; i++) {
    let letter = 0;
    let j = i;
    while (j < words.length && letter < acronym.length) {
      const word = words[j]![0];
      if (SMALL_WORDS.has(word.toLowerCase()) && j > i) {
        j++;
        continue;
      }
      if (word[0] !== acronym[letter] || word === acronym) break;
      letter++;
      j++;
    }
    if (letter === acronym.length) return words[i]!.index;
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

/** "an immature WHITE college frat boy", "FLINT": a word the article also writes in lower or title case. */
function isEmphasis(text: string, acronym: string): boolean {
  for (const m of text.matchAll(new RegExp(`\\b${acronym}\\b`, "gi"))) if (m[0] !== acronym) return true;
  return false;
}

function inCapitalisedLine(text: string, at: number): boolean {
  const start = text.lastIndexOf("\n", at) + 1;
  const newline = text.indexOf("\n", at);
  const line = text.slice(start, newline === -1 ? text.length : newline);
  const letters = line.replace(/[^A-Za-z]/g, "");
  return letters.length > 0 && letters.replace(/[^A-Z]/g, "").length / letters.length > 0.6;
}
