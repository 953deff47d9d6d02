import { z } from "zod";
import { organisationEntries } from "./data/organisations";
import { peopleEntries } from "./data/people";
import { RegistryEntrySchema, type RegistryEntry } from "./schema";

let cached: RegistryEntry[] | null = null;

/** The registry shipped with the extension (organisations and people), validated once. */
export function bundledEntries(): RegistryEntry[] {
  cached ??= z.array(RegistryEntrySchema).parse([...organisationEntries, ...peopleEntries]);
  return cached;
}

/** The raw bundled data, before validation: what the registry validator checks. */
export function rawBundledEntries(): unknown[] {
  return [...organisationEntries, ...peopleEntries];
}
