/**
 * Matching claims to registry entries. A claim's own source comes first (its resolved name for a
 * pronoun or "the newspaper", then the words of its source span); when neither names an entry and the
 * source is not a name (an unnamed official, a pronoun, no source), an outlet the claim came through
 * counts: "a senior official told Reuters", "in an interview with CNN", "Bloomberg reported".
 */
import type { ExtractedClaim } from "../extract/types";
import type { RegistryRef } from "../report";
import { scanMentions, type Mention, type ScanResult } from "./mentions";
import type { EntryKind, RegistryEntry } from "./schema";

const OUTLET_KINDS: ReadonlySet<EntryKind> = new Set(["news-outlet", "news-agency", "broadcaster"]);
/** Words right before an outlet that make it the channel: "told Reuters", "interview with CNN", "according to AP". */
const CHANNEL_BEFORE = new Set(["told", "tell", "tells", "telling", "with", "to"]);
/** Words right after an outlet that make it the reporter: "Bloomberg reported". */
const CHANNEL_AFTER = new Set([
  "reported", "reports", "reporting", "wrote", "writes", "revealed", "reveals", "learned", "learnt",
  "cited", "cites", "quoted", "quotes", "published", "said", "says", "obtained", "confirmed",
]);
/** How far around a claim's cue, source and content a channel is looked for, in characters. */
const CHANNEL_REACH = 80;

/** Returns, per claim id, the registry entry its source (or resolved source, or channel) names. */
export function matchClaimSources(text: string, claims: readonly ExtractedClaim[], entries: readonly RegistryEntry[]): Map<string, RegistryRef> {
  const scan = scanMentions(text, entries);
  // Pronouns resolve to the same few names again and again: each name is looked up once.
  const ownEntries = new Map<string, RegistryEntry | null>();
  const result = new Map<string, RegistryRef>();
  for (const claim of claims) {
    // A named speaker the registry does not know stays unknown: "John Smith told Reuters" is not Reuters speaking.
    const channel = claim.sourceType === "named" ? null : channelOf(text, claim, scan);
    const entry = sourceEntry(claim, scan, entries, ownEntries) ?? channel?.entry ?? null;
    if (entry) result.set(claim.id, { id: entry.id, name: entry.name, kind: entry.kind });
  }
  return result;
}

function sourceEntry(claim: ExtractedClaim, scan: ScanResult, entries: readonly RegistryEntry[], ownEntries: Map<string, RegistryEntry | null>): RegistryEntry | null {
  const name = claim.resolvedSource;
  if (name) {
    let own = ownEntries.get(name);
    if (own === undefined) {
      // A surname or acronym the article taught before: its first mention in the article carries that context.
      const inArticle = scan.mentions.find((m) => m.text === name);
      own = inArticle ? inArticle.entry : bestMention(scanMentions(name, entries).mentions)?.entry ?? null;
      ownEntries.set(name, own);
    }
    if (own) return own;
  }
  if (!claim.source) return null;
  return bestMention(mentionsWithin(scan, claim.source.start, claim.source.end))?.entry ?? null;
}

/** The mentions inside [start, end). Mentions are in text order, so a binary search finds the first: per claim the cost is its own mentions, not the article's. */
function mentionsWithin(scan: ScanResult, start: number, end: number): Mention[] {
  const mentions = scan.mentions;
  const found: Mention[] = [];
  for (let i = firstMentionFrom(mentions, start); i < mentions.length && mentions[i]!.start < end; i++) {
    if (mentions[i]!.end <= end) found.push(mentions[i]!);
  }
  return found;
}

/** The index of the first mention starting at or after `offset` (mentions are in text order). */
function firstMentionFrom(mentions: readonly Mention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (mentions[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The mention that names the speaker: a person before an organisation ("Kremlin spokesman Dmitry
 * Peskov"), then the longest name ("a Bloomberg reporter at the Pentagon" is rare), then the first.
 */
export function bestMention(mentions: readonly Mention[]): Mention | null {
  let best: Mention | null = null;
  for (const m of mentions) {
    if (!best) best = m;
    else if ((m.entry.kind === "person") !== (best.entry.kind === "person")) best = m.entry.kind === "person" ? m : best;
    else if (m.end - m.start > best.end - best.start) best = m;
  }
  return best;
}

/** The outlet a claim was told to or reported by, if the words around it say so. */
export function channelOf(text: string, claim: ExtractedClaim, scan: ScanResult): Mention | null {
  const spans = [claim.cue, claim.source, claim.content].filter((s): s is NonNullable<typeof s> => s !== null);
  const from = Math.max(0, Math.min(...spans.map((s) => s.start)) - CHANNEL_REACH);
  const to = Math.min(text.length, Math.max(...spans.map((s) => s.end)) + CHANNEL_REACH);
  // Mentions are in text order: start at the first one at or after `from` (binary search), stop past `to`.
  for (let i = firstMentionFrom(scan.mentions, from); i < scan.mentions.length && scan.mentions[i]!.start < to; i++) {
    const m = scan.mentions[i]!;
    if (m.end > to || !OUTLET_KINDS.has(m.entry.kind)) continue;
    const before = scan.tokens.words[m.tokenStart - 1]?.key;
    const after = scan.tokens.words[m.tokenEnd]?.key;
    const inSameSentence = !/[.!?]\s/.test(text.slice(Math.min(m.end, claim.cue.end), Math.max(m.start, claim.cue.start)));
    if (!inSameSentence) continue;
    if ((before && CHANNEL_BEFORE.has(before)) || (after && CHANNEL_AFTER.has(after))) return m;
  }
  return null;
}
