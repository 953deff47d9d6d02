/**
 * Whole-registry checks beyond the entry schema: unique ids, existing parents and role
 * organisations, well-formed domains and dates, and no alias, name or acronym shared by entries
 * that cannot be told apart. The unit test and `npm run validate:registry` both run it.
 */
import { countryContextWords } from "./countries";
import { acronymKey, isAllCapsWord, nameKey, tokenize } from "./normalise";
import { RegistryEntrySchema, type RegistryEntry } from "./schema";

export interface RegistryValidation {
  entries: RegistryEntry[];
  errors: string[];
}

export function validateRegistry(raw: readonly unknown[]): RegistryValidation {
  const errors: string[] = [];
  const entries: RegistryEntry[] = [];
  raw.forEach((item, i) => {
    const parsed = RegistryEntrySchema.safeParse(item);
    if (parsed.success) entries.push(parsed.data);
    else errors.push(`entry ${i} (${describe(item)}): ${parsed.error.issues.map((s) => `${s.path.join(".") || "entry"}: ${s.message}`).join("; ")}`);
  });
  errors.push(...checkReferences(entries), ...checkSharedNames(entries));
  return { entries, errors };
}

function describe(item: unknown): string {
  const id = typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" ? `id "${id}"` : "no id";
}

export function checkReferences(entries: readonly RegistryEntry[]): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) errors.push(`duplicate id "${entry.id}"`);
    ids.add(entry.id);
  }
  for (const entry of entries) {
    if (entry.parent !== null && !ids.has(entry.parent)) errors.push(`${entry.id}: parent "${entry.parent}" does not exist`);
    if (entry.parent === entry.id) errors.push(`${entry.id}: is its own parent`);
    for (const domain of entry.domains) if (!isDomain(domain)) errors.push(`${entry.id}: "${domain}" is not a host name like example.org`);
    if (entry.kind !== "person" && entry.roles.length > 0) errors.push(`${entry.id}: only people have roles`);
    for (const role of entry.roles) {
      if (!ids.has(role.organisation)) errors.push(`${entry.id}: role "${role.title}" names unknown organisation "${role.organisation}"`);
      if (role.to !== null && role.to < role.from) errors.push(`${entry.id}: role "${role.title}" ends (${role.to}) before it starts (${role.from})`);
    }
    for (const acronym of entry.acronyms) {
      if (tokenize(acronym).length !== 1) errors.push(`${entry.id}: acronym "${acronym}" is not one word (put it in aliases)`);
    }
    if (entry.description.trim().length === 0) errors.push(`${entry.id}: empty description`);
  }
  return errors;
}

/** A lower-case host name: dot-separated labels of letters, digits and inner hyphens, ending in a letter TLD. */
export function isDomain(domain: string): boolean {
  if (domain.length > 253 || domain !== domain.toLowerCase()) return false;
  const labels = domain.split(".");
  if (labels.length < 2) return false;
  const tld = labels[labels.length - 1]!;
  if (!/^[a-z]{2,63}$/.test(tld)) return false;
  return labels.every((label) => label.length > 0 && label.length <= 63 && /^[a-z0-9-]+$/.test(label) && !label.startsWith("-") && !label.endsWith("-"));
}

/**
 * Entries sharing a name/alias key (or an acronym) must each carry something to tell them apart:
 * context words or a country with known words, and no two of them the same evidence.
 */
export function checkSharedNames(entries: readonly RegistryEntry[]): string[] {
  const byKey = new Map<string, RegistryEntry[]>();
  const add = (key: string, entry: RegistryEntry): void => {
    if (key.length === 0) return;
    const list = byKey.get(key) ?? [];
    if (!list.includes(entry)) list.push(entry);
    byKey.set(key, list);
  };
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) add(isAllCapsWord(name) ? `acronym:${acronymKey(name)}` : `name:${nameKey(name)}`, entry);
    for (const acronym of entry.acronyms) add(`acronym:${acronymKey(acronym)}`, entry);
  }
  const errors: string[] = [];
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    const evidence = list.map((e) => [...e.context, ...countryContextWords(e.country)].map((w) => w.toLowerCase()).sort().join(" "));
    const label = key.replace(/^(name|acronym):/, "");
    if (evidence.some((words) => words.length === 0)) {
      errors.push(`"${label}" is shared by ${list.map((e) => e.id).join(", ")} but not all of them have context words or a known country to tell them apart`);
    } else if (new Set(evidence).size < evidence.length) {
      errors.push(`"${label}" is shared by ${list.map((e) => e.id).join(", ")} with the same context: add distinct context words`);
    }
  }
  return errors;
}
