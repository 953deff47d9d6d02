/**
 * Resolution of pronoun and nominal sources to the name they stand for: "he" -> the last named
 * person, "the newspaper" -> the last outlet, "the minister" -> the last name carrying that title,
 * "a report by the Center for ..." -> the name inside the description.
 */
import { Kind, type Token } from "./tokenize";

/** Words of titles and roles that precede a person's name ("Defense Minister Mykhailo Fedorov"). */
const TITLE_WORDS = new Set([
  "minister", "president", "senator", "sen.", "rep.", "gov.", "governor", "mr.", "mrs.", "ms.", "dr.", "secretary",
  "spokesman", "spokeswoman", "spokesperson", "chief", "general", "gen.", "director", "chairman", "mayor", "judge",
  "prime", "deputy", "ambassador", "commander", "adviser", "advisor", "representative", "speaker", "leader", "head",
  "candidate", "nominee", "attorney", "professor", "prof.", "official", "chancellor", "king", "queen", "pope", "former",
  "defense", "foreign", "vice", "state", "sheriff", "captain", "colonel", "col.", "lt.", "sgt.", "rev.", "democrat", "republican",
]);

/** Words that make a name an organisation or an outlet rather than a person. */
const ORGANISATION_WORDS = new Set([
  "center", "centre", "institute", "university", "ministry", "department", "agency", "committee", "council", "office",
  "party", "campaign", "group", "foundation", "association", "commission", "bank", "fund", "company", "inc.", "corp.",
  "times", "post", "news", "journal", "herald", "tribune", "gazette", "daily", "press", "review", "magazine", "telegraph",
  "guardian", "bloomberg", "reuters", "ap", "afp", "cnn", "bbc", "nbc", "cbs", "abc", "politico", "axios", "nato", "un",
  "eu", "pentagon", "kremlin", "white", "house", "army", "forces", "court", "government", "administration", "service",
  "network", "union", "organization", "organisation", "board", "staff", "media", "csis", "interfax", "tass", "fbi", "cia",
  "congress", "senate", "parliament", "police", "studies", "research", "watch", "international", "poll",
]);

const OUTLET_WORDS = new Set([
  "times", "post", "news", "journal", "herald", "tribune", "gazette", "daily", "press", "review", "magazine", "telegraph",
  "guardian", "bloomberg", "reuters", "ap", "afp", "cnn", "bbc", "nbc", "cbs", "abc", "politico", "axios", "interfax", "tass",
  "newsweek", "forbes", "economist", "npr", "msnbc", "breitbart",
]);

/** Nominal heads and the kind of name they stand for. */
const OUTLET_NOUNS = new Set(["newspaper", "paper", "daily", "outlet", "agency", "publication", "network", "broadcaster", "magazine", "tabloid", "site", "website", "channel", "wire"]);
const ORGANISATION_NOUNS = new Set(["group", "organization", "organisation", "institute", "center", "centre", "think", "tank", "ministry", "department", "committee", "campaign", "company", "firm", "agency", "government", "administration", "office", "party", "body", "watchdog", "alliance", "coalition", "commission", "foundation", "report", "analysis", "study"]);

/** Lowercase words that may join the capitalised words of one name ("Center for Strategic and ..."). */
const NAME_JOINERS = new Set(["of", "for", "and", "the", "on", "’s", "'s", "-"]);

export type EntityKind = "person" | "organisation" | "outlet";

export interface NamedMention {
  /** The bare name, titles dropped: "Mykhailo Fedorov". */
  name: string;
  /** The whole source text: "Ukrainian Defense Minister Mykhailo Fedorov". */
  full: string;
  kind: EntityKind;
}

