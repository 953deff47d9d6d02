/**
 * The background's answers to registry requests (src/protocol/registry-messages.ts): source
 * details for the popup, and the options page's edits of the user's entries and team registry.
 * Every change is validated before it is stored; a rejected one leaves storage as it was.
 */
import { roleOn } from "../core/registry";
import { refreshTeamRegistry, checkTeamUrl, type TeamFetch } from "../core/registry/team";
import { deleteUserEntry, importUserEntries, upsertUserEntry } from "../core/registry/user";
import type { KeyValueArea } from "../platform/types";
import { TeamStatusSchema, type RegistryRequest, type SourceDetails, type TeamStatus } from "../protocol/registry-messages";
import { ReplyError } from "../protocol/reply";
import { TEAM_CACHE_KEY, TEAM_STATUS_KEY, TEAM_URL_KEY, type RegistryLayers } from "./registry-layers";

/** How old the team copy may get before the worker fetches it again on its own. */
export const TEAM_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface RegistryRequestOptions {
  layers: RegistryLayers;
  local: KeyValueArea;
  /** The fetch used for the team registry (the worker's own; tests pass a fake). */
  fetch?: TeamFetch;
  now: () => number;
}

export function registryRequests({ layers, local, fetch, now }: RegistryRequestOptions) {
  async function details(lookups: { id: string; on: string | null }[]): Promise<SourceDetails[]> {
    const registry = await layers.registry();
    const found: SourceDetails[] = [];
    for (const { id, on } of lookups) {
      const entry = registry.byId(id);
      if (!entry) continue;
      const role = on ? roleOn(entry, on) : null;
      found.push({
        id, on, name: entry.name, kind: entry.kind, country: entry.country, description: entry.description,
        role: role ? { title: role.title, organisation: registry.byId(role.organisation)?.name ?? role.organisation, from: role.from, to: role.to } : null,
        layer: (await layers.layerOf(id)) ?? "bundled",
      });
    }
    return found;
  }

  async function saveEntry(candidate: unknown, previousId: string | null) {
    const stored = await layers.userEntries();
    const without = previousId ? deleteUserEntry(stored, previousId) : stored;
    const result = upsertUserEntry(without, candidate);
    if (!result.ok) throw new ReplyError("invalid", result.error);
    // Parents and roles must point at an entry that exists somewhere: bundled, team or the user's own.
    const saved = result.value.at(-1)!;
    const known = new Set([...(await layers.knownIds()), ...result.value.map((e) => e.id)]);
    const dangling = [saved.parent, ...saved.roles.map((role) => role.organisation)].find((id) => id !== null && !known.has(id));
    if (dangling) throw new ReplyError("invalid", `The entry points at "${dangling}", which is in no registry.`);
    await layers.setUserEntries(result.value);
    return result.value;
  }

  async function importEntries(json: string, mode: "merge" | "replace") {
    const result = importUserEntries(await layers.userEntries(), json, mode, await layers.knownIds());
    if (!result.ok) throw new ReplyError("invalid", result.error);
    await layers.setUserEntries(result.value);
    return result.value;
  }

  async function teamStatus(): Promise<TeamStatus> {
    const url = await local.get(TEAM_URL_KEY);
    const cache = await layers.teamCache();
    const stored = TeamStatusSchema.partial().safeParse(await local.get(TEAM_STATUS_KEY));
    const status = stored.success ? stored.data : {};
    return {
      url: typeof url === "string" ? url : null,
      fetchedAt: cache?.fetchedAt ?? null,
      entryCount: cache?.entries.length ?? 0,
      lastError: status.lastError ?? null,
      attemptedAt: status.attemptedAt ?? null,
    };
  }

  async function refreshTeam(): Promise<TeamStatus> {
    const url = await local.get(TEAM_URL_KEY);
    if (typeof url !== "string") throw new ReplyError("invalid", "No team registry address is set.");
    if (!fetch) throw new ReplyError("failed", "This browser cannot fetch the team registry.");
    const result = await refreshTeamRegistry({
      url, cache: await layers.teamCache(), fetch, now: () => new Date(now()), known: layers.bundledIds(),
    });
    if (result.cache) await local.set(TEAM_CACHE_KEY, result.cache);
    await local.set(TEAM_STATUS_KEY, { lastError: result.error ?? null, attemptedAt: new Date(now()).toISOString() });
    layers.invalidate();
    return teamStatus();
  }

  async function setTeamUrl(url: string | null): Promise<TeamStatus> {
    if (url === null || url.trim() === "") {
      // Turning the team registry off drops its copy too: its entries no longer apply.
      await local.remove(TEAM_URL_KEY);
      await local.remove(TEAM_CACHE_KEY);
      await local.remove(TEAM_STATUS_KEY);
      layers.invalidate();
      return teamStatus();
    }
    const checked = checkTeamUrl(url.trim());
    if (!checked.ok) throw new ReplyError("invalid", checked.error);
    await local.set(TEAM_URL_KEY, checked.value);
    return refreshTeam();
  }

  /** Fetches the team registry again when its copy is older than a day (at worker start-up). */
  async function refreshTeamIfStale(): Promise<void> {
    if (typeof (await local.get(TEAM_URL_KEY)) !== "string") return;
    const { fetchedAt, attemptedAt } = await teamStatus();
    const last = Math.max(Date.parse(fetchedAt ?? "") || 0, Date.parse(attemptedAt ?? "") || 0);
    if (now() - last >= TEAM_MAX_AGE_MS) await refreshTeam();
  }

  async function handle(request: RegistryRequest): Promise<unknown> {
    switch (request.type) {
      case "registry/details":
        return details(request.lookups);
      case "registry/user-list":
        return layers.userEntries();
      case "registry/user-save":
        return saveEntry(request.entry, request.previousId);
      case "registry/user-delete": {
        const entries = deleteUserEntry(await layers.userEntries(), request.id);
        await layers.setUserEntries(entries);
        return entries;
      }
      case "registry/user-import":
        return importEntries(request.json, request.mode);
      case "registry/team-status":
        return teamStatus();
      case "registry/team-set":
        return setTeamUrl(request.url);
      case "registry/team-refresh":
        return refreshTeam();
    }
  }

  return { handle, refreshTeamIfStale };
}

