/**
 * Adversarial inputs of a given size and the cost ratio of size 2n to size n, shared by
 * tests/unit/hardening/linear-time.test.ts (modest sizes) and `npm run linearity` (larger ones).
 *
 * Why a ratio measured within one run: the absolute time of a scan depends on the machine, its load
 * and the JIT, but doubling the input on the same machine, in the same process, moments apart,
 * cancels all of those out. Linear work costs about 2x, quadratic work about 4x. Each size is timed
 * several times and the minimum is kept (noise from other processes only ever adds time), and the
 * sizes alternate (n, 2n, n, 2n, ...) so that a slow phase of the machine hits both.
 */
import { analyse, scan } from "../../../src/core/analyse";
import { extractClaims } from "../../../src/core/extract";
import type { ExtractedClaim } from "../../../src/core/extract/types";
import { emptyPageMeta } from "../../../src/core/page-meta";
import { findMentions, matchSources, type Registry } from "../../../src/core/registry";
import { anchorQuote, resolveAnchor } from "../../../src/core/review";
import { markdownToText } from "../../../src/core/text/markdown";
import { NEWS_SENTENCES } from "./arbitraries";

/** Repeats `unit` (or the units in turn) up to exactly `size` characters, never splitting a pair. */
function fill(size: number, ...units: string[]): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const unit = units[i % units.length]!;
    parts.push(unit);
    length += unit.length;
  }
  let text = parts.join("").slice(0, size);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  return text;
}

const CAPITALS = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet", "Kilo", "Lima"];
const LOWER = ["the", "number", "of", "soldiers", "killed", "in", "action", "has", "increased", "in", "recent", "weeks", "and", "officials"];

/** Adversarial texts by name: each a function of the size in characters. */
export const ADVERSARIAL: Record<string, (size: number) => string> = {
  "capitalised words": (n) => fill(n, ...CAPITALS.map((w) => `${w} `)),
  "unclosed quotes": (n) => fill(n, "“He ", "said ", "« it ", "‘was ", "\"so ", "„bad "),
  "thousands of said": (n) => fill(n, "said "),
  "Name said, repeated": (n) => fill(n, "Bloomberg said ", "Fedorov said ", "he said "),
  "according to according to": (n) => fill(n, "according to "),
  "appositions without end": (n) => fill(n, "“Yes,” said Smith, ", "a member of the board, ", "who is 44, ", "Jones, "),
  "long digit run": (n) => fill(n, "1"),
  "1,000,000 figures": (n) => fill(n, "1,000,"),
  "nested brackets": (n) => "(".repeat(Math.floor(n / 4)) + "[word] ".repeat(Math.floor(n / 14)) + ")".repeat(Math.floor(n / 4)),
  "paragraph without punctuation": (n) => fill(n, ...LOWER.map((w) => `${w} `)),
  "repeated acronyms (ABC)": (n) => fill(n, "(ABC) ", "(CSIS) "),
  "news in one paragraph": (n) => fill(n, ...NEWS_SENTENCES.map((s) => `${s} `)),
  "news in paragraphs": (n) => fill(n, ...NEWS_SENTENCES.map((s) => `${s}\n\n`)),
  "quotes in one paragraph": (n) => fill(n, "He said “we will win” and ", "she said \"no\" then "),
  "dates everywhere": (n) => fill(n, "on Monday, March 3, 2024 ", "last week ", "in 2022 ", "on 12/31/2025 "),
  "emoji and combining marks": (n) => fill(n, "😀 ", "e\u0301 ", "\u05e9\u05dc\u05d5\u05dd ", "🇺🇦 said "),
};

/** Markdown-specific adversarial drafts. */
export const ADVERSARIAL_MARKDOWN: Record<string, (size: number) => string> = {
  "paragraph of many lines": (n) => fill(n, "Officials said the plan\n", "would cost *billions*\n"),
  "list with continuations": (n) => "- item\n" + fill(n - 7, "  continued `code` line\n"),
  "unclosed emphasis and links": (n) => fill(n, "*", "_", "[", "](", "`", "**a "),
  "nested block quotes": (n) => fill(n, "> > > > quote\n"),
  "table rows": (n) => "| a | b |\n|---|---|\n" + fill(n - 20, "| x | y |\n"),
  "html comment never closed": (n) => "<!--" + fill(n - 4, "text -- "),
  "headings of hashes": (n) => "# " + fill(n - 3, "# ") + "x",
  "entity openings": (n) => fill(n, "&#", "&a"),
  "list markers on one line": (n) => fill(n - 1, "- ") + "\n",
  "table cell of spaces": (n) => "a|b\n" + " ".repeat(n - 5) + "x",
};

export interface Target {
  /** Prepares what is not being measured (extraction for `analyse`, a DOM for the page); then the measured call. */
  prepare: (text: string) => () => unknown;
}

export function targets(registry: Registry): Record<string, Target> {
  const meta = emptyPageMeta();
  return {
    scan: { prepare: (text) => () => scan(text, meta, registry) },
    extractClaims: { prepare: (text) => () => extractClaims(text) },
    findMentions: { prepare: (text) => () => findMentions(text, registry) },
    matchSources: {
      prepare: (text) => {
        const claims = extractClaims(text);
        return () => matchSources(text, claims, registry);
      },
    },
    "analyse (dates and checks)": {
      prepare: (text) => {
        const claims: ExtractedClaim[] = extractClaims(text);
        return () => analyse(text, claims, meta, registry);
      },
    },
    markdownToText: { prepare: (text) => () => markdownToText(text) },
    resolveAnchor: {
      prepare: (text) => {
        // A quote from the middle, searched in the text with one character changed next to it.
        const middle = Math.floor(text.length / 2);
        const anchor = anchorQuote(text, middle, Math.min(text.length, middle + 40));
        const edited = `${text.slice(0, middle)}#${text.slice(middle + 1)}`;
        return () => resolveAnchor(edited, anchor);
      },
    },
  };
}

/** CPU time of this process (user + system) in milliseconds: time other processes take is not counted. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU time of `batch` calls of `run`, in milliseconds. */
function timeBatch(run: () => unknown, batch: number): number {
  const started = cpuNow();
  for (let i = 0; i < batch; i++) run();
  return cpuNow() - started;
}

export interface RatioResult {
  /** CPU milliseconds per call at size n and 2n (minimum over the repetitions). */
  small: number;
  large: number;
  ratio: number;
}

/** Below this a timing is mostly clock resolution and noise: fast calls are batched up to it. */
const MIN_BATCH_MS = 20;

/**
 * The cost ratio of input size 2n to size n: the minimum over `repetitions` of the CPU time of each,
 * interleaved. A fast call is repeated in a batch (the same count at both sizes) until the batch at
 * size n takes at least MIN_BATCH_MS.
 */
export function costRatio(target: Target, input: (size: number) => string, n: number, repetitions = 3): RatioResult {
  const small = target.prepare(input(n));
  const large = target.prepare(input(2 * n));
  const once = Math.max(timeBatch(small, 1), 0.001); // also warms up the JIT
  timeBatch(large, 1);
  const batch = Math.min(1_000, Math.max(1, Math.ceil(MIN_BATCH_MS / once)));
  let smallBest = Infinity;
  let largeBest = Infinity;
  for (let i = 0; i < repetitions; i++) {
    smallBest = Math.min(smallBest, timeBatch(small, batch));
    largeBest = Math.min(largeBest, timeBatch(large, batch));
  }
  return { small: smallBest / batch, large: largeBest / batch, ratio: largeBest / Math.max(smallBest, 0.001) };
}