/** The longest run of capitalised words in [from, to) (parenthesised acronyms included), or null. */
export function nameIn(text: string, tokens: readonly Token[], from: number, to: number): NamedMention | null {
  // Names sit at the end of long descriptions; a bounded window keeps shared long sources linear.
  from = Math.max(from, to - MAX_WINDOW);
  let best: [number, number] | null = null;
  for (let i = from; i < to; i++) {
    if (!tokens[i]!.upper) continue;
    let j = i + 1;
    // Capitalised words, joined by "of", "for", "and", "the" ("Center for Strategic and International Studies").
    while (j < to && (tokens[j]!.upper || (NAME_JOINERS.has(tokens[j]!.lower) && j + 1 < to && tokens[j + 1]!.upper))) j++;
    if (j + 2 < to + 1 && tokens[j]?.lower === "(" && tokens[j + 1]?.upper && tokens[j + 2]?.lower === ")") j += 3;
    if (!best || j - i > best[1] - best[0]) best = [i, j];
    i = j - 1;
  }
  if (!best) return null;
  let [start, end] = best;
  const full = text.slice(tokens[start]!.start, tokens[end - 1]!.end);
  let organisationWord = false;
  let outlet = false;
  for (let k = start; k < end; k++) {
    organisationWord ||= ORGANISATION_WORDS.has(tokens[k]!.lower);
    outlet ||= OUTLET_WORDS.has(tokens[k]!.lower);
  }
  const organisation = organisationWord || (end - start === 1 && tokens[start]!.end - tokens[start]!.start > 1 && text.slice(tokens[start]!.start, tokens[start]!.end) === text.slice(tokens[start]!.start, tokens[start]!.end).toUpperCase());
  // A title inside the run makes it a person ("NATO Secretary General Mark Rutte").
  let lastTitle = -1;
  for (let k = start; k < end - 1; k++) if (TITLE_WORDS.has(tokens[k]!.lower)) lastTitle = k;
  // A capitalised word that modifies a common noun ("the Polish army") is not a person.
  const modifier = end < to && tokens[end]!.kind === Kind.Word && !tokens[end]!.upper && end - start === 1;
  if (lastTitle >= 0 && !outlet) {
    return { name: text.slice(tokens[lastTitle + 1]!.start, tokens[end - 1]!.end), full, kind: "person" };
  }
  if (modifier) return { name: full, full, kind: "organisation" };
  if (!organisation && !outlet) {
    // A person: drop the titles before the name ("Defense Minister Mykhailo Fedorov" -> "Mykhailo Fedorov").
    let k = end - 1;
    while (k > start && !TITLE_WORDS.has(tokens[k - 1]!.lower)) k--;
    start = k;
    if (tokens[start] && TITLE_WORDS.has(tokens[start]!.lower) && start + 1 < end) start++;
  }
  while (end > start && tokens[end - 1]!.kind === Kind.Punct && tokens[end - 1]!.lower !== ")") end--;
  while (end > start && (tokens[end - 1]!.lower === "’s" || tokens[end - 1]!.lower === "'s")) end--;
  if (end <= start) return null;
  return { name: text.slice(tokens[start]!.start, tokens[end - 1]!.end), full, kind: outlet ? "outlet" : organisation ? "organisation" : "person" };
}

const MAX_WINDOW = 40;
/** How many earlier named sources resolution looks back over. */
const LOOKBACK = 50;

const PERSON_PRONOUNS = new Set(["he", "she", "his", "her", "him", "i", "me", "my"]);
const UNRESOLVED_PRONOUNS = new Set(["we", "us", "our", "you", "your"]);
const THING_PRONOUNS = new Set(["it", "its", "which"]);

/** Who a pronoun source stands for, from the named sources before it (most recent first). */
export function resolvePronoun(pronoun: string, previous: readonly NamedMention[]): string | null {
  // "we", "you": the writer or the reader, not a name from the story.
  if (UNRESOLVED_PRONOUNS.has(pronoun)) return null;
  const wantPerson = PERSON_PRONOUNS.has(pronoun);
  const wantThing = THING_PRONOUNS.has(pronoun);
  for (let k = previous.length - 1; k >= 0 && previous.length - k <= LOOKBACK; k--) {
    const mention = previous[k]!;
    if (wantPerson && mention.kind !== "person") continue;
    if (wantThing && mention.kind === "person") continue;
    return mention.name;
  }
  return null;
}

/** Who a nominal source ("the newspaper", "the minister") stands for. */
export function resolveNominal(head: string, previous: readonly NamedMention[]): string | null {
  for (let k = previous.length - 1; k >= 0 && previous.length - k <= LOOKBACK; k--) {
    const mention = previous[k]!;
    if (OUTLET_NOUNS.has(head) && mention.kind === "outlet") return mention.name;
    if (ORGANISATION_NOUNS.has(head) && mention.kind === "organisation") return mention.name;
    if (mention.full.toLowerCase().includes(head) && head.length > 3) return mention.name;
  }
  return null;
}
