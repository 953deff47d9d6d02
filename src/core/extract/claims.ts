/**
 * From token attributions to the report's claims: character spans, source type, resolved source,
 * attribution date, the `via` link of relayed claims ("X reported, citing Y") and the removal of
 * page furniture (photo credits, "Related:" links, share buttons, bylines).
 */
import type { Span } from "../report";
import { RELAY_CUES, type Attribution, type TokenSpan } from "./assemble";
import { attributionDate, dateAt } from "./dates";
import { isReducedPassiveAfterWith } from "./passive";
import { nameIn, resolveNominal, resolvePronoun, type NamedMention } from "./resolve";
import { headOf, sourceTypeOf } from "./source-type";
import { Kind, type Token } from "./tokenize";
import type { ExtractedClaim } from "./types";

/** Cues followed by an addressee before their content. */
const TELL_CUES = new Set(["told", "tells", "tell", "telling", "informed", "assured", "warned"]);

/** Labels of page furniture: a claim whose source or cue is one of these is not a claim. */
const FURNITURE = new Set(["photo", "photos", "image", "images", "credit", "credits", "related", "share", "read", "see", "support", "donate", "subscribe", "follow", "by", "category", "authors", "author", "tags", "video", "watch", "listen", "advertisement", "source", "sources"]);

function charSpan(text: string, tokens: readonly Token[], span: TokenSpan | null): Span | null {
  if (!span || span.to <= span.from) return null;
  return spanOf(text, tokens[span.from]!.start, tokens[span.to - 1]!.end);
}

/** A paragraph too short to hold a sentence and without final punctuation: page furniture. */
function isFurnitureParagraph(tokens: readonly Token[], at: number): boolean {
  let start = at;
  while (start > 0 && !tokens[start]!.paragraphStart && at - start < 12) start--;
  let end = at + 1;
  while (end < tokens.length && !tokens[end]!.paragraphStart && end - at < 12) end++;
  if (!tokens[start]!.paragraphStart || (end < tokens.length && !tokens[end]!.paragraphStart)) return false;
  if (end - start <= 24 && isBylineLine(tokens, start, end)) return true;
  const last = tokens[end - 1]!.lower;
  return end - start < 8 && last !== "." && last !== "!" && last !== "?" && last !== ":" && tokens[end - 1]!.kind !== Kind.CloseQuote;
}

const READING_TIME_UNITS = new Set(["min", "mins", "minute", "minutes"]);
const BYLINE_SEPARATORS = new Set(["·", "•", "|"]);

/** "2 min read · Authors · January 30, 2026": a reading time, or fields joined by separators. */
function isBylineLine(tokens: readonly Token[], start: number, end: number): boolean {
  let separators = 0;
  for (let k = start; k < end; k++) {
    const lower = tokens[k]!.lower;
    if (BYLINE_SEPARATORS.has(lower)) separators++;
    if (lower === "read" && k >= start + 2 && READING_TIME_UNITS.has(tokens[k - 1]!.lower) && tokens[k - 2]!.kind === Kind.Number) return true;
  }
  return separators >= 2;
}

const LEADING_PREPOSITIONS = new Set(["from", "by", "with", "of", "for", "at", "among"]);

/**
 * "a statement from the Polish army" -> "the Polish army"; "with 627,900 cases reported": a reduced
 * passive whose noun phrase is what was reported, not who reported it (no source).
 */
function trimSource(tokens: readonly Token[], source: TokenSpan, cue: TokenSpan): TokenSpan | null {
  const first = tokens[source.from]!.lower;
  // "according to a statement from the Polish army": the one who issued the document is the source.
  if (tokens[cue.from]!.lower === "according" && source.from >= cue.to) {
    const issuer = issuerOf(tokens, source);
    if (issuer) return issuer;
  }
  // "with ... reported" is passive (no agent); "with assessments ... noting" keeps its agent.
  if (source.to === cue.from && isReducedPassiveAfterWith(tokens, source.from, cue.to - 1)) return null;
  if (source.to - source.from > 1 && LEADING_PREPOSITIONS.has(first)) return { from: source.from + 1, to: source.to };
  return source;
}

/** Documents a source issues: "a statement from X", "a report by X". */
const DOCUMENTS = new Set(["statement", "statements", "report", "reports", "release", "letter", "memo", "email", "announcement", "analysis", "study", "survey", "filing", "document", "documents"]);
const ISSUED_BY = new Set(["from", "by"]);

/** "a statement from the Polish army" -> "the Polish army": the issuer after a document noun (at most a determiner and an adjective before it). */
function issuerOf(tokens: readonly Token[], source: TokenSpan): TokenSpan | null {
  for (let k = source.from; k < source.to - 2 && k - source.from < 3; k++) {
    if (DOCUMENTS.has(tokens[k]!.lower) && ISSUED_BY.has(tokens[k + 1]!.lower)) return { from: k + 2, to: source.to };
  }
  return null;
}

