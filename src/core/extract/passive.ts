/**
 * Two report forms the tagger links wrongly, with their source and content found by rule.
 * Passive reports with an agent: "O'Malley's move was first reported by MSNBC". The agent after
 * "by" is the source and the subject before the verb is the content (PolNeAR marks both so; the
 * tagger, trained mostly on active sentences, would take the subject as the source).
 */
import { inPhraseAt } from "./noun-phrase";
import { phraseAfter, type TokenSpan } from "./spans";
import { Kind, type Token } from "./tokenize";

const PASSIVE_AUXILIARIES = new Set(["was", "were", "is", "are", "been", "be", "being", "am"]);
const IRREGULAR_PARTICIPLES = new Set(["told", "said", "written", "known", "seen", "shown", "quoted", "held", "made", "given", "taken", "put", "read"]);

/** Words that end the subject going back from the verb: a clause boundary. */
const SUBJECT_BOUNDARY = new Set([",", ";", ":", "that", "and", "but", "because", "when", "while", "—", "–", "(", ")"]);

/** Longest subject taken as content. */
const MAX_SUBJECT = 20;

function isParticiple(token: Token): boolean {
  return token.kind === Kind.Word && (token.lower.endsWith("ed") || IRREGULAR_PARTICIPLES.has(token.lower));
}

/**
 * "with 627,900 cases reported": "with", a noun phrase and a past participle state what was reported,
 * by no one named, so the phrase is no source (the extractor's fallback and its source trimming both ask).
 */
export function isReducedPassiveAfterWith(tokens: readonly Token[], phraseStart: number, verb: number): boolean {
  return tokens[phraseStart]!.lower === "with" && tokens[verb]!.lower.endsWith("ed");
}

/** Marks that close an absolute phrase after its participle. */
const PHRASE_END = new Set([",", ".", ";", "—", "–", ")"]);

/** Longest noun phrase read between "with" and its participle. */
const MAX_ABSOLUTE = 12;

/**
 * "with a total of 627,900 cases reported": a single past participle closing an absolute phrase
 * reports the noun phrase between "with" and it (the content), by no one named; null otherwise.
 */
export function reducedPassiveContent(tokens: readonly Token[], cue: TokenSpan, sentence: TokenSpan): TokenSpan | null {
  if (cue.to - cue.from !== 1 || !tokens[cue.from]!.lower.endsWith("ed")) return null;
  // The participle closes the phrase ("cases reported," / "."): "with many worried that ..." is a state of mind.
  const next = tokens[cue.to];
  if (cue.to < sentence.to && next && !PHRASE_END.has(next.lower)) return null;
  for (let k = cue.from - 1; k >= sentence.from && cue.from - k <= MAX_ABSOLUTE; k--) {
    const t = tokens[k]!;
    if (t.lower === "with") {
      // "with" opens the phrase after a comma or at the sentence start, and a noun phrase follows it.
      const opens = k === sentence.from || tokens[k - 1]!.lower === "," || tokens[k - 1]!.lower === "—";
      return opens && k + 1 < cue.from ? { from: k + 1, to: cue.from } : null;
    }
    if (!inPhraseAt(tokens, k)) return null;
  }
  return null;
}

/**
 * "with 627,900 cases reported, indicating a decline": a participle right after an agentless report
 * comments on the reported fact. Nobody said it (the writer infers it), so it is no attribution.
 */
export function commentsOnAgentlessReport(tokens: readonly Token[], cue: TokenSpan, sentence: TokenSpan): boolean {
  const first = tokens[cue.from]!;
  if (cue.to - cue.from !== 1 || first.kind !== Kind.Word || !first.lower.endsWith("ing") || cue.from - 2 < sentence.from) return false;
  if (tokens[cue.from - 1]!.lower !== ",") return false;
  return reducedPassiveContent(tokens, { from: cue.from - 2, to: cue.from - 1 }, sentence) !== null;
}

/** The cue is a passive verb group ("was first reported", or "reported" right after "was") followed by "by". */
function isPassiveWithAgent(tokens: readonly Token[], cue: TokenSpan, sentence: TokenSpan): boolean {
  if (cue.to >= sentence.to - 1 || tokens[cue.to]!.lower !== "by" || !isParticiple(tokens[cue.to - 1]!)) return false;
  if (cue.from > sentence.from && PASSIVE_AUXILIARIES.has(tokens[cue.from - 1]!.lower)) return true;
  for (let k = cue.from; k < cue.to - 1; k++) if (PASSIVE_AUXILIARIES.has(tokens[k]!.lower)) return true;
  return false;
}

/** Marks and words after which a participle opens a reduced passive phrase ("and opposed by the U.S."). */
const REDUCED_OPENERS = new Set([",", "(", "—", "–", "-", "and"]);

