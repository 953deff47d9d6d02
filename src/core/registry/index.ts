/**
 * Source registry and matching: turns a claim's source text into a registry entry.
 * First version: exact name, alias and acronym lookup. The registry issue replaces this with the
 * normalising token matcher and the full data.
 */
import type { ExtractedClaim } from "../extract/types";
import type { RegistryRef } from "../report";
import type { RegistryEntry } from "./schema";

export type { RegistryEntry, Role, EntryKind } from "./schema";

export interface Registry {
  entries: readonly RegistryEntry[];
  byId(id: string): RegistryEntry | undefined;
}

export function createRegistry(entries: readonly RegistryEntry[]): Registry {
  const index = new Map(entries.map((entry) => [entry.id, entry]));
  return { entries, byId: (id) => index.get(id) };
}

/** Returns, per claim id, the registry entry its source (or resolved source) names. */
export function matchSources(_text: string, claims: readonly ExtractedClaim[], registry: Registry): Map<string, RegistryRef> {
  const names = new Map<string, RegistryEntry>();
  for (const entry of registry.entries) {
    for (const name of [entry.name, ...entry.aliases, ...entry.acronyms]) names.set(normalise(name), entry);
  }
  const result = new Map<string, RegistryRef>();
  for (const claim of claims) {
    const sourceText = claim.resolvedSource ?? claim.source?.text;
    if (!sourceText) continue;
    const words = normalise(sourceText).split(" ");
    // Longest suffix first: "Ukrainian Defense Minister Mykhailo Fedorov" ends with the name.
    for (let i = 0; i < words.length; i++) {
      const entry = names.get(words.slice(i).join(" "));
      if (entry) {
        result.set(claim.id, { id: entry.id, name: entry.name, kind: entry.kind });
        break;
      }
    }
  }
  return result;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, "").replace(/['’]s$/, "").trim();
}
