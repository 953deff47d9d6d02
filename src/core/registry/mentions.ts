/**
 * Finds every registry mention in a text in one left-to-right pass over its word tokens. The pass
 * keeps what the article has taught it so far: acronyms it spelled out ("Center for Strategic and
 * International Studies (CSIS)") and people it named in full, whose surname alone then counts.
 */
import { startsUpper, tokenize, type Token } from "./normalise";
import { resolveCandidates } from "./disambiguate";
import type { RegistryEntry } from "./schema";
import { matcherFor, matcherWork, type MatcherIndex, type PatternHit } from "./trie";

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

export interface ScanResult {
  tokens: Token[];
  mentions: Mention[];
}

/** Words that, right before a lone surname, say it is a person's ("Defense Minister Fedorov"). */
const TITLE_WORDS = new Set([
  "minister", "president", "premier", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson",
  "general", "gen", "admiral", "adm", "ambassador", "senator", "sen", "rep", "representative", "governor",
  "mayor", "chairman", "chairwoman", "chair", "director", "chief", "commander", "envoy", "mr", "mrs", "ms",
  "dr", "prof", "sir", "lord", "lady", "king", "queen", "prince", "sheikh", "pm", "leader", "speaker", "colonel",
]);

export function scanMentions(text: string, entries: readonly RegistryEntry[]): ScanResult {
  const index = matcherFor(entries);
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  const boundAcronyms = new Map<string, number | null>();
  const boundSurnames = new Map<string, number>();
  const emit = (e: number, from: number, to: number, via: MentionVia, acronymDefined: boolean): void => {
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    const entry = index.entries[e]!;
    mentions.push({ entry, start, end, text: text.slice(start, end), via, acronymDefined, tokenStart: from, tokenEnd: to });
    if (entry.kind === "person" && via === "name") {
      const words = tokenize(entry.name);
      const surname = words[words.length - 1];
      if (surname) boundSurnames.set(surname.key, e);
    }
  };

  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    // Tokens carry no dots or spaces, so a token's text is already its acronym key.
    const acronym = token.raw;
    // What the article spelled out comes first: its "CSIS" is the one it defined.
    if (boundAcronyms.has(acronym)) {
      const e = boundAcronyms.get(acronym);
      if (e !== null && e !== undefined) emit(e, i, i + 1, "defined-acronym", true);
      i++;
      continue;
    }
    const named = longestName(text, index, tokens, i);
    // A surname the article bound beats a one-word name: after "Johann Wagner", "Wagner said" is him.
    if ((!named || named.length === 1) && startsUpper(token.raw) && boundSurnames.has(token.key)) {
      emit(boundSurnames.get(token.key)!, i, i + 1, "surname", false);
      i++;
      continue;
    }
    if (named) {
      // A one-word name that is also someone's acronym ("ABC" from "ABC News") competes with it.
      const sameAcronym = named.length === 1 ? index.acronyms.get(acronym) ?? [] : [];
      const e = resolveCandidates(index, tokens, i, [...named.hits.map((h) => h.entry), ...sameAcronym]);
      const after = i + named.length;
      if (e !== null) {
        emit(e, i, after, "name", false);
        if (isParenthesisedAcronym(text, tokens, after)) {
          boundAcronyms.set(tokens[after]!.raw, e);
          emit(e, after, after + 1, "defined-acronym", true);
          i = after + 1;
          continue;
        }
      }
      i = after;
      continue;
    }
    if (isParenthesisedAcronym(text, tokens, i) && i >= 2 && startsUpper(tokens[i - 1]!.raw)) {
      // The article defines this acronym as something the registry does not know: never guess it.
      boundAcronyms.set(acronym, null);
    } else if (index.acronyms.has(acronym)) {
      const e = resolveCandidates(index, tokens, i, index.acronyms.get(acronym)!);
      if (e !== null) emit(e, i, i + 1, "acronym", false);
    } else if (startsUpper(token.raw) && i > 0 && TITLE_WORDS.has(tokens[i - 1]!.key) && index.surnames.has(token.key)) {
      const e = resolveCandidates(index, tokens, i, index.surnames.get(token.key)!);
      if (e !== null) emit(e, i, i + 1, "surname", false);
    }
    i++;
  }
  return { tokens, mentions };
}

/** Registry mentions anywhere in a text, in text order. */
export function findMentions(text: string, entries: readonly RegistryEntry[]): Mention[] {
  return scanMentions(text, entries).mentions;
}

interface NameMatch {
  length: number;
  hits: PatternHit[];
}

/** The longest name or alias starting at token i whose conditions hold. */
function longestName(text: string, index: MatcherIndex, tokens: readonly Token[], i: number): NameMatch | null {
  let node = index.root;
  let best: NameMatch | null = null;
  for (let j = i; j < tokens.length; j++) {
    const child = node.next.get(tokens[j]!.key);
    if (!child) break;
    node = child;
    matcherWork.steps += 1 + node.hits.length;
    const hits = node.hits.filter((h) => hitApplies(text, h, tokens, i, j + 1));
    if (hits.length > 0) best = { length: j - i + 1, hits };
  }
  return best;
}

/** Whether a name found at tokens [i, end) counts there. */
function hitApplies(text: string, hit: PatternHit, tokens: readonly Token[], i: number, end: number): boolean {
  // Words the name capitalises must be capitalised in the text: "Foreign Policy", not "Foreign policy".
  for (let k = i; k < end; k++) if (hit.capitals[k - i] && !startsUpper(tokens[k]!.raw)) return false;
  if (!hit.hadThe) return true;
  const previous = tokens[i - 1];
  const afterThe = previous !== undefined && previous.key === "the";
  if (end - i > 1) {
    // "The Free Press", but not the "Detroit Free Press" the registry does not know.
    return afterThe || previous === undefined || !startsUpper(previous.raw) || endsSentence(text, previous.end, tokens[i]!.start);
  }
  // A one-word name needs its "the": "the Hill", but not "the Hill Country" or "the National Guard".
  if (!afterThe) return false;
  const next = tokens[end];
  return next === undefined || !startsUpper(next.raw) || /[.!?;:,()"“”]/.test(text.slice(tokens[i]!.end, next.start));
}

function endsSentence(text: string, from: number, to: number): boolean {
  return /[.!?:;]/.test(text.slice(from, to));
}

/** Token i is an acronym standing alone in parentheses: "(CSIS)". */
function isParenthesisedAcronym(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  const previousEnd = i > 0 ? tokens[i - 1]!.end : 0;
  // Cheap test first: the character before the token, skipping one space, must be "(".
  const open = text[token.start - 1] === " " ? token.start - 2 : token.start - 1;
  if (open < previousEnd || text[open] !== "(") return false;
  if (!looksLikeAcronym(token.raw)) return false;
  const before = text.slice(previousEnd, token.start);
  const after = text.slice(token.end, token.end + 3);
  return before.trim() === "(" && after.trimStart().startsWith(")");
}

function looksLikeAcronym(raw: string): boolean {
  if (raw.length < 2 || raw.length > 10) return false;
  let capitals = 0;
  for (const ch of raw) if (ch !== ch.toLowerCase()) capitals++;
  return capitals >= 2 && startsUpper(raw);
}
