/**
 * The pattern index built once per registry: a trie over normalised word keys for names and
 * aliases, and hash maps for acronyms (case kept) and person surnames. Looking a position up costs
 * at most one map step per word of the longest pattern, whatever the registry's size.
 */
import { countryContextWords } from "./countries";
import { acronymKey, dropLeadingThe, isAllCapsWord, startsUpper, tokenize } from "./normalise";
import type { RegistryEntry } from "./schema";
import { WordTable, type PatternHit, type TrieNode } from "./words";

export type { PatternHit, TrieNode } from "./words";

export interface MatcherIndex {
  entries: readonly RegistryEntry[];
  root: TrieNode;
  acronyms: Map<string, number[]>;
  surnames: Map<string, number[]>;
  /** Per entry: the keys of its context words and its country's words. */
  context: string[][];
  /** Every context word's key (and "=ACRONYM" key) to its id. */
  contextIds: Map<string, number>;
  /** Per entry: its context phrases as word ids, in `context`'s order (null: a phrase no text can hold). */
  contextPhrases: (readonly number[] | null)[][];
  /** Per person entry: the key of its name's last word, which a full mention binds as a surname. */
  surnameKeys: (string | undefined)[];
  /** The words scans have met, described for this index. */
  words: WordTable;
}

/** Disambiguation looks for context phrases of at most this many words. */
export const LONGEST_PHRASE = 3;

/**
 * Work counter for the scaling test: trie steps, name hits and candidates examined by scans since
 * the last reset. Scanning the same text with a registry 40 times larger must not count more
 * (tests/unit/registry/scaling.test.ts); one addition per step costs nothing measurable.
 */
export const matcherWork = { steps: 0 };

const cache = new WeakMap<readonly RegistryEntry[], MatcherIndex>();

export function matcherFor(entries: readonly RegistryEntry[]): MatcherIndex {
  let index = cache.get(entries);
  if (!index) {
    index = buildIndex(entries);
    cache.set(entries, index);
  }
  return index;
}

export function buildIndex(entries: readonly RegistryEntry[]): MatcherIndex {
  const root = newNode();
  const acronyms = new Map<string, number[]>();
  const surnames = new Map<string, number[]>();
  const contextIds = new Map<string, number>();
  const index: MatcherIndex = {
    entries, root, acronyms, surnames, context: [], contextIds, contextPhrases: [], surnameKeys: [],
    words: new WordTable({ root, acronyms, surnames, contextIds }),
  };
  entries.forEach((entry, e) => {
    for (const name of [entry.name, ...entry.aliases]) {
      // A one-word name written in capitals ("NOS", "ERR") is an acronym: matching it regardless
      // of case would find the Spanish "nos" or "err".
      if (isAllCapsWord(name)) pushUnique(index.acronyms, acronymKey(name), e);
      else addName(index.root, name, e);
    }
    for (const acronym of entry.acronyms) pushUnique(index.acronyms, acronymKey(acronym), e);
    const words = tokenize(entry.name);
    const surname = words[words.length - 1];
    index.surnameKeys.push(entry.kind === "person" ? surname?.key : undefined);
    if (entry.kind === "person" && words.length > 1 && surname) pushUnique(index.surnames, surname.key, e);
    const context = [...(entry.context ?? []).map(phraseKey), ...countryKeys(entry.country)];
    index.context.push(context);
    index.contextPhrases.push(context.map((phrase) => phraseIds(phrase, contextIds)));
  });
  // The capitals a name asks for hold for its first word too: most names cannot start at a word in lower case.
  for (const child of root.next.values()) child.startsLower = startsLowerBelow(child);
  return index;
}

function startsLowerBelow(node: TrieNode): boolean {
  if (node.hits.some((hit) => !hit.capitals[0])) return true;
  for (const child of node.next.values()) if (startsLowerBelow(child)) return true;
  return false;
}

/** A context phrase key as word ids ("=US" is one word; "new delhi" two); null when longer than disambiguation looks. */
function phraseIds(phrase: string, ids: Map<string, number>): number[] | null {
  const words = phrase.startsWith("=") ? [phrase] : phrase.split(" ");
  if (words.length > LONGEST_PHRASE) return null;
  return words.map((word) => {
    let id = ids.get(word);
    if (id === undefined) {
      id = ids.size;
      ids.set(word, id);
    }
    return id;
  });
}

const countryKeyCache = new Map<string | null, string[]>();

function countryKeys(country: string | null): string[] {
  let keys = countryKeyCache.get(country);
  if (!keys) {
    keys = countryContextWords(country).map(phraseKey);
    countryKeyCache.set(country, keys);
  }
  return keys;
}

/**
 * The key a context word is looked for under. A word in capitals ("US", "PRC") keeps its case,
 * marked with "=", so that the pronoun "us" is no evidence for the United States.
 */
export function phraseKey(phrase: string): string {
  if (isAllCapsWord(phrase)) return `=${acronymKey(phrase)}`;
  return tokenize(phrase).map((t) => t.key).join(" ");
}

/**
 * Names are indexed as written: a shorter form ("Bloomberg" for "Bloomberg News") must be an
 * explicit alias, because automatic short forms turn "China News Service" into "China".
 */
function addName(root: TrieNode, name: string, entry: number): void {
  const tokens = tokenize(name);
  const keys = dropLeadingThe(tokens.map((t) => t.key));
  if (keys.length === 0) return;
  const words = tokens.slice(tokens.length - keys.length);
  insert(root, keys, { entry, hadThe: keys.length < tokens.length, capitals: words.map((t) => startsUpper(t.raw)) });
}

function insert(root: TrieNode, keys: readonly string[], hit: PatternHit): void {
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = newNode();
      node.next.set(key, child);
    }
    node = child;
  }
  const existing = node.hits.find((h) => h.entry === hit.entry);
  // The same words as a name and as an alias: the looser conditions win.
  if (!existing) node.hits.push(hit);
  else {
    existing.hadThe &&= hit.hadThe;
    existing.capitals = existing.capitals.map((c, i) => c && hit.capitals[i] === true);
  }
}

function newNode(): TrieNode {
  return { next: new Map(), hits: [] };
}

function pushUnique(map: Map<string, number[]>, key: string, entry: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

