/**
 * Reading noun phrases and verb groups around a cue from English clause structure: which words a
 * subject noun phrase may hold, where it opens its clause, and whether a finite verb group follows
 * it. Shared by the subject rules (subject.ts) and the corrections of tagged sources (tagged-source.ts).
 */
import type { TokenSpan } from "./spans";
import { Kind, type Token } from "./tokenize";

/** Longest noun phrase taken as a subject. */
export const MAX_SUBJECT = 10;

/** Subject pronouns: a noun phrase of their own. */
export const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "i", "we", "you", "it"]);

/** Words that open a clause: a subject right after one of them is cleanly delimited. */
const CLAUSE_OPENERS = new Set([
  "that", "when", "where", "while", "if", "because", "as", "after", "before", "since", "although", "though", "and",
  "but", "or", "so", "until", "unless", "whether", "once", "now", "then", "yet", "meanwhile", "instead", "however",
]);

/** Words a noun phrase cannot hold: verbs of the verb group, prepositions, relatives, conjunctions. */
const NOT_IN_PHRASE = new Set([
  "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would",
  "can", "could", "shall", "should", "may", "might", "must", "in", "on", "at", "for", "with", "from", "by", "to", "about",
  "into", "over", "under", "during", "without", "against", "among", "through", "despite", "like", "after", "before",
  "who", "whom", "whose", "which", "what", "why", "how", "not", "n't", "there", "here", "than", "said", "says", "told",
  "went", "made", "took", "gave", "came", "got", "saw", "ran", "won", "lost", "held", "kept", "left", "met", "paid",
  "sent", "spent", "stood", "thought", "wrote", "spoke", "began", "brought", "chose", "drew", "fell", "felt", "found",
  "fought", "knew", "led", "rose", "sought", "struck", "swore", "taught", "threw", "understood", "goes", "says",
  ...CLAUSE_OPENERS,
]);

/** Adverbs that may stand between a subject and its verb ("Obama himself seemed", "He then asked"). */
const MID_ADVERBS = new Set(["also", "then", "now", "still", "himself", "herself", "themselves", "itself", "later", "earlier", "again", "even", "just", "only", "never", "always", "often", "once", "first", "already", "too", "both", "all", "today", "yesterday", "tonight"]);

/** Days that may stand between a subject and its verb ("Priebus later Thursday told"). */
const DAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** Nouns that end in "-ly" like an adverb. */
export const LY_NOUNS = new Set(["family", "rally", "assembly", "ally", "supply", "daily", "weekly", "monthly", "anomaly", "monopoly", "melancholy"]);

/** Adverbs, days included; a capitalised one opens a sentence ("Ultimately 54.6 percent ...", but "Kelly" is a name). */
export function isAdverb(token: Token): boolean {
  if (token.kind !== Kind.Word) return false;
  const w = token.lower;
  if (DAYS.has(w) || MID_ADVERBS.has(w) || SENTENCE_ADVERBS.has(w)) return true;
  if (w.length <= 4 || !w.endsWith("ly") || LY_NOUNS.has(w)) return false;
  return !token.upper || ADVERB_ENDINGS.some((ending) => w.endsWith(ending));
}

/** Endings of adverbs that are not names when capitalised. */
const ADVERB_ENDINGS = ["ally", "ately", "ently", "ously", "ively", "antly", "ingly", "edly"];

/** Adverbs that open a sentence before its subject ("Even the organizer", "Soon Donald J. Trump had declared"). */
const SENTENCE_ADVERBS = new Set(["even", "soon", "ultimately", "indeed", "perhaps", "maybe", "sometimes", "let", "no", "not"]);

/** Nouns of time that open a sentence before its subject ("This year Camil spoke"). */
const TIME_NOUNS = new Set(["year", "years", "week", "weeks", "month", "months", "day", "days", "night", "morning", "afternoon", "evening", "time", "wonder"]);

/** A lowercase verb form: "-ed" or "-ing" (capitalised words are names). */
function verbShaped(token: Token): boolean {
  return token.kind === Kind.Word && !token.upper && token.lower.length > 4 && (token.lower.endsWith("ed") || token.lower.endsWith("ing"));
}

