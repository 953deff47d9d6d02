/**
 * Registry requests from our own pages: the popup asks what the registry knows about the sources
 * of a report (country, description, the role a person held on a date); the options page edits
 * the user's entries and sets the team registry. The background owns the stored data, so the
 * options page never has to bundle the registry to validate an import against it.
 */
import { z } from "zod";
import { RegistryEntrySchema } from "../core/registry/schema";
import { DateValueSchema } from "../core/report";

const EntryId = z.string().min(1).max(200);

export const RegistryDetailsRequestSchema = z.object({
  type: z.literal("registry/details"),
  /** Each entry id with the date its role is wanted on (the claim's date, else the publication date). */
  lookups: z.array(z.object({ id: EntryId, on: DateValueSchema.nullable() })).max(1000),
});

export const UserEntriesRequestSchema = z.object({ type: z.literal("registry/user-list") });
export const SaveUserEntryRequestSchema = z.object({
  type: z.literal("registry/user-save"),
  entry: z.unknown(),
  /** The id the entry had before this edit, when an edit renames it. */
  previousId: EntryId.nullable().default(null),
});
export const DeleteUserEntryRequestSchema = z.object({ type: z.literal("registry/user-delete"), id: EntryId });
export const ImportUserEntriesRequestSchema = z.object({
  type: z.literal("registry/user-import"),
  json: z.string(),
  mode: z.enum(["merge", "replace"]),
});
export const TeamStatusRequestSchema = z.object({ type: z.literal("registry/team-status") });
export const SetTeamUrlRequestSchema = z.object({ type: z.literal("registry/team-set"), url: z.string().max(2000).nullable() });
export const RefreshTeamRequestSchema = z.object({ type: z.literal("registry/team-refresh") });

export const RegistryRequestSchemas = [
  RegistryDetailsRequestSchema,
  UserEntriesRequestSchema,
  SaveUserEntryRequestSchema,
  DeleteUserEntryRequestSchema,
  ImportUserEntriesRequestSchema,
  TeamStatusRequestSchema,
  SetTeamUrlRequestSchema,
  RefreshTeamRequestSchema,
] as const;
export const RegistryRequestSchema = z.discriminatedUnion("type", [...RegistryRequestSchemas]);
export type RegistryRequest = z.infer<typeof RegistryRequestSchema>;

/** What the popup shows about one source. */
export const SourceDetailsSchema = z.object({
  id: z.string(),
  on: DateValueSchema.nullable(),
  name: z.string(),
  kind: z.string(),
  country: z.string().nullable(),
  description: z.string(),
  /** The role held on `on` (people only), with its organisation's name when the registry has it. */
  role: z.object({ title: z.string(), organisation: z.string(), from: z.string(), to: z.string().nullable() }).nullable(),
  /** Where the entry comes from: the user's own entries override the team's, which override the bundled ones. */
  layer: z.enum(["bundled", "team", "user"]),
});
export type SourceDetails = z.infer<typeof SourceDetailsSchema>;
export const SourceDetailsListSchema = z.array(SourceDetailsSchema);

export const UserEntriesSchema = z.array(RegistryEntrySchema);

export const TeamStatusSchema = z.object({
  url: z.string().nullable(),
  /** ISO time of the last successful fetch (200 or 304), null if none. */
  fetchedAt: z.string().nullable(),
  entryCount: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
  /** ISO time of the last attempt, successful or not. */
  attemptedAt: z.string().nullable(),
});
export type TeamStatus = z.infer<typeof TeamStatusSchema>;
