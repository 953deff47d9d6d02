/**
 * Titles and the registry's roles: whether "Defense Minister" before "Mykhailo Fedorov" names a
 * role the registry lists for him, and whether he held it in a given period. (The registry module
 * will export its own `roleOn`; this is the small part the checks need.)
 */
import { periodOfValue, type Period } from "../dates/calendar";
import type { RegistryEntry, Role } from "../registry";
import { spanOf, type Span } from "../report";

const STOP = new Set(["of", "the", "and", "for", "on", "in", "to"]);
/** Words that say the title is not (or not yet) the person's at the time: "former", "then-". */
const TIME_QUALIFIERS = new Set(["former", "ex", "then", "outgoing", "incoming", "acting", "interim", "designate", "elect", "future", "late", "would-be", "nominee", "candidate", "retired", "onetime", "one-time"]);
/** A Map, not an object: a title word such as "constructor" must not find Object.prototype's members. */
const SPELLINGS: ReadonlyMap<string, string> = new Map([["defense", "defence"], ["labor", "labour"], ["centre", "center"]]);

export function titleTokens(title: string): string[] {
  return title
    .toLowerCase()
    .split(/[\s-]+/)
    .map((word) => word.replace(/['’]s$/, "").replace(/[^a-z]/g, ""))
    .map((word) => SPELLINGS.get(word) ?? word)
    .filter((word) => word.length > 0 && !STOP.has(word));
}

/** The roles of `entry` a written title can stand for: its words are all in the role's title, including the head. */
export function rolesForTitle(entry: RegistryEntry, title: string): Role[] {
  const mention = titleTokens(title);
  if (mention.length === 0) return [];
  return entry.roles.filter((role) => {
    const tokens = titleTokens(role.title);
    return tokens.length > 0 && mention.includes(tokens[0]!) && mention.every((word) => tokens.includes(word));
  });
}

export function rolePeriod(role: Role): Period {
  return { start: periodOfValue(role.from).start, end: role.to ? periodOfValue(role.to).end : "9999-12-31", granularity: "day" };
}

/** The roles `entry` held on a day (YYYY-MM-DD). */
export function roleOn(entry: RegistryEntry, day: string): Role[] {
  return entry.roles.filter((role) => {
    const held = rolePeriod(role);
    return held.start <= day && day <= held.end;
  });
}

export interface TitleMention {
  span: Span;
  roles: Role[];
  /** "former", "then-", "acting": the writer already says the title is not current. */
  qualified: boolean;
}

/**
 * The title written just before a person's name ("Ukrainian Defense Minister Mykhailo Fedorov"):
 * the run of words, read backwards from the name, that occur in any of the person's role titles.
 */
export function titleBeforeName(text: string, entry: RegistryEntry, nameStart: number): TitleMention | null {
  const vocabulary = titleVocabulary(entry);
  if (vocabulary.size === 0) return null;
  const lineStart = text.lastIndexOf("\n", nameStart - 1) + 1;
  const before = text.slice(Math.max(lineStart, nameStart - 80), nameStart);
  const offset = nameStart - before.length;
  const words = [...before.matchAll(/[A-Za-z][\w'’.-]*/g)];
  let first = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const gap = before.slice(words[i]!.index + words[i]![0].length, i + 1 < words.length ? words[i + 1]!.index : before.length);
    if (/[^\s]/.test(gap)) break; // punctuation ends the title
    const tokens = wordTitleTokens(words[i]![0]);
    if (tokens.length === 0 || !tokens.every((t) => vocabulary.has(t) || TIME_QUALIFIERS.has(t))) break;
    first = i;
  }
  if (first === words.length) return null;
  const start = offset + words[first]!.index;
  const span = spanOf(text, start, trimEndSpace(text, start, nameStart));
  const previous = first > 0 ? words[first - 1]![0].toLowerCase() : "";
  const tokens = span.text.toLowerCase().split(/[\s-]+/);
  const qualified = TIME_QUALIFIERS.has(previous) || tokens.some((t) => TIME_QUALIFIERS.has(t));
  const title = tokens.filter((t) => !TIME_QUALIFIERS.has(t)).join(" ");
  return { span, roles: rolesForTitle(entry, title), qualified };
}

/**
 * titleTokens of one written word, remembered: the words before a name are the same few titles and
 * names again and again ("President", "Donald"), and each costs a lower-casing, a split and two
 * replacements. Bounded, as a long-lived worker scans page after page. Callers only read the arrays.
 */
const wordTokens = new Map<string, readonly string[]>();
const WORD_TOKENS_LIMIT = 10_000;

function wordTitleTokens(word: string): readonly string[] {
  let tokens = wordTokens.get(word);
  if (tokens === undefined) {
    if (wordTokens.size >= WORD_TOKENS_LIMIT) wordTokens.clear();
    tokens = titleTokens(word);
    wordTokens.set(word, tokens);
  }
  return tokens;
}

/** The words of the person's role titles, collected once per entry. */
const vocabularies = new WeakMap<RegistryEntry, ReadonlySet<string>>();

function titleVocabulary(entry: RegistryEntry): ReadonlySet<string> {
  let vocabulary = vocabularies.get(entry);
  if (!vocabulary) {
    vocabulary = new Set(entry.roles.flatMap((role) => titleTokens(role.title)));
    vocabularies.set(entry, vocabulary);
  }
  return vocabulary;
}

/** Where the entry's name (or an alias) is written inside a span of text, or -1. */
export function nameOffset(text: string, span: Span, entry: RegistryEntry): number {
  for (const name of namesLongestFirst(entry)) {
    const at = span.text.indexOf(name);
    if (at !== -1) return span.start + at;
  }
  return -1;
}

/** The entry's name and aliases, longest first, sorted once per entry (every claim of a person asks). */
const sortedNames = new WeakMap<RegistryEntry, readonly string[]>();

function namesLongestFirst(entry: RegistryEntry): readonly string[] {
  let names = sortedNames.get(entry);
  if (!names) {
    names = [entry.name, ...entry.aliases].sort((a, b) => b.length - a.length);
    sortedNames.set(entry, names);
  }
  return names;
}

function trimEndSpace(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
