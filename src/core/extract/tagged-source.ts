/**
 * Corrections of a source the tagger marked before its cue: a relative clause gives way to its
 * antecedent ("Humphrey, who calls Trump a sociopath, said"), a phrase the tagger started inside its
 * noun phrase is taken whole ("Mr. Trump had criticized"), and "-ly" adverbs are no source.
 */
import { LY_NOUNS, phraseEndingAt } from "./noun-phrase";
import type { TokenSpan } from "./spans";
import { Kind, type Token } from "./tokenize";

const CLOSING = new Set([",", "—", "–", "-"]);

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
  if (!closesBefore(tokens, cue) || start - 1 <= sentence.from) return null;
  // "Humphrey, who", "Joyce — who": the antecedent ends before the mark.
  if (CLOSING.has(tokens[start - 1]!.lower)) return phraseEndingAt(tokens, start - 1, sentence);
  // "Mr. Guerrero, a Republican who described himself as ..., said": the description and the name it describes.
  const antecedent = phraseEndingAt(tokens, start, sentence);
  if (!antecedent || antecedent.from - 1 <= sentence.from || tokens[antecedent.from - 1]!.lower !== ",") return antecedent;
  const name = phraseEndingAt(tokens, antecedent.from - 1, sentence);
  return name && tokens[name.to - 1]!.upper ? { from: name.from, to: antecedent.to } : antecedent;
}

/** The clause before the cue has closed: a comma or dash right before it, or a comma inside a closing quotation mark ('“racially toxic,” portrayed'). */
function closesBefore(tokens: readonly Token[], cue: TokenSpan): boolean {
  const previous = tokens[cue.from - 1]!;
  return CLOSING.has(previous.lower) || (previous.kind === Kind.CloseQuote && tokens[cue.from - 2]?.lower === ",");
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

/** Words looked through between a source and its cue for a relative pronoun. */
const MAX_RELATIVE_GAP = 16;

/**
 * "Former candidate Bernie Sanders, who on Tuesday endorsed Clinton": a cue inside a relative clause
 * that is still open (no comma, dash or quotation mark between the pronoun and the cue) has the
 * relative pronoun as its subject, not the antecedent the tagger marked; null otherwise.
 */
export function relativeSubject(tokens: readonly Token[], source: TokenSpan, cue: TokenSpan): TokenSpan | null {
  if (source.to > cue.from || cue.from - source.to > MAX_RELATIVE_GAP) return null;
  let relative = -1;
  for (let k = source.to; k < cue.from; k++) {
    const t = tokens[k]!;
    if (t.lower === "who" || t.lower === "which") relative = k;
    else if (relative >= 0 && (t.kind === Kind.Punct || t.kind === Kind.OpenQuote || t.kind === Kind.CloseQuote)) return null;
  }
  if (relative < 0) return null;
  // The pronoun follows the antecedent directly or after its comma.
  const opener = relative === source.to || (relative === source.to + 1 && tokens[source.to]!.lower === ",");
  return opener ? { from: relative, to: relative + 1 } : null;
}

