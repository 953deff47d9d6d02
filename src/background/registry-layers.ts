/**
 * The registry the background matches with: bundled < team < user entries (a later layer wins by
 * id). The team copy and the user's entries live in storage.local; the merged registry is built
 * on first use and rebuilt after either changes (the options page writes, the worker restarts).
 */
import { z } from "zod";
import { createRegistry, type Registry, type RegistryEntry } from "../core/registry";
import { RegistryEntrySchema } from "../core/registry/schema";
import type { TeamCache } from "../core/registry/team";
import { mergeRegistries } from "../core/registry/user";
import type { KeyValueArea } from "../platform/types";

export const USER_ENTRIES_KEY = "registry.user";
export const TEAM_URL_KEY = "registry.team.url";
export const TEAM_CACHE_KEY = "registry.team.cache";
export const TEAM_STATUS_KEY = "registry.team.status";
/** Keys whose change makes the merged registry stale. */
export const REGISTRY_KEYS = [USER_ENTRIES_KEY, TEAM_CACHE_KEY] as const;

const TeamCacheSchema = z.object({
  url: z.string(),
  etag: z.string().nullable(),
  fetchedAt: z.string(),
  entries: z.array(RegistryEntrySchema),
});

export type Layer = "bundled" | "team" | "user";

export interface RegistryLayers {
  /** The merged registry for matching. */
  registry(): Promise<Registry>;
  /** Which layer an id's entry comes from. */
  layerOf(id: string): Promise<Layer | null>;
  userEntries(): Promise<RegistryEntry[]>;
  setUserEntries(entries: RegistryEntry[]): Promise<void>;
  teamCache(): Promise<TeamCache | null>;
  /** Ids a user or team entry may point at besides its own file's (parents, roles' organisations). */
  knownIds(): Promise<Set<string>>;
  bundledIds(): Set<string>;
  /** Forgets the merged registry; the next use rebuilds it from storage. */
  invalidate(): void;
}

export function registryLayers(local: KeyValueArea, bundled: () => readonly RegistryEntry[]): RegistryLayers {
  let merged: Promise<{ registry: Registry; layers: Map<string, Layer> }> | null = null;

  async function userEntries(): Promise<RegistryEntry[]> {
    // A stored list that no longer parses (an older format) is kept in storage untouched but not used.
    const parsed = z.array(RegistryEntrySchema).safeParse((await local.get(USER_ENTRIES_KEY)) ?? []);
    return parsed.success ? parsed.data : [];
  }

  async function teamCache(): Promise<TeamCache | null> {
    const parsed = TeamCacheSchema.safeParse(await local.get(TEAM_CACHE_KEY));
    return parsed.success ? parsed.data : null;
  }

  async function build() {
    const [team, user] = await Promise.all([teamCache(), userEntries()]);
    const base = bundled();
    const { entries } = mergeRegistries(base, team?.entries ?? [], user);
    const layers = new Map<string, Layer>();
    for (const entry of base) layers.set(entry.id, "bundled");
    for (const entry of team?.entries ?? []) layers.set(entry.id, "team");
    for (const entry of user) layers.set(entry.id, "user");
    // With no team or user entries the bundled list itself is used, so its matcher cache is shared.
    return { registry: createRegistry(!team && user.length === 0 ? base : entries), layers };
  }

  const current = () => (merged ??= build());

  return {
    registry: async () => (await current()).registry,
    layerOf: async (id) => (await current()).layers.get(id) ?? null,
    userEntries,
    setUserEntries: async (entries) => {
      await local.set(USER_ENTRIES_KEY, entries);
      merged = null;
    },
    teamCache,
    async knownIds() {
      const team = await teamCache();
      return new Set([...bundled().map((e) => e.id), ...(team?.entries ?? []).map((e) => e.id)]);
    },
    bundledIds: () => new Set(bundled().map((e) => e.id)),
    invalidate() {
      merged = null;
    },
  };
}
