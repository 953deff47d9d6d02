import { z } from "zod";
import { RegistryEntrySchema, type RegistryEntry } from "./schema";
import data from "./data/entries.json";

let cached: RegistryEntry[] | null = null;

/** The registry shipped with the extension, validated once. */
export function bundledEntries(): RegistryEntry[] {
  cached ??= z.array(RegistryEntrySchema).parse(data);
  return cached;
}
