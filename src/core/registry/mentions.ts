/**
 * Finds every registry mention in a text in one left-to-right pass over its word tokens. The pass
 * keeps what the article has taught it so far: acronyms it spelled out ("Center for Strategic and
 * International Studies (CSIS)") and people it named in full, whose surname alone then counts.
 */
import { cutWords } from "./cut-words";
import { resolveCandidates } from "./disambiguate";
import type { RegistryEntry } from "./schema";
import { matcherFor, matcherWork, type MatcherIndex, type PatternHit } from "./trie";
import type { TrieNode, WordInfo } from "./words";

export type MentionVia = "name" | "acronym" | "defined-acronym" | "surname";

export interface Mention {
  entry: RegistryEntry;
  start: number;
  end: number;
  text: string;
  via: MentionVia;
  /** For an acronym: whether the article spelled it out at or before this mention. */
  acronymDefined: boolean;
  /** Token positions [tokenStart, tokenEnd) in the scan's token list. */
  tokenStart: number;
  tokenEnd: number;
}

/** A scan's words in parallel arrays: token k spans [starts[k], ends[k]) and is words[k]. */
export interface ScanTokens {
  starts: readonly number[];
  ends: readonly number[];
  words: readonly WordInfo[];
}

export interface ScanResult {
  tokens: ScanTokens;
  mentions: Mention[];
}

export function scanMentions(text: string, entries: readonly RegistryEntry[]): ScanResult {
  const index = matcherFor(entries);
  const tokens = scanTokens(text, index);
  const { starts, ends, words } = tokens;
  const count = words.length;
  const mentions: Mention[] = [];
  // Keyed by the word itself: the table gives one WordInfo per spelling.
  const boundAcronyms = new Map<WordInfo, number | null>();
  const boundSurnames = new Map<string, number>();
  const emit = (e: number, from: number, to: number, via: MentionVia, acronymDefined: boolean): void => {
    const start = starts[from]!;
    const end = ends[to - 1]!;
    const entry = index.entries[e]!;
    mentions.push({ entry, start, end, text: text.slice(start, end), via, acronymDefined, tokenStart: from, tokenEnd: to });
    if (entry.kind === "person" && via === "name") {
      const surname = index.surnameKeys[e];
      if (surname !== undefined) boundSurnames.set(surname, e);
    }
  };

  let i = 0;
  while (i < count) {
    const word = words[i]!;
    // What the article spelled out comes first: its "CSIS" is the one it defined.
    if (boundAcronyms.size > 0 && boundAcronyms.has(word)) {
      const e = boundAcronyms.get(word);
      if (e !== null && e !== undefined) emit(e, i, i + 1, "defined-acronym", true);
      i++;
      continue;
    }
    const named = word.node === null ? null : longestName(text, word.node, tokens, i);
    // A surname the article bound beats a one-word name: after "Johann Wagner", "Wagner said" is him.
    if ((!named || named.length === 1) && word.upper && boundSurnames.size > 0 && boundSurnames.has(word.key)) {
      emit(boundSurnames.get(word.key)!, i, i + 1, "surname", false);
      i++;
      continue;
    }
    if (named) {
      // A one-word name that is also someone's acronym ("ABC" from "ABC News") competes with it.
      const sameAcronym = named.length === 1 ? word.acronymEntries ?? [] : [];
      const e = resolveCandidates(index, tokens, i, [...named.hits.map((h) => h.entry), ...sameAcronym]);
      const after = i + named.length;
      if (e !== null) {
        emit(e, i, after, "name", false);
        if (isParenthesisedAcronym(text, tokens, after)) {
          boundAcronyms.set(words[after]!, e);
          emit(e, after, after + 1, "defined-acronym", true);
          i = after + 1;
          continue;
        }
      }
      i = after;
      continue;
    }
    // Most words start nothing: no name, acronym or surname, and not shaped like a defined acronym.
    if (word.acronymEntries === null && !word.acronymShaped && (word.surnameEntries === null || !word.upper)) {
      i++;
      continue;
    }
    if (isParenthesisedAcronym(text, tokens, i) && i >= 2 && words[i - 1]!.upper) {
      // The article defines this acronym as something the registry does not know: never guess it.
      boundAcronyms.set(word, null);
    } else if (word.acronymEntries !== null) {
      const e = resolveCandidates(index, tokens, i, word.acronymEntries);
      if (e !== null) emit(e, i, i + 1, "acronym", false);
    } else if (word.upper && i > 0 && words[i - 1]!.titleWord && word.surnameEntries !== null) {
      const e = resolveCandidates(index, tokens, i, word.surnameEntries);
      if (e !== null) emit(e, i, i + 1, "surname", false);
    }
    i++;
  }
  return { tokens, mentions };
}