function isFurniture(tokens: readonly Token[], a: Attribution): boolean {
  if (FURNITURE.has(tokens[a.cue.from]!.lower) && tokens[a.cue.from + 1]?.lower === ":") return true;
  // "Source: Reuters", "Photo: AP": a label and a colon, not a speaker.
  if (a.source && FURNITURE.has(tokens[a.source.from]!.lower) && (a.source.to - a.source.from === 1 || tokens[a.source.from + 1]!.lower === ":")) {
    const next = tokens[a.source.to];
    if (next?.lower === ":" || tokens[a.source.from + 1]?.lower === ":") return true;
  }
  // "2 min read", "See all": a short unpunctuated line (a colon quote may be short and unpunctuated).
  if (tokens[a.cue.from]!.lower !== ":" && isFurnitureParagraph(tokens, a.cue.from)) return true;
  // Inside parentheses that open with a credit label: "(Photo: Getty Images)".
  const before = tokens[a.cue.from - 1];
  return !!before && before.lower === ":" && FURNITURE.has(tokens[a.cue.from - 2]?.lower ?? "");
}

export function buildClaims(
  text: string,
  tokens: readonly Token[],
  sentences: ReadonlyArray<[number, number]>,
  attributions: readonly Attribution[],
): ExtractedClaim[] {
  // Sentence ids are consecutive from 0, so a token's sentence id indexes `sentences`.
  const sentenceOf = (id: number): TokenSpan => {
    const [from, to] = sentences[id]!;
    return { from, to };
  };
  const claims: ExtractedClaim[] = [];
  const mentions: NamedMention[] = [];
  let relayer: { claim: ExtractedClaim; sentence: number } | null = null;
  for (const found of attributions) {
    if (isFurniture(tokens, found)) continue;
    const a: Attribution = { ...found };
    const sentenceIndex = tokens[a.cue.from]!.sentence;
    const sentence = sentenceOf(sentenceIndex);
    const cueWord = tokens[a.cue.from]!.lower;
    const id = `c${claims.length + 1}`;
    let via: string | null = null;
    if (RELAY_CUES.has(cueWord) && a.cue.to - a.cue.from === 1 && relayer && relayer.sentence === sentenceIndex) {
      // "Bloomberg reported, citing European assessments, ...": this claim relays the previous one
      // of the sentence and shares its content.
      via = relayer.claim.id;
    }
    // "said on Thursday", "warned on | Tuesday": the date is not part of the cue.
    for (let k = a.cue.from + 1; k < a.cue.to; k++) {
      if (k + dateAt(tokens, k, sentence.to) >= a.cue.to && dateAt(tokens, k, sentence.to) > 0) {
        a.cue = { from: a.cue.from, to: k };
        break;
      }
    }
    if (a.source) a.source = trimSource(tokens, a.source, a.cue);
    const date = attributionDate(tokens, a.cue, a.source, sentence);
    // The content starts after a date or an addressee that follows the cue ("told reporters that").
    if (a.content && date && date.from === a.content.from) a.content = { from: date.to, to: a.content.to };
    if (a.content && TELL_CUES.has(tokens[a.cue.to - 1]!.lower)) {
      for (let k = a.content.from; k < Math.min(a.content.to, a.content.from + 5); k++) {
        if (tokens[k]!.lower === "that") {
          a.content = { from: k, to: a.content.to };
          break;
        }
      }
    }
    const sourceType = a.source ? sourceTypeOf(tokens, a.source.from, a.source.to) : "none";
    let resolvedSource: string | null = null;
    if (a.source && sourceType === "pronoun") {
      const word = tokens[a.source.from]!.lower;
      if (word === "who" || word === "which" || word === "that") {
        // A relative pronoun stands for the name just before it ("Smith, who said").
        const end = tokens[a.source.from - 1]?.lower === "," ? a.source.from - 1 : a.source.from;
        resolvedSource = nameIn(text, tokens, Math.max(sentence.from, end - 8), end)?.name ?? null;
      } else {
        resolvedSource = resolvePronoun(word, mentions);
      }
    } else if (a.source && sourceType === "nominal") {
      // A description may carry the name itself ("a new analysis released by the Center for ...").
      resolvedSource = nameIn(text, tokens, a.source.from + 1, a.source.to)?.name ?? resolveNominal(headOf(tokens, a.source.from, a.source.to).lower, mentions);
    }
    if (a.source && sourceType === "named") {
      const mention = nameIn(text, tokens, a.source.from, a.source.to);
      if (mention) mentions.push(mention);
    } else if (resolvedSource && a.source) {
      const mention = nameIn(text, tokens, a.source.from, a.source.to);
      if (mention && sourceType === "nominal") mentions.push(mention);
    }
    const claim: ExtractedClaim = {
      id,
      cue: charSpan(text, tokens, a.cue)!,
      source: charSpan(text, tokens, a.source),
      content: via && relayer ? relayer.claim.content : charSpan(text, tokens, a.content),
      sourceType,
      resolvedSource,
      date: charSpan(text, tokens, date),
      via,
    };
    claims.push(claim);
    if (!via) relayer = { claim, sentence: sentenceIndex };
  }
  return claims;
}

/** Like report.spanOf, without importing the report module's schemas into the content script. */
function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
