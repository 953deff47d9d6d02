/** Add or edit one of the user's registry entries; the entry is validated before it is sent. */
import { useState } from "preact/hooks";
import { t, type MessageName } from "../ui/i18n";
import { EntryKindSchema } from "../core/registry/schema";
import { entryFromForm, FIELD_LABELS, type EntryFormValues } from "./entry-form";
import type { RegistryEntry } from "../core/registry/schema";

export interface EntryFormProps {
  initial: EntryFormValues;
  editing: boolean;
  onSave(entry: RegistryEntry): Promise<string | null>;
  onCancel(): void;
}

const TEXT_FIELDS: { field: keyof EntryFormValues; help?: MessageName; multiline?: boolean }[] = [
  { field: "name" },
  { field: "id", help: "optionsHelpId" },
  { field: "country", help: "optionsHelpCountry" },
  { field: "aliases", help: "optionsHelpAliases" },
  { field: "acronyms", help: "optionsHelpAcronyms" },
  { field: "domains", help: "optionsHelpDomains" },
  { field: "description", multiline: true },
  { field: "parent", help: "optionsHelpParent" },
  { field: "roles", help: "optionsHelpRoles", multiline: true },
];

export function EntryForm({ initial, editing, onSave, onCancel }: EntryFormProps) {
  const [form, setForm] = useState(initial);
  const [error, setError] = useState<{ field: keyof EntryFormValues | null; text: string } | null>(null);
  const set = (field: keyof EntryFormValues) => (event: Event) =>
    setForm({ ...form, [field]: (event.currentTarget as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value });

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = entryFromForm(form);
    if (!result.ok) return setError({ field: result.field, text: result.error });
    const problem = await onSave(result.entry);
    setError(problem ? { field: null, text: problem } : null);
  };

  return (
    <form class="entry-form" onSubmit={submit} aria-labelledby="entry-form-heading" noValidate>
      <h3 id="entry-form-heading">{editing ? t("optionsEditEntry", initial.name) : t("optionsAddEntry")}</h3>
      <label>
        {t(FIELD_LABELS.kind)}{" "}
        <select name="kind" value={form.kind} onChange={set("kind")}>
          {EntryKindSchema.options.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </label>
      {TEXT_FIELDS.map(({ field, help, multiline }) => {
        const invalid = error?.field === field;
        const props = {
          name: field,
          value: form[field],
          onInput: set(field),
          "aria-invalid": invalid ? ("true" as const) : undefined,
          "aria-describedby": help ? `help-${field}` : undefined,
        };
        return (
          <label key={field}>
            {t(FIELD_LABELS[field])} {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
            {help ? (
              <span class="help" id={`help-${field}`}>
                {t(help)}
              </span>
            ) : null}
          </label>
        );
      })}
      {error ? (
        <p role="alert" class="error">
          {error.text}
        </p>
      ) : null}
      <p>
        <button type="submit" class="primary">
          {editing ? t("optionsSaveChanges") : t("optionsAddEntryButton")}
        </button>{" "}
        <button type="button" onClick={onCancel}>
          {t("optionsCancel")}
        </button>
      </p>
    </form>
  );
}
