/**
 * Attribution extraction: finds cue, source, content and attribution date in plain text.
 * First version: reporting verbs and "according to", sentence by sentence. The extraction issue
 * replaces this with the full extractor measured on PolNeAR.
 */
import { spanOf, type SourceType, type Span } from "../report";
import type { ExtractedClaim } from "./types";

export type { ExtractedClaim } from "./types";

const VERBS =
  "said|says|say|stated|states|told|tells|reported|reports|wrote|writes|estimated|estimates|revealed|reveals|warned|warns|denied|denies|predicted|predict|predicts|claimed|claims|noted|notes|added|announced|confirmed";
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
const VAGUE = /^(?:several |many |some |unnamed |anonymous )?(?:experts?|officials?|sources?|analysts?|observers?|assessments?)\b/i;
const DATE = /\b(?:on|in|last|this) (?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|summer|winter|spring|autumn)(?: \d{1,2})?(?:, \d{4})?/;

export function extractClaims(text: string): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  for (const sentence of sentences(text)) {
    const found = findCue(text, sentence);
    if (!found) continue;
    const { cue, source } = found;
    const contentStart = cue.end < sentence.end ? skipSpace(text, cue.end, sentence.end) : sentence.start;
    const content =
      source && source.start > cue.end
        ? spanOf(text, sentence.start, trimEnd(text, sentence.start, cue.start))
        : spanOf(text, contentStart, trimEnd(text, contentStart, sentence.end));
    const dateMatch = DATE.exec(text.slice(sentence.start, sentence.end));
    claims.push({
      id: `c${claims.length + 1}`,
      cue,
      source,
      content: content.end > content.start ? content : null,
      sourceType: sourceTypeOf(source),
      resolvedSource: null,
      date: dateMatch ? spanOf(text, sentence.start + dateMatch.index, sentence.start + dateMatch.index + dateMatch[0].length) : null,
      via: null,
    });
  }
  return claims;
}

function findCue(text: string, sentence: { start: number; end: number }): { cue: Span; source: Span | null } | null {
  const body = text.slice(sentence.start, sentence.end);
  const according = /\b[Aa]ccording to ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*|these \w+|the \w+)/.exec(body);
  if (according) {
    const cueStart = sentence.start + according.index;
    const sourceStart = cueStart + according[0].length - according[1]!.length;
    return { cue: spanOf(text, cueStart, cueStart + 12), source: spanOf(text, sourceStart, sourceStart + according[1]!.length) };
  }
  const verb = new RegExp(`\\b(?:${VERBS})\\b`).exec(body);
  if (!verb) return null;
  const cueStart = sentence.start + verb.index;
  const before = body.slice(0, verb.index);
  const subject = /((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*|[Hh]e|[Ss]he|[Tt]hey|(?:several |many )?(?:experts|officials|sources))\s+(?:has |have |had )?$/.exec(before);
  const source = subject ? spanOf(text, sentence.start + subject.index, sentence.start + subject.index + subject[1]!.length) : null;
  return { cue: spanOf(text, cueStart, cueStart + verb[0].length), source };
}

function sourceTypeOf(source: Span | null): SourceType {
  if (!source) return "none";
  if (PRONOUNS.has(source.text.toLowerCase())) return "pronoun";
  if (VAGUE.test(source.text)) return "vague";
  return /^[A-Z]/.test(source.text) && !/^The [a-z]/.test(source.text) ? "named" : "nominal";
}

function* sentences(text: string): Generator<{ start: number; end: number }> {
  const boundary = /[.!?]["”’]?(?=\s)|\n/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (end > start) yield { start: skipSpace(text, start, end), end };
    start = end;
  }
  if (start < text.length) yield { start: skipSpace(text, start, text.length), end: text.length };
}

function skipSpace(text: string, from: number, to: number): number {
  while (from < to && /\s/.test(text[from]!)) from++;
  return from;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /[\s,.]/.test(text[to - 1]!)) to--;
  return to;
}
