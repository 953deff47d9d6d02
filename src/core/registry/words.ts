/**
 * What the matcher knows about each distinct word it has met, kept per registry index: the word's
 * folded key and the index's answers for it (trie child, acronym and surname entries, context-word
 * id). A scan looks each word up by its characters in place, so a word already seen costs one hash
 * probe: no string is cut out of the text, folded or hashed again, and the answers are not asked
 * of the registry's maps again.
 */
import { hashRange, packed, packRange } from "./cut-words";
import { computeFold, startsUpper } from "./fold";

export interface TrieNode {
  next: Map<string, TrieNode>;
  hits: PatternHit[];
  /** On the root's children: some name below may start with a word in lower case ("de Volkskrant"). */
  startsLower?: boolean;
}

export interface PatternHit {
  entry: number;
  /** The name starts with "The" ("The Hill", "The Free Press"), which the pattern leaves out. */
  hadThe: boolean;
  /** Per pattern word: written with a capital, so the text must be too ("The Sun", not "the sun"). */
  capitals: boolean[];
}

export interface WordInfo {
  /** The word as written (possessive dropped, acronym dots removed). */
  raw: string;
  key: string;
  /** Starts with a capital or a digit. */
  upper: boolean;
  /** Exactly "the" once folded. */
  isThe: boolean;
  /** A single capital letter: one piece of a dotted acronym ("U" of "U.S."). */
  singleCapital: boolean;
  /** Shaped like an acronym that an article may define in parentheses. */
  acronymShaped: boolean;
  /** A title that, right before a lone surname, makes it a person's. */
  titleWord: boolean;
  /** The trie's root child for the key when a name can start at this word (a word in lower case starts only a name written so). */
  node: TrieNode | null;
  /** Entries with this acronym (case kept). */
  acronymEntries: readonly number[] | null;
  /** People whose surname has this key. */
  surnameEntries: readonly number[] | null;
  /** The key's id among the index's context words, or -1. */
  contextId: number;
  /** The id of "=RAW" among the index's context words for a word in capitals, or -1. */
  capsContextId: number;
}

/** What a word table asks of its registry index to describe a word. */
export interface WordSource {
  root: TrieNode;
  acronyms: Map<string, number[]>;
  surnames: Map<string, number[]>;
  /** Context-word keys (and "=ACRONYM" keys) to their ids. */
  contextIds: Map<string, number>;
}

/** Words that, right before a lone surname, say it is a person's ("Defense Minister Fedorov"). */
const TITLE_WORDS = new Set([
  "minister", "president", "premier", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson",
  "general", "gen", "admiral", "adm", "ambassador", "senator", "sen", "rep", "representative", "governor",
  "mayor", "chairman", "chairwoman", "chair", "director", "chief", "commander", "envoy", "mr", "mrs", "ms",
  "dr", "prof", "sir", "lord", "lady", "king", "queen", "prince", "sheikh", "pm", "leader", "speaker", "colonel",
]);

/** Past this many distinct words the table starts again (at the next scan): a long-lived worker must not grow without bound. */
const WORD_LIMIT = 100_000;
/**
 * Open-addressed hash table from a word's characters to its WordInfo. Each slot is four ints side
 * by side, so a probe reads one cache line: the word's number + 1 (0: empty), then, for a word of
 * up to 12 ASCII characters (nearly every word of a text), its characters packed 7 bits each into
 * three ints (see packRange), an exact key: a hit compares three numbers and never reads the
 * stored string. Any other word holds -1 and its hash, and compares its characters.
 */
export class WordTable {
  private slots = new Int32Array(0);
  private infos: WordInfo[] = [];
  private mask = 0;

  constructor(private readonly source: WordSource) {
    this.reset(1024);
  }

  /** Called before each scan: forgets every word once the table has grown past its limit. */
  trim(): void {
    if (this.infos.length > WORD_LIMIT) this.reset(1024);
  }

