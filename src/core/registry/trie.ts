/**
 * The pattern index built once per registry: a trie over normalised word keys for names and
 * aliases, and hash maps for acronyms (case kept) and person surnames. Looking a position up costs
 * at most one map step per word of the longest pattern, whatever the registry's size.
 */
import { countryContextWords } from "./countries";
import { acronymKey, dropLeadingThe, isAllCapsWord, startsUpper, tokenize, withoutOutletSuffix } from "./normalise";
import type { RegistryEntry } from "./schema";

/** How a pattern names its entry: 0 = its name or an alias, 1 = derived (name without "News"). */
export type Strength = 0 | 1;

export interface PatternHit {
  entry: number;
  strength: Strength;
  /** "The Hill": a one-word name that only counts with "the" before it. */
  requiresThe: boolean;
  /** The pattern starts with a capital, so the text must too ("The Sun", not "the sun"). */
  capitalised: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  hits: PatternHit[];
}

export interface MatcherIndex {
  entries: readonly RegistryEntry[];
  root: TrieNode;
  acronyms: Map<string, number[]>;
  surnames: Map<string, number[]>;
  /** Per entry: the keys of its context words and its country's words. */
  context: string[][];
}

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
  const index: MatcherIndex = { entries, root: newNode(), acronyms: new Map(), surnames: new Map(), context: [] };
  entries.forEach((entry, e) => {
    for (const name of [entry.name, ...entry.aliases]) {
      // A one-word name written in capitals ("NOS", "ERR") is an acronym: matching it regardless
      // of case would find the Spanish "nos" or "err".
      if (isAllCapsWord(name)) pushUnique(index.acronyms, acronymKey(name), e);
      else addName(index.root, name, e, entry.kind === "news-agency");
    }
    for (const acronym of entry.acronyms) pushUnique(index.acronyms, acronymKey(acronym), e);
    if (entry.kind === "person") {
      const words = tokenize(entry.name);
      const surname = words[words.length - 1];
      if (words.length > 1 && surname) pushUnique(index.surnames, surname.key, e);
    }
    index.context.push([...entry.context, ...countryContextWords(entry.country)].map(phraseKey));
  });
  return index;
}

export function phraseKey(phrase: string): string {
  return tokenize(phrase).map((t) => t.key).join(" ");
}

/**
 * `shortForms`: also index the name without a "News"/"Agency" suffix ("Xinhua News Agency" is
 * "Xinhua"). Only for agencies, or when more than one word is left: "Defense News" is not "Defense".
 */
function addName(root: TrieNode, name: string, entry: number, shortForms: boolean): void {
  const tokens = tokenize(name);
  const keys = dropLeadingThe(tokens.map((t) => t.key));
  if (keys.length === 0) return;
  const dropped = keys.length < tokens.length;
  const firstRaw = tokens[tokens.length - keys.length]!.raw;
  const hit = (strength: Strength, length: number): PatternHit => ({
    entry,
    strength,
    requiresThe: dropped && length === 1,
    capitalised: startsUpper(firstRaw),
  });
  insert(root, keys, hit(0, keys.length));
  const short = withoutOutletSuffix(keys);
  if (short && (shortForms || short.length > 1)) insert(root, short, hit(1, short.length));
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
  if (!existing) node.hits.push(hit);
  else if (hit.strength < existing.strength) Object.assign(existing, hit);
}

function newNode(): TrieNode {
  return { next: new Map(), hits: [] };
}

function pushUnique(map: Map<string, number[]>, key: string, entry: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

