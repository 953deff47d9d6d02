/** The registry entry format: bundled data, users' own entries and team registries all use it. */
import { z } from "zod";

export const EntryKindSchema = z.enum([
  "news-outlet", "news-agency", "broadcaster", "think-tank", "research-institute", "university",
  "government", "ministry", "military", "intelligence", "legislature", "court", "intergovernmental",
  "ngo", "company", "person", "other",
]);
export type EntryKind = z.infer<typeof EntryKindSchema>;

const IsoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "an ISO date: YYYY, YYYY-MM or YYYY-MM-DD");

export const RoleSchema = z.object({
  title: z.string().min(1),
  /** The id of the organisation entry the role belongs to. */
  organisation: z.string().min(1),
  from: IsoDate,
  /** null: still held, or the end is not known. */
  to: IsoDate.nullable(),
});
export type Role = z.infer<typeof RoleSchema>;

export const RegistryEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  kind: EntryKindSchema,
  /** ISO 3166-1 alpha-2 code, or null for international bodies. */
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  aliases: z.array(z.string()).default([]),
  acronyms: z.array(z.string()).default([]),
  domains: z.array(z.string()).default([]),
  description: z.string(),
  parent: z.string().nullable().default(null),
  roles: z.array(RoleSchema).default([]),
  /**
   * Single words that, near a mention or elsewhere in the article, point at this entry rather than
   * at another entry sharing one of its aliases or acronyms ("Canadian", "Ottawa" for Canada's CSIS).
   * The words of the entry's country (see countries.ts) count too.
   */
  context: z.array(z.string().regex(/^[^\s]+$/, "a single word")).default([]),
});
export type RegistryEntry = z.infer<typeof RegistryEntrySchema>;
