/**
 * The user's own registry entries: list and search, add, edit, delete, import and export as JSON.
 * The background validates and stores every change; a rejected import shows its reason and the
 * stored entries stay as they were.
 */
import { useEffect, useState } from "preact/hooks";
import type { RegistryEntry } from "../core/registry/schema";
import { exportUserEntries } from "../core/registry/user";
import { t } from "../ui/i18n";
import type { OptionsApi } from "./api";
import { EntryForm } from "./EntryForm";
import { EMPTY_FORM, formFromEntry } from "./entry-form";

type Editing = { entry: RegistryEntry | null } | null;
type Notice = { kind: "status" | "alert"; text: string } | null;

export function RegistryEditor({ api }: { api: OptionsApi }) {
  const [entries, setEntries] = useState<RegistryEntry[] | null>(null);
  const [query, setQuery] = useState("");
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [mode, setMode] = useState<"merge" | "replace">("merge");

  useEffect(() => {
    void api.userEntries().then((reply) => (reply.ok ? setEntries(reply.value) : setNotice({ kind: "alert", text: reply.error })));
  }, [api]);

  const save = async (entry: RegistryEntry) => {
    const reply = await api.saveEntry(entry, editing?.entry?.id ?? null);
    if (!reply.ok) return reply.error;
    setEntries(reply.value);
    setEditing(null);
    setNotice({ kind: "status", text: t("optionsEntrySaved", entry.name) });
    return null;
  };

  const remove = async (entry: RegistryEntry) => {
    const reply = await api.deleteEntry(entry.id);
    if (!reply.ok) return setNotice({ kind: "alert", text: reply.error });
    setEntries(reply.value);
    setNotice({ kind: "status", text: t("optionsEntryDeleted", entry.name) });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    const reply = await api.importEntries(await file.text(), mode);
    if (!reply.ok) return setNotice({ kind: "alert", text: t("optionsImportFailed", file.name, reply.error) });
    setEntries(reply.value);
    setNotice({ kind: "status", text: t("optionsImported", file.name, reply.value.length) });
  };

  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([exportUserEntries(entries ?? [])], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "sourcelight-registry.json";
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  if (!entries) return <section aria-labelledby="registry-heading"><h2 id="registry-heading">{t("optionsRegistryHeading")}</h2>{notice ? <p role="alert">{notice.text}</p> : <p>{t("optionsLoading")}</p>}</section>;
  const needle = query.trim().toLocaleLowerCase();
  const shown = entries.filter((entry) =>
    [entry.id, entry.name, ...entry.aliases, ...entry.acronyms, entry.description].some((text) => text.toLocaleLowerCase().includes(needle)),
  );
  return (
    <section aria-labelledby="registry-heading" class="registry">
      <h2 id="registry-heading">{t("optionsRegistryHeading")}</h2>
      <p class="help">{t("optionsRegistryHelp")}</p>
      <div class="toolbar">
        <label>
          {t("optionsEntrySearch")} <input type="search" name="entry-search" value={query} onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)} />
        </label>
        <button type="button" name="add-entry" onClick={() => setEditing({ entry: null })}>
          {t("optionsAddEntry")}
        </button>
      </div>
      {editing ? (
        <EntryForm
          key={editing.entry?.id ?? "new"}
          initial={editing.entry ? formFromEntry(editing.entry) : EMPTY_FORM}
          editing={editing.entry !== null}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {entries.length === 0 ? <p class="empty">{t("optionsNoEntries")}</p> : null}
      <ul class="entries" aria-label={t("optionsEntriesList")}>
        {shown.map((entry) => (
          <li key={entry.id} data-entry={entry.id}>
            <span class="entry-name">{entry.name}</span> <span class="entry-meta">{[entry.kind, entry.country ?? t("optionsInternational"), entry.id].join(" · ")}</span>
            <span class="entry-actions">
              <button type="button" aria-label={t("optionsEditEntry", entry.name)} onClick={() => setEditing({ entry })}>
                {t("optionsEdit")}
              </button>{" "}
              <button type="button" aria-label={t("optionsDeleteEntry", entry.name)} onClick={() => void remove(entry)}>
                {t("optionsDelete")}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <div class="import-export">
        <label>
          {t("optionsImport")}{" "}
          <input type="file" name="import" accept="application/json,.json" onChange={(event) => void importFile(event.currentTarget as HTMLInputElement)} />
        </label>
        <label>
          <select name="import-mode" value={mode} onChange={(event) => setMode((event.currentTarget as HTMLSelectElement).value as "merge" | "replace")}>
            <option value="merge">{t("optionsImportMerge")}</option>
            <option value="replace">{t("optionsImportReplace")}</option>
          </select>
        </label>
        <button type="button" name="export" onClick={exportFile} disabled={entries.length === 0}>
          {t("optionsExport")}
        </button>
      </div>
      {notice ? (
        <p role={notice.kind} class={notice.kind === "alert" ? "error" : undefined}>
          {notice.text}
        </p>
      ) : null}
    </section>
  );
}
