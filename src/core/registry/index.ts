/**
 * Source registry and matching: turns the way an article names a source ("CSIS", "Fedorov said",
 * "told Reuters") into a registry entry. The pieces live in their own files; this is the seam the
 * pipeline, the checks and the popup import.
 */
import type { ExtractedClaim } from "../extract/types";
import type { RegistryRef } from "../report";
import type { RegistryEntry } from "./schema";
import { findMentions as findMentionsIn } from "./mentions";
import { matchClaimSources } from "./sources";
import { matcherFor } from "./trie";

export type { RegistryEntry, Role, EntryKind } from "./schema";
export type { Mention, MentionVia, ScanResult } from "./mentions";
export { scanMentions } from "./mentions";
export { channelOf, bestMention } from "./sources";
export { roleOn, rolesOn, dateRange } from "./roles";
export { foldWord, nameKey, tokenize } from "./normalise";

export interface Registry {
  entries: readonly RegistryEntry[];
  byId(id: string): RegistryEntry | undefined;
}

/** A registry over the entries; its pattern index is built once, on first use, and reused. */
export function createRegistry(entries: readonly RegistryEntry[]): Registry {
  const index = new Map(entries.map((entry) => [entry.id, entry]));
  return { entries, byId: (id) => index.get(id) };
}

/** Builds the registry's pattern index now rather than on the first scan (e.g. at worker start). */
export function prepareRegistry(registry: Registry): void {
  matcherFor(registry.entries);
}

/** Returns, per claim id, the registry entry its source (or resolved source, or channel) names. */
export function matchSources(text: string, claims: readonly ExtractedClaim[], registry: Registry): Map<string, RegistryRef> {
  return matchClaimSources(text, claims, registry.entries);
}

/** Every registry mention in a text, in order: for checks such as acronyms used before they are spelled out. */
export function findMentions(text: string, registry: Registry) {
  return findMentionsIn(text, registry.entries);
}