/** Longest modifier between a reduced passive's participle and "by" ("deemed insufficient by"). */
const MAX_MODIFIER = 2;

/** Words that end a participle's modifiers: determiners, prepositions, conjunctions. */
const NOT_MODIFIERS = new Set(["the", "a", "an", "his", "her", "their", "its", "to", "in", "on", "at", "for", "of", "as", "and", "or", "that", "with", "from"]);

/**
 * A reduced passive opening its own phrase, with its agent: ", considered sacrosanct by gun
 * advocates", "(favored strongly by Republicans)", "and opposed by the U.S.". The index of "by"
 * (only lowercase modifiers between the participle and it), or -1.
 */
function reducedPassiveBy(tokens: readonly Token[], cue: TokenSpan, sentence: TokenSpan): number {
  if (cue.from <= sentence.from || !REDUCED_OPENERS.has(tokens[cue.from - 1]!.lower) || !isParticiple(tokens[cue.from]!)) return -1;
  for (let k = cue.from + 1; k < sentence.to - 1 && k - cue.from <= MAX_MODIFIER + 1; k++) {
    const t = tokens[k]!;
    if (t.lower === "by") return k >= cue.to ? k : -1;
    if (t.kind !== Kind.Word || t.upper || NOT_MODIFIERS.has(t.lower)) return -1;
  }
  return -1;
}

/** Words that end the agent: the question asked ("was asked by a caller why ..."), its topic or time. */
const AFTER_AGENT = new Set(["whether", "if", "why", "how", "what", "when", "where", "about", "during", "to", "-", "—", "–", "(", ")"]);

/** Words that open the reason or the role after an agent, unless a name goes on ("Center for American Progress"). */
const REASON_OR_ROLE = new Set(["for", "as"]);

/** The agent phrase without the clause or phrase that follows it ("by host John Dickerson whether his aim ..."). */
function agentEnd(tokens: readonly Token[], phrase: TokenSpan): TokenSpan {
  for (let k = phrase.from + 1; k < phrase.to; k++) {
    if (AFTER_AGENT.has(tokens[k]!.lower)) return { from: phrase.from, to: k };
    // "criticized by some of his rivals for failing", "interpreted by some as a threat"; not "the Center for American Progress".
    if (REASON_OR_ROLE.has(tokens[k]!.lower) && k + 1 < phrase.to && !tokens[k + 1]!.upper) return { from: phrase.from, to: k };
  }
  return phrase;
}

/** Source (the agent after "by") and content (the subject before the verb group), or null when not passive. */
export function passiveAttribution(tokens: readonly Token[], cue: TokenSpan, sentence: TokenSpan): { source: TokenSpan; content: TokenSpan | null } | null {
  const full = isPassiveWithAgent(tokens, cue, sentence);
  const by = full ? cue.to : reducedPassiveBy(tokens, cue, sentence);
  if (by < 0) return null;
  const phrase = phraseAfter(tokens, by + 1, sentence.to);
  if (!phrase) return null;
  const source = agentEnd(tokens, phrase);
  let end = cue.from;
  if (end > sentence.from && PASSIVE_AUXILIARIES.has(tokens[end - 1]!.lower)) end--;
  // A reduced passive describes the phrase before its comma, parenthesis or dash ("the right to bear arms, considered ...").
  else if (!full && tokens[end - 1]!.lower !== "and") end--;
  let start = end;
  while (start > sentence.from && end - start < MAX_SUBJECT) {
    const previous = tokens[start - 1]!;
    if (SUBJECT_BOUNDARY.has(previous.lower) || previous.kind === Kind.OpenQuote || previous.kind === Kind.CloseQuote) break;
    start--;
  }
  return { source, content: start < end && end - start < MAX_SUBJECT ? { from: start, to: end } : null };
}

/**
 * "Asked whether she would run, Clinton said ...": a sentence-initial "Asked" reports the question,
 * which runs to the comma that ends the participial clause (with a quotation closing right after it);
 * the one asked is not its source (the asker is usually unnamed).
 */
export function askedClause(tokens: readonly Token[], cue: TokenSpan, sentence: TokenSpan): TokenSpan | null {
  if (cue.from !== sentence.from || tokens[cue.from]!.lower !== "asked") return null;
  for (let k = cue.to; k < sentence.to && k - cue.to < 60; k++) {
    const t = tokens[k]!;
    if (t.lower === "," && !t.inQuote) return k > cue.to ? { from: cue.to, to: k } : null;
    if (t.lower === "," && tokens[k + 1]?.kind === Kind.CloseQuote) return { from: cue.to, to: k + 2 };
  }
  return null;
}
