/**
 * The subject of a cue when the tagger marked no source for it. Two readings of English clause
 * structure, each accepted only when the phrase is cleanly delimited:
 * - the noun phrase right before a finite cue, opening its clause ("after the police has announced",
 *   "The New York Times is expected"): a sentence start, a comma or a clause word must precede it;
 * - the subject shared by a second predicate: a cue after "and" ("Reid caucused in Nevada and says")
 *   or a participle after a comma ("Trump returned the compliment, telling Reuters") reports what
 *   the subject of the sentence's first clause said.
 * Every walk is bounded by a few dozen tokens, so the work per cue is constant.
 */
import type { TokenSpan } from "./spans";
import { Kind, type Token } from "./tokenize";

/** Longest noun phrase taken as a subject. */
const MAX_SUBJECT = 10;

/** Subject pronouns: a noun phrase of their own. */
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "i", "we", "you", "it"]);

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
const LY_NOUNS = new Set(["family", "rally", "assembly", "ally", "supply", "daily", "weekly", "monthly", "anomaly", "monopoly", "melancholy"]);

/** Adverbs, days included; a capitalised one opens a sentence ("Ultimately 54.6 percent ...", but "Kelly" is a name). */
function isAdverb(token: Token): boolean {
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
function inPhraseAt(tokens: readonly Token[], k: number): boolean {
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
function phraseEndingAt(tokens: readonly Token[], end: number, sentence: TokenSpan): TokenSpan | null {
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

const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "am"]);
const IRREGULAR_PARTICIPLES = new Set(["told", "said", "shown", "seen", "known", "given", "taken", "asked", "held", "made", "thought", "heard", "written"]);

/**
 * Participles that describe the subject's own state of mind ("some Democrats are concerned", "she is
 * assured of", "Braynard is quoted as saying"): adjectives, not passives, so the subject holds the view.
 */
const EXPERIENCER_PARTICIPLES = new Set([
  "concerned", "convinced", "worried", "assured", "alarmed", "thrilled", "determined", "focused", "united", "pleased",
  "disappointed", "frustrated", "excited", "interested", "committed", "prepared", "surprised", "confused", "satisfied",
  "dedicated", "delighted", "troubled", "disturbed", "shocked", "angered", "outraged", "unconvinced", "unconcerned",
  "quoted", "locked", "opposed", "inclined", "resigned", "persuaded", "confident", "annoyed", "irritated", "embarrassed",
  "horrified", "impressed", "encouraged", "heartened", "dismayed", "offended", "insulted", "obsessed", "fixated",
]);

/** Subordinators that open a clause reduced to its participle ("when asked", "if elected"). */
const REDUCED_CLAUSE_OPENERS = new Set(["when", "whenever", "if", "once", "unless", "until", "though", "although"]);

function isParticiple(t: Token): boolean {
  return t.kind === Kind.Word && !t.upper && (IRREGULAR_PARTICIPLES.has(t.lower) || (t.lower.endsWith("ed") && t.lower.length > 3));
}

/**
 * A passive cue ("Donations are typically reported", "Trump was asked", "a measure opposed by
 * unions"): its subject is what was reported or who was addressed, not who spoke.
 */
export function isPassive(tokens: readonly Token[], cue: TokenSpan): boolean {
  if (tokens[cue.to]?.lower === "by") return true;
  // A reduced passive after a subordinator: "When asked why ...", "if elected".
  if (cue.from > 0 && REDUCED_CLAUSE_OPENERS.has(tokens[cue.from - 1]!.lower) && isParticiple(tokens[cue.from]!)) return !EXPERIENCER_PARTICIPLES.has(tokens[cue.from]!.lower);
  let be = false;
  for (let k = Math.max(0, cue.from - 3); k < cue.to; k++) {
    const t = tokens[k]!;
    if (BE.has(t.lower)) be = true;
    else if (be && isParticiple(t)) {
      return k >= cue.from && !EXPERIENCER_PARTICIPLES.has(t.lower);
    }
    else if (!isAdverb(t)) be = false;
  }
  return false;
}

/** Longest apposition looked through ("Rep. Chris Collins, R-NY, says"). */
const MAX_APPOSITION = 30;

/**
 * The noun phrase right before a finite cue, over adverbs between ("Obama himself seemed"), or a
 * name before an apposition closed by a comma ("Rep. Chris Collins, R-NY, says": the name; the
 * source boundaries then take the apposition), or null.
 */
export function subjectBefore(tokens: readonly Token[], cue: TokenSpan, sentence: TokenSpan): TokenSpan | null {
  if (isPassive(tokens, cue)) return null;
  let end = cue.from;
  while (end > sentence.from && cue.from - end < 2 && isAdverb(tokens[end - 1]!)) end--;
  // A participle after a comma shares the subject of the clause before (sharedSubject), not an apposition's.
  const participle = tokens[cue.from]!.lower.endsWith("ing");
  if (end > sentence.from && tokens[end - 1]!.lower === ",") {
    if (participle) return null;
    for (let k = end - 2; k > sentence.from && end - k < MAX_APPOSITION; k--) {
      if (tokens[k]!.lower !== ",") continue;
      const name = phraseEndingAt(tokens, k, sentence);
      return name && tokens[name.to - 1]!.upper ? name : null;
    }
    return null;
  }
  const phrase = phraseEndingAt(tokens, end, sentence);
  // "it is not clear whether": the expletive "it" of a copula is no source.
  if (phrase && tokens[phrase.from]!.lower === "it" && BE.has(tokens[cue.from]!.lower)) return null;
  return phrase;
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
function phraseBeforeVerb(tokens: readonly Token[], from: number, limit: number): TokenSpan | null {
  let to = from;
  if (to < limit && tokens[to]!.kind === Kind.Word && SUBJECT_PRONOUNS.has(tokens[to]!.lower)) to++;
  else while (to < limit && to - from < MAX_SUBJECT && inPhraseAt(tokens, to)) to++;
  if (to === from || to - from >= MAX_SUBJECT || NOT_HEAD.has(tokens[to - 1]!.lower) || tokens[from]!.lower === "of") return null;
  let verb = to;
  while (verb < limit && verb - to < 2 && isAdverb(tokens[verb]!)) verb++;
  return opensVerbGroup(tokens[verb]) ? { from, to } : null;
}

/** Prepositions and conjunctions before a participle that shares the clause's subject ("followed up by asking"). */
const PARTICIPLE_LINKS = new Set(["by", "while", "before", "after", "when", "without", "in"]);

/** Clause starts looked at: the sentence start and the words after its first few commas. */
const MAX_CLAUSE_STARTS = 4;

/**
 * The subject a second predicate shares with the first clause: for a cue after "and" ("Reid caucused
 * in Nevada and says") or a participle after a comma ("Trump returned the compliment, telling
 * Reuters"). The subject is the first noun phrase, at the sentence start or after a fronted phrase
 * and its comma ("Hours later, Trump returned"), that a verb group follows; null when there is none.
 */
export function sharedSubject(tokens: readonly Token[], cue: TokenSpan, sentence: TokenSpan): TokenSpan | null {
  const first = tokens[cue.from]!;
  if (first.kind !== Kind.Word || first.upper || isPassive(tokens, cue)) return null;
  let before = cue.from - 1;
  while (before > sentence.from && cue.from - before <= 2 && isAdverb(tokens[before]!)) before--;
  if (before <= sentence.from) return null;
  const link = tokens[before]!.lower;
  const participle = first.lower.endsWith("ing") && first.lower.length > 4;
  if (!(link === "and" || (participle && (link === "," || PARTICIPLE_LINKS.has(link))))) return null;
  if (link === "," && afterAbsolutePhrase(tokens, before, sentence)) return null;
  let starts = 0;
  for (let k = sentence.from; k < before && k - sentence.from < 60 && starts < MAX_CLAUSE_STARTS; k++) {
    if (k !== sentence.from && tokens[k - 1]!.lower !== ",") continue;
    starts++;
    const subject = phraseBeforeVerb(tokens, k, before);
    if (subject) return subject;
  }
  return null;
}

const CLOSING = new Set([",", "—", "–", "-"]);

/**
 * "..., with a total of 627,900 cases reported, indicating a decline": a participle after an absolute
 * phrase ("with" + noun phrase + participle) comments on the fact it states, not on the clause's subject.
 */
function afterAbsolutePhrase(tokens: readonly Token[], comma: number, sentence: TokenSpan): boolean {
  for (let k = comma - 1; k >= sentence.from && comma - k <= MAX_SUBJECT + 2; k--) {
    const t = tokens[k]!;
    if (t.lower === "with") return k === sentence.from || tokens[k - 1]!.lower === ",";
    if (t.kind !== Kind.Word && t.kind !== Kind.Number) return false;
  }
  return false;
}

/**
 * "Humphrey, who calls Trump a sociopath, said ...": a relative clause or pronoun the tagger linked to a cue
 * that follows its closed clause is the subject of that clause only; the cue's subject is the
 * antecedent ("Humphrey", "The official"), or null when the relative pronoun is the cue's own
 * subject ("Sanders, who endorsed") or no noun phrase precedes it.
 */
export function antecedentSubject(tokens: readonly Token[], relative: TokenSpan, cue: TokenSpan, sentence: TokenSpan): TokenSpan | null {
  if (relative.to > cue.from || relative.to - relative.from < 1 || cue.from - relative.from > 40) return null;
  // The relative pronoun opens the tagged span, or the clause the tagged span sits in ("who calls Trump a sociopath").
  let start = relative.from;
  while (start > sentence.from && relative.from - start < 20 && tokens[start]!.lower !== "who" && tokens[start]!.lower !== "which" && tokens[start - 1]!.lower !== ",") start--;
  const word = tokens[start]!.lower;
  if (word !== "who" && word !== "which") return null;
  if (!CLOSING.has(tokens[cue.from - 1]!.lower) || start - 1 <= sentence.from || tokens[start - 1]!.lower !== ",") return null;
  return phraseEndingAt(tokens, start - 1, sentence);
}

/**
 * "with assessments from multiple European governments noting that ...": in an absolute phrase the
 * noun phrase between "with" and the participle is the participle's subject; null when the cue is no
 * "-ing" participle or no "with" opens the phrase (within a few words, no clause break between).
 */
export function absoluteSubject(tokens: readonly Token[], cue: TokenSpan, sentence: TokenSpan): TokenSpan | null {
  const first = tokens[cue.from]!;
  if (first.kind !== Kind.Word || first.upper || !first.lower.endsWith("ing") || first.lower.length <= 4) return null;
  for (let k = cue.from - 1; k > sentence.from && cue.from - k <= MAX_SUBJECT; k--) {
    const t = tokens[k]!;
    if (t.kind !== Kind.Word && t.kind !== Kind.Number) return null;
    if (t.lower === "with") return k + 1 < cue.from && !isAdverb(tokens[cue.from - 1]!) ? { from: k + 1, to: cue.from } : null;
  }
  return null;
}

/**
 * A source before the cue that the tagger started inside its noun phrase ("Trump" of "Mr. Trump
 * had criticized", "insiders" of "several Indiana GOP insiders said") starts where the phrase opens
 * its clause; unchanged when the phrase does not open cleanly.
 */
export function wholeSubject(tokens: readonly Token[], source: TokenSpan, cue: TokenSpan, sentence: TokenSpan): TokenSpan {
  if (source.to > cue.from) return source;
  const whole = phraseEndingAt(tokens, source.to, sentence);
  return whole && whole.from < source.from ? { from: whole.from, to: source.to } : source;
}

/** Whether a tagged source is only adverbs ("famously", "optimistically"): no subject at all. */
export function onlyAdverbs(tokens: readonly Token[], source: TokenSpan): boolean {
  // Bounded: a long tagged span is never only adverbs worth dropping, and a source may be shared by many cues.
  if (source.to - source.from > 3) return false;
  for (let k = source.from; k < source.to; k++) {
    const t = tokens[k]!;
    // "-ly" adverbs only: "both" and "all" are subjects of their own ("Both think ...").
    if (t.kind !== Kind.Word || t.upper || !t.lower.endsWith("ly") || t.lower.length <= 4 || LY_NOUNS.has(t.lower)) return false;
  }
  return true;
}

/** Words that may open the subject after an inverted cue ("said Mattie Thomas", "says a source involved in ..."). */
const DETERMINERS = new Set(["the", "a", "an", "one", "another", "his", "her", "their", "its", "two", "three", "several", "some", "many"]);

/**
 * '“...,” said DeSantis, who was elected ...': a cue right after a closing quotation mark
 * and followed by a name or a determined noun phrase is inverted; its subject follows it, up to a
 * comma, a quotation mark or the sentence end (the source boundaries then add an apposition).
 */
export function subjectAfter(tokens: readonly Token[], cue: TokenSpan, sentence: TokenSpan): TokenSpan | null {
  // Only right after the quotation it reports ('“...,” said X'): after a plain comma the phrase is
  // as often an object ("Schilling's son, Grant, defended his father").
  // The quotation may end its own sentence ('“... from him?” asked Bennett').
  const before = tokens[cue.from - 1];
  if (!before || before.kind !== Kind.CloseQuote) return null;
  const first = tokens[cue.to];
  if (!first || cue.to >= sentence.to || first.kind !== Kind.Word || !(first.upper || DETERMINERS.has(first.lower)) || SUBJECT_PRONOUNS.has(first.lower)) return null;
  let to = cue.to;
  while (to < sentence.to && to - cue.to < MAX_SUBJECT + 6) {
    const t = tokens[to]!;
    if (t.lower === "," || t.lower === "." || t.lower === ";" || t.lower === ":" || t.lower === "that" || t.kind === Kind.OpenQuote || t.kind === Kind.CloseQuote) break;
    to++;
  }
  const end = tokens[to];
  if (to === cue.to || (to < sentence.to && end!.lower !== "," && end!.lower !== ".")) return null;
  return { from: cue.to, to };
}
