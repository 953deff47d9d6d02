/**
 * Choosing between entries that share an alias, acronym or surname: each entry's context words
 * (and its country's names, adjectives and capital) are looked for near the mention and in the
 * whole article. Near words weigh more. With no evidence either way the mention stays unmatched:
 * naming the wrong organisation is worse than naming none.
 */
import type { Token } from "./normalise";
import { matcherWork, type MatcherIndex } from "./trie";

/** Tokens either side of a mention that count as "near". */
const WINDOW = 40;
const NEAR_WEIGHT = 3;
const LONGEST_PHRASE = 3;

const articlePhrases = new WeakMap<readonly Token[], Set<string>>();

export function resolveCandidates(index: MatcherIndex, tokens: readonly Token[], at: number, candidates: readonly number[]): number | null {
  matcherWork.steps += candidates.length;
  const unique = [...new Set(candidates)];
  if (unique.length === 1) return unique[0]!;
  const near = phrasesIn(tokens, Math.max(0, at - WINDOW), Math.min(tokens.length, at + WINDOW));
  let whole = articlePhrases.get(tokens);
  if (!whole) {
    whole = phrasesIn(tokens, 0, tokens.length);
    articlePhrases.set(tokens, whole);
  }
  let best: number | null = null;
  let bestScore = 0;
  let tied = false;
  for (const e of unique) {
    let score = 0;
    for (const phrase of index.context[e] ?? []) {
      if (near.has(phrase)) score += NEAR_WEIGHT;
      if (whole.has(phrase)) score += 1;
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

/** Keys of every one- to three-word phrase in tokens [from, to). */
function phrasesIn(tokens: readonly Token[], from: number, to: number): Set<string> {
  const phrases = new Set<string>();
  for (let i = from; i < to; i++) {
    const raw = tokens[i]!.raw;
    if (raw.length > 1 && raw === raw.toUpperCase()) phrases.add(`=${raw}`);
    let phrase = "";
    for (let n = 0; n < LONGEST_PHRASE && i + n < to; n++) {
      phrase = n === 0 ? tokens[i]!.key : `${phrase} ${tokens[i + n]!.key}`;
      phrases.add(phrase);
    }
  }
  return phrases;
}