/** The text's words, each looked up in the index's word table where it stands. */
function scanTokens(text: string, index: MatcherIndex): ScanTokens {
  const table = index.words;
  table.trim();
  return cutWords(text, table);
}

/** Registry mentions anywhere in a text, in text order. */
export function findMentions(text: string, entries: readonly RegistryEntry[]): Mention[] {
  return scanMentions(text, entries).mentions;
}

interface NameMatch {
  length: number;
  hits: PatternHit[];
}

/** The longest name or alias starting at token i (whose word leads to `first` in the trie) whose conditions hold. */
function longestName(text: string, first: TrieNode, tokens: ScanTokens, i: number): NameMatch | null {
  const words = tokens.words;
  let node: TrieNode | undefined = first;
  let best: NameMatch | null = null;
  for (let j = i; node !== undefined; ) {
    matcherWork.steps += 1 + node.hits.length;
    if (node.hits.length > 0) {
      const hits = node.hits.filter((h) => hitApplies(text, h, tokens, i, j + 1));
      if (hits.length > 0) best = { length: j - i + 1, hits };
    }
    j++;
    if (j >= words.length || node.next.size === 0) break;
    node = node.next.get(words[j]!.key);
  }
  return best;
}

/** Whether a name found at tokens [i, end) counts there. */
function hitApplies(text: string, hit: PatternHit, tokens: ScanTokens, i: number, end: number): boolean {
  const words = tokens.words;
  // Words the name capitalises must be capitalised in the text: "Foreign Policy", not "Foreign policy".
  for (let k = i; k < end; k++) if (hit.capitals[k - i] && !words[k]!.upper) return false;
  if (!hit.hadThe) return true;
  const previous = i > 0 ? words[i - 1]! : undefined;
  const afterThe = previous !== undefined && previous.isThe;
  if (end - i > 1) {
    // "The Free Press", but not the "Detroit Free Press" the registry does not know.
    return afterThe || previous === undefined || !previous.upper || endsSentence(text, tokens.ends[i - 1]!, tokens.starts[i]!);
  }
  // A one-word name needs its "the": "the Hill", but not "the Hill Country" or "the National Guard".
  if (!afterThe) return false;
  const next = end < words.length ? words[end]! : undefined;
  return next === undefined || !next.upper || /[.!?;:,()"“”]/.test(text.slice(tokens.ends[i]!, tokens.starts[end]!));
}

function endsSentence(text: string, from: number, to: number): boolean {
  return /[.!?:;]/.test(text.slice(from, to));
}

/** Token i is an acronym standing alone in parentheses: "(CSIS)". */
function isParenthesisedAcronym(text: string, tokens: ScanTokens, i: number): boolean {
  if (i >= tokens.words.length) return false;
  const start = tokens.starts[i]!;
  const end = tokens.ends[i]!;
  const previousEnd = i > 0 ? tokens.ends[i - 1]! : 0;
  // Cheap test first: the character before the token, skipping one space, must be "(".
  const open = text[start - 1] === " " ? start - 2 : start - 1;
  if (open < previousEnd || text[open] !== "(") return false;
  if (!tokens.words[i]!.acronymShaped) return false;
  const before = text.slice(previousEnd, start);
  const after = text.slice(end, end + 3);
  return before.trim() === "(" && after.trimStart().startsWith(")");
}
