/**
 * Choosing between entries that share an alias, acronym or surname: each entry's context words
 * (and its country's names, adjectives and capital) are looked for near the mention and in the
 * whole article. Near words weigh more. With no evidence either way the mention stays unmatched:
 * naming the wrong organisation is worse than naming none.
 */
import type { ScanTokens } from "./mentions";
import { matcherWork, type MatcherIndex } from "./trie";

/** Tokens either side of a mention that count as "near". */
const WINDOW = 40;
const NEAR_WEIGHT = 3;

/** Per scan: where each context word occurs (token positions, ascending), found in one pass when first needed. */
const occurrencesByScan = new WeakMap<ScanTokens, Map<number, number[]>>();

export function resolveCandidates(index: MatcherIndex, tokens: ScanTokens, at: number, candidates: readonly number[]): number | null {
  matcherWork.steps += candidates.length;
  const unique = candidates.length === 1 ? candidates : [...new Set(candidates)];
  if (unique.length === 1) return unique[0]!;
  const occurrences = contextOccurrences(tokens);
  const count = tokens.words.length;
  const from = Math.max(0, at - WINDOW);
  const to = Math.min(count, at + WINDOW);
  let best: number | null = null;
  let bestScore = 0;
  let tied = false;
  for (const e of unique) {
    let score = 0;
    for (const phrase of index.contextPhrases[e] ?? []) {
      if (phrase === null) continue;
      if (phraseWithin(tokens, occurrences, phrase, from, to)) score += NEAR_WEIGHT;
      if (phraseWithin(tokens, occurrences, phrase, 0, count)) score += 1;
    }
    if (score > bestScore) {
      best = e;
      bestScore = score;
      tied = false;
    } else if (score === bestScore && score > 0) {
      tied = true;
    }
  }
  return tied ? null : best;
}

function contextOccurrences(tokens: ScanTokens): Map<number, number[]> {
  let occurrences = occurrencesByScan.get(tokens);
  if (occurrences) return occurrences;
  occurrences = new Map();
  const add = (id: number, at: number): void => {
    const list = occurrences!.get(id);
    if (list) list.push(at);
    else occurrences!.set(id, [at]);
  };
  tokens.words.forEach((word, at) => {
    if (word.contextId >= 0) add(word.contextId, at);
    if (word.capsContextId >= 0) add(word.capsContextId, at);
  });
  occurrencesByScan.set(tokens, occurrences);
  return occurrences;
}

/** Whether the phrase (context word ids) lies wholly inside tokens [from, to). */
function phraseWithin(tokens: ScanTokens, occurrences: Map<number, number[]>, phrase: readonly number[], from: number, to: number): boolean {
  const positions = occurrences.get(phrase[0]!);
  if (!positions) return false;
  for (const at of positions) {
    if (at < from) continue;
    if (at + phrase.length > to) return false;
    let k = 1;
    while (k < phrase.length && tokens.words[at + k]!.contextId === phrase[k]) k++;
    if (k === phrase.length) return true;
  }
  return false;
}
