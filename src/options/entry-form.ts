/**
 * The registry editor's form as plain strings, and its conversion to an entry validated with
 * RegistryEntrySchema: lists are comma-separated, roles one a line ("title | organisation id |
 * from | to"), empty optional fields become null.
 */
import { RegistryEntrySchema, type RegistryEntry } from "../core/registry/schema";

export interface EntryFormValues {
  id: string;
  name: string;
  kind: string;
  country: string;
  aliases: string;
  acronyms: string;
  domains: string;
  description: string;
  parent: string;
  roles: string;
}

export const EMPTY_FORM: EntryFormValues = {
  id: "", name: "", kind: "news-outlet", country: "", aliases: "", acronyms: "", domains: "", description: "", parent: "", roles: "",
};

const list = (text: string) => text.split(",").map((item) => item.trim()).filter(Boolean);

export function formFromEntry(entry: RegistryEntry): EntryFormValues {
  return {
    id: entry.id, name: entry.name, kind: entry.kind, country: entry.country ?? "",
    aliases: entry.aliases.join(", "), acronyms: entry.acronyms.join(", "), domains: entry.domains.join(", "),
    description: entry.description, parent: entry.parent ?? "",
    roles: entry.roles.map((role) => [role.title, role.organisation, role.from, role.to ?? ""].join(" | ")).join("\n"),
  };
}

export type FormResult = { ok: true; entry: RegistryEntry } | { ok: false; field: keyof EntryFormValues | null; error: string };

export function entryFromForm(form: EntryFormValues): FormResult {
  const roles = form.roles
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [title = "", organisation = "", from = "", to = ""] = line.split("|").map((part) => part.trim());
      return { title, organisation, from, to: to || null };
    });
  const candidate = {
    id: form.id.trim(),
    name: form.name.trim(),
    kind: form.kind,
    country: form.country.trim().toUpperCase() || null,
    aliases: list(form.aliases),
    acronyms: list(form.acronyms),
    domains: list(form.domains).map((domain) => domain.toLowerCase()),
    description: form.description.trim(),
    parent: form.parent.trim() || null,
    roles,
  };
  const parsed = RegistryEntrySchema.safeParse(candidate);
  if (parsed.success) return { ok: true, entry: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = (issue.path[0] as keyof EntryFormValues | undefined) ?? null;
  return { ok: false, field, error: `${FIELD_LABELS[field ?? "id"] ?? field}: ${HINTS[field ?? ""] ?? issue.message}` };
}

export const FIELD_LABELS: Record<keyof EntryFormValues, string> = {
  id: "Id", name: "Name", kind: "Kind", country: "Country", aliases: "Other names", acronyms: "Acronyms",
  domains: "Web domains", description: "Description", parent: "Parent id", roles: "Roles",
};

const HINTS: Record<string, string> = {
  id: "lower-case letters, digits and hyphens, starting with a letter or digit (e.g. kyiv-independent)",
  name: "give the source's name",
  country: "a two-letter country code such as UA, or empty for an international body",
  roles: "one role a line: title | organisation id | from (YYYY, YYYY-MM or YYYY-MM-DD) | to (empty while held)",
};