  /**
   * The word text[start, end), whose hash is `hash` (hashRange, which cutWords gives) and whose
   * packed characters are `first`, `second`, `third` (packRange; `first` is -1 for a word that
   * cannot be packed).
   */
  at(text: string, start: number, end: number, hash: number, first: number, second: number, third: number): WordInfo {
    const slots = this.slots;
    let slot = hash & this.mask;
    for (;;) {
      const at = 4 * slot;
      const number = slots[at]!;
      if (number === 0) break;
      if (slots[at + 1] === first) {
        if (first >= 0) {
          if (slots[at + 2] === second && slots[at + 3] === third) return this.infos[number - 1]!;
        } else if (slots[at + 2] === hash) {
          const info = this.infos[number - 1]!;
          if (sameChars(info.raw, text, start, end - start)) return info;
        }
      }
      slot = (slot + 1) & this.mask;
    }
    return this.add(slot, hash, first, second, third, text.slice(start, end));
  }

  /** The word `raw` (a joined acronym such as "US"). */
  of(raw: string): WordInfo {
    const first = packRange(raw, 0, raw.length);
    return this.at(raw, 0, raw.length, hashRange(raw, 0, raw.length), first, packed.second, packed.third);
  }

  /** A new word, into the empty slot its probe ended at (kept out of `at`, so that the common path stays small). */
  private add(slot: number, hash: number, first: number, second: number, third: number, raw: string): WordInfo {
    const info = describe(raw, this.source);
    this.infos.push(info);
    const at = 4 * slot;
    this.slots[at] = this.infos.length;
    this.slots[at + 1] = first;
    this.slots[at + 2] = first >= 0 ? second : hash;
    this.slots[at + 3] = first >= 0 ? third : 0;
    if (this.infos.length * 2 > this.mask + 1) this.grow();
    return info;
  }

  private reset(capacity: number): void {
    this.slots = new Int32Array(4 * capacity);
    this.infos = [];
    this.mask = capacity - 1;
  }

  /** Twice the slots; a packed word's hash is not stored, so it is computed again from its text (rare: the table doubles). */
  private grow(): void {
    const old = this.slots;
    const capacity = 2 * (this.mask + 1);
    this.slots = new Int32Array(4 * capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < old.length; i += 4) {
      const number = old[i]!;
      if (number === 0) continue;
      const raw = this.infos[number - 1]!.raw;
      const hash = old[i + 1]! >= 0 ? hashRange(raw, 0, raw.length) : old[i + 2]!;
      let slot = hash & this.mask;
      while (this.slots[4 * slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots.set(old.subarray(i, i + 4), 4 * slot);
    }
  }
}

function sameChars(raw: string, text: string, start: number, length: number): boolean {
  if (raw.length !== length) return false;
  for (let i = 0; i < length; i++) if (raw.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function describe(raw: string, source: WordSource): WordInfo {
  const key = computeFold(raw);
  const upperCase = raw.length > 1 && raw === raw.toUpperCase();
  const upper = startsUpper(raw);
  const node = source.root.next.get(key);
  return {
    raw,
    key,
    upper,
    isThe: key === "the",
    singleCapital: raw.length === 1 && raw !== raw.toLowerCase(),
    acronymShaped: looksLikeAcronym(raw),
    titleWord: TITLE_WORDS.has(key),
    node: node !== undefined && (upper || node.startsLower === true) ? node : null,
    acronymEntries: source.acronyms.get(raw) ?? null,
    surnameEntries: source.surnames.get(key) ?? null,
    contextId: source.contextIds.get(key) ?? -1,
    capsContextId: upperCase ? source.contextIds.get(`=${raw}`) ?? -1 : -1,
  };
}

function looksLikeAcronym(raw: string): boolean {
  if (raw.length < 2 || raw.length > 10) return false;
  let capitals = 0;
  for (const ch of raw) if (ch !== ch.toLowerCase()) capitals++;
  return capitals >= 2 && startsUpper(raw);
}
