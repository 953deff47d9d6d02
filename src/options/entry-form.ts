/**
 * The registry editor's form as plain strings, and its conversion to an entry validated with
 * RegistryEntrySchema: lists are comma-separated, roles one a line ("title | organisation id |
 * from | to"), empty optional fields become null.
 */
import { RegistryEntrySchema, type RegistryEntry } from "../core/registry/schema";
import { t, type MessageName } from "../ui/i18n";

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
  const label = FIELD_LABELS[field ?? "id"];
  const hint = HINTS[field ?? ""];
  return { ok: false, field, error: t("optionsFieldError", label ? t(label) : String(field), hint ? t(hint) : issue.message) };
}

/** The form's field labels, from _locales (they also name the field in an error). */
export const FIELD_LABELS: Record<keyof EntryFormValues, MessageName> = {
  id: "optionsFieldId",
  name: "optionsFieldName",
  kind: "optionsFieldKind",
  country: "optionsFieldCountry",
  aliases: "optionsFieldAliases",
  acronyms: "optionsFieldAcronyms",
  domains: "optionsFieldDomains",
  description: "optionsFieldDescription",
  parent: "optionsFieldParent",
  roles: "optionsFieldRoles",
};

/** What a field expects, said when the schema refuses it (zod's own words otherwise). */
const HINTS: Record<string, MessageName> = {
  id: "optionsHintId",
  name: "optionsHintName",
  country: "optionsHintCountry",
  roles: "optionsHintRoles",
};
