/**
 * What kind of source a claim names: a name, a description ("the newspaper"), a pronoun, a vague
 * group ("experts", "sources familiar with the matter") or none ("it was reported").
 */
import type { SourceType } from "../report";
import { Kind, type Token } from "./tokenize";

export const PRONOUNS = new Set([
  "he", "she", "they", "it", "i", "we", "you", "his", "her", "their", "its", "him", "them", "who", "which", "that",
  "me", "us", "our", "my", "your", "this", "these", "those",
]);

/** Heads of unnamed, unverifiable sources. */
export const VAGUE_HEADS = new Set([
  "expert", "experts", "official", "officials", "source", "sources", "analyst", "analysts", "observer", "observers",
  "assessment", "assessments", "critic", "critics", "people", "some", "many", "others", "insider", "insiders",
  "diplomat", "diplomats", "report", "reports", "study", "studies", "estimate", "estimates", "person", "someone",
  "governments", "authorities", "residents", "witnesses", "researchers", "scientists", "economists", "commentators",
  "aides", "advisers", "advisors", "lawmakers", "members", "supporters", "voters", "media", "intelligence", "reports",
  "figures", "data", "polls", "surveys", "documents", "rumors", "rumours", "claims", "accounts",
]);

/** Source spans are read over at most this many tokens (keeps many claims sharing one long source linear). */
const MAX_SCAN = 40;

const DETERMINERS = new Set(["a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "one", "another", "some", "several", "many", "multiple", "two", "three", "other"]);

/** Lowercase words that end a noun phrase's head search ("sources familiar with ...", "officials who ..."). */
const POSTMODIFIER_START = new Set(["familiar", "who", "which", "that", "with", "close", "in", "at", "from", "of", "for", ",", "(", "on", "briefed", "involved", "speaking", "knowledgeable"]);

/** The head word of a source span: the last word before a post-modifier. */
export function headOf(tokens: readonly Token[], from: number, to: number): Token {
  to = Math.min(to, from + MAX_SCAN);
  let end = to;
  for (let i = from + 1; i < to; i++) {
    if (POSTMODIFIER_START.has(tokens[i]!.lower)) {
      end = i;
      break;
    }
  }
  let k = end - 1;
  while (k > from && (tokens[k]!.kind === Kind.Punct || tokens[k]!.lower === "’s" || tokens[k]!.lower === "'s")) k--;
  return tokens[k]!;
}

export function sourceTypeOf(tokens: readonly Token[], from: number, to: number): SourceType {
  if (to - from === 1 && PRONOUNS.has(tokens[from]!.lower)) return "pronoun";
  const head = headOf(tokens, from, to);
  // "Experts say": a capital that only opens the sentence does not make a name.
  const capitalisedByPosition = head === tokens[from] && (from === 0 || tokens[from - 1]!.sentence !== head.sentence || tokens[from - 1]!.kind === Kind.OpenQuote);
  if (VAGUE_HEADS.has(head.lower) && (!head.upper || capitalisedByPosition)) return "vague";
  const first = tokens[from]!;
  if (DETERMINERS.has(first.lower)) {
    // "The CSIS", "the Center for ...": a name after the determiner; "the newspaper": a description.
    const second = tokens[from + 1];
    return second && second.upper ? "named" : "nominal";
  }
  for (let i = from; i < Math.min(to, from + MAX_SCAN); i++) if (tokens[i]!.upper) return "named";
  return "nominal";
}
