/**
 * Users' own registry entries: merging them over the bundled registry and a team registry, and
 * importing/exporting them as JSON. Everything here is pure and returns a result instead of
 * throwing, so a bad file is reported with its reason and whatever was stored stays as it was.
 */
import { z } from "zod";
import { checkReferences } from "./validate";
import { RegistryEntrySchema, type RegistryEntry } from "./schema";

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The largest import accepted, in characters: far above any hand-kept list. */
export const MAX_IMPORT_CHARS = 5_000_000;
export const EXPORT_FORMAT = "sourcelight-registry";

export interface MergedRegistry {
  entries: RegistryEntry[];
  /** Ids of bundled or team entries replaced by a later layer. */
  overridden: string[];
}

/**
 * Layers the registries: team entries replace bundled ones with the same id, user entries replace
 * both. Entries keep the bundled order; new ones follow, team before user.
 */
export function mergeRegistries(bundled: readonly RegistryEntry[], team: readonly RegistryEntry[], user: readonly RegistryEntry[]): MergedRegistry {
  const merged = new Map<string, RegistryEntry>();
  const overridden = new Set<string>();
  for (const layer of [bundled, team, user]) {
    for (const entry of layer) {
      if (merged.has(entry.id) && layer !== bundled) overridden.add(entry.id);
      merged.set(entry.id, entry);
    }
  }
  return { entries: [...merged.values()], overridden: [...overridden] };
}

const ExportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  entries: z.array(z.unknown()),
});

/** The user's entries as a JSON file the import below reads back. */
export function exportUserEntries(entries: readonly RegistryEntry[]): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, entries }, null, 2);
}

/**
 * Reads entries from a JSON text: an export file or a bare array of entries. `known` are the ids
 * a parent or role may point at besides the file's own (the bundled and team entries).
 */
export function parseUserEntries(json: string, known: ReadonlySet<string> = new Set()): Result<RegistryEntry[]> {
  if (json.length > MAX_IMPORT_CHARS) return { ok: false, error: `The file is larger than ${MAX_IMPORT_CHARS / 1_000_000} MB.` };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `The file is not valid JSON (${(error as Error).message}).` };
  }
  let items: unknown[];
  if (Array.isArray(data)) items = data;
  else {
    const file = ExportFileSchema.safeParse(data);
    if (!file.success) return { ok: false, error: `The file is neither a list of entries nor a Sourcelight registry export (format "${EXPORT_FORMAT}", version 1).` };
    items = file.data.entries;
  }
  const entries: RegistryEntry[] = [];
  for (const [i, item] of items.entries()) {
    const parsed = RegistryEntrySchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
      return { ok: false, error: `Entry ${i + 1}${idOf(item)} is invalid: ${where}${issue.message}.` };
    }
    entries.push(parsed.data);
  }
  const stubs = [...known].map((id) => ({ ...PLACEHOLDER, id }));
  const problems = checkReferences([...entries, ...stubs.filter((s) => !entries.some((e) => e.id === s.id))]);
  if (problems.length > 0) return { ok: false, error: `The file's entries do not fit together: ${problems[0]}.` };
  return { ok: true, value: entries };
}

const PLACEHOLDER: RegistryEntry = {
  id: "x", name: "x", kind: "other", country: null, aliases: [], acronyms: [], domains: [],
  description: "known entry", parent: null, roles: [], context: [],
};

function idOf(item: unknown): string {
  const id = typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" ? ` ("${id}")` : "";
}

/**
 * Imports a file into the stored user entries. "merge" adds the file's entries, replacing stored
 * ones with the same id; "replace" swaps the whole list. On any error the stored list is untouched
 * (the caller keeps `stored`) and the reason is returned.
 */
export function importUserEntries(
  stored: readonly RegistryEntry[],
  json: string,
  mode: "merge" | "replace",
  known: ReadonlySet<string> = new Set(),
): Result<RegistryEntry[]> {
  const otherIds = new Set([...known, ...(mode === "merge" ? stored.map((e) => e.id) : [])]);
  const parsed = parseUserEntries(json, otherIds);
  if (!parsed.ok) return parsed;
  if (mode === "replace") return parsed;
  const incoming = new Map(parsed.value.map((e) => [e.id, e]));
  const kept = stored.filter((e) => !incoming.has(e.id));
  return { ok: true, value: [...kept, ...parsed.value] };
}

/** Adds or replaces one user entry after validating it; deleting is filtering by id. */
export function upsertUserEntry(stored: readonly RegistryEntry[], candidate: unknown): Result<RegistryEntry[]> {
  const parsed = RegistryEntrySchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `The entry is invalid: ${issue.path.join(".") || "entry"}: ${issue.message}.` };
  }
  const others = stored.filter((e) => e.id !== parsed.data.id);
  return { ok: true, value: [...others, parsed.data] };
}

export function deleteUserEntry(stored: readonly RegistryEntry[], id: string): RegistryEntry[] {
  return stored.filter((e) => e.id !== id);
}