/** Whether a token can be part of a subject noun phrase (determiners, adjectives, nouns, names, "of"). */
function inPhrase(token: Token): boolean {
  if (token.kind === Kind.Number) return true;
  if (token.kind !== Kind.Word) return token.lower === "’s" || token.lower === "'s" || token.lower === "’" || token.lower === "&" || token.lower === "-";
  // Capitalised function words and adverbs too: "After saying ...", "Even an anti-Trump PAC"; a time ends the phrase ("This year Camil").
  if (NOT_IN_PHRASE.has(token.lower) || SUBJECT_PRONOUNS.has(token.lower) || TIME_NOUNS.has(token.lower) || isAdverb(token)) return false;
  return token.upper || !verbShaped(token);
}

/** A hyphen joins a compound only when written without spaces ("anti-Trump", not "agree - Carl"). */
export function inPhraseAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (token.lower === "-") return k > 0 && k + 1 < tokens.length && tokens[k - 1]!.end === token.start && tokens[k + 1]!.start === token.end;
  return inPhrase(token);
}

/** Whether the token before a phrase delimits a clause start. */
function opensClause(tokens: readonly Token[], at: number, sentence: TokenSpan): boolean {
  if (at < sentence.from) return true;
  const t = tokens[at]!;
  if (t.kind === Kind.OpenQuote || t.kind === Kind.CloseQuote) return true;
  if (t.kind === Kind.Punct) return t.lower === "," || t.lower === ";" || t.lower === ":" || t.lower === "—" || t.lower === "–" || t.lower === "(";
  return CLAUSE_OPENERS.has(t.lower);
}

/** A phrase must end in a noun or a name, not a determiner, an adjective-like word or "of". */
const NOT_HEAD = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "of", "’s", "'s", "-", "&", "some", "many", "every", "each", "no", "any"]);

/** The subject noun phrase that ends at `end` (exclusive) and opens its clause, or null. */
export function phraseEndingAt(tokens: readonly Token[], end: number, sentence: TokenSpan): TokenSpan | null {
  if (end <= sentence.from) return null;
  const last = tokens[end - 1]!;
  if (last.kind === Kind.Word && SUBJECT_PRONOUNS.has(last.lower)) {
    return opensClause(tokens, end - 2, sentence) ? { from: end - 1, to: end } : null;
  }
  if (!inPhraseAt(tokens, end - 1) || NOT_HEAD.has(last.lower)) return null;
  let from = end - 1;
  while (from > sentence.from && end - from < MAX_SUBJECT && inPhraseAt(tokens, from - 1)) from--;
  if (end - from >= MAX_SUBJECT || !opensClause(tokens, from - 1, sentence)) return null;
  // "of" or a mark cannot open a phrase ("- Pew notes", "of Trump").
  if (tokens[from]!.lower === "of" || tokens[from]!.kind === Kind.Punct) return null;
  return { from, to: end };
}

/** Auxiliaries and modals that open a verb group after a subject. */
const AUXILIARIES = new Set(["is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "’s", "'s"]);

/** Irregular past forms common in news ("Romney went after Trump"). */
const IRREGULAR_PAST = new Set([
  "said", "told", "went", "made", "took", "gave", "came", "got", "saw", "ran", "won", "lost", "held", "kept", "left", "met",
  "paid", "sent", "spent", "stood", "thought", "wrote", "spoke", "began", "brought", "chose", "drew", "fell", "felt", "found",
  "fought", "knew", "led", "rose", "sought", "struck", "swore", "taught", "threw", "shook", "hit", "put", "set", "cut", "let",
]);

/** Whether a token opens a finite verb group: an auxiliary, a past form, or a present "-s" form. */
function opensVerbGroup(token: Token | undefined): boolean {
  if (!token || token.kind !== Kind.Word || token.upper) return false;
  const w = token.lower;
  if (AUXILIARIES.has(w) || IRREGULAR_PAST.has(w)) return true;
  if (w.length > 3 && w.endsWith("ed")) return true;
  return w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("ly");
}

/** The subject noun phrase starting at `from` when a verb group follows it, or null. */
export function phraseBeforeVerb(tokens: readonly Token[], from: number, limit: number): TokenSpan | null {
  let to = from;
  if (to < limit && tokens[to]!.kind === Kind.Word && SUBJECT_PRONOUNS.has(tokens[to]!.lower)) to++;
  else while (to < limit && to - from < MAX_SUBJECT && inPhraseAt(tokens, to)) to++;
  if (to === from || to - from >= MAX_SUBJECT || NOT_HEAD.has(tokens[to - 1]!.lower) || tokens[from]!.lower === "of") return null;
  let verb = to;
  while (verb < limit && verb - to < 2 && isAdverb(tokens[verb]!)) verb++;
  return opensVerbGroup(tokens[verb]) ? { from, to } : null;
}
