/**
 * When pages are scanned: on click (activeTab, no host permission), on chosen sites, or everywhere.
 * The host permission is requested from the Save click itself (browsers only allow it from a user
 * gesture) before the mode is stored, so the stored mode never asks for more than was granted.
 */
import { useEffect, useState } from "preact/hooks";
import type { Platform } from "../platform/types";
import { t, type MessageName } from "../ui/i18n";
import { originsFor, SCANNING_KEY, ScanningSettingsSchema, siteFromInput, type ScanMode, type ScanningSettings } from "./settings-schema";
import { useStoredSetting } from "./stored-setting";

const MODES: { mode: ScanMode; label: MessageName; help: MessageName }[] = [
  { mode: "click", label: "optionsModeClick", help: "optionsModeClickHelp" },
  { mode: "sites", label: "optionsModeSites", help: "optionsModeSitesHelp" },
  { mode: "everywhere", label: "optionsModeEverywhere", help: "optionsModeEverywhereHelp" },
];

export function ScanningSection({ platform }: { platform: Platform }) {
  const [stored, save] = useStoredSetting(platform.local, SCANNING_KEY, ScanningSettingsSchema);
  const [draft, setDraft] = useState<ScanningSettings | null>(null);
  const [siteInput, setSiteInput] = useState("");
  const [message, setMessage] = useState<{ kind: "status" | "alert"; text: string } | null>(null);
  useEffect(() => setDraft(stored), [stored]);
  if (!draft) return <p>{t("optionsLoading")}</p>;

  const addSite = () => {
    const site = siteFromInput(siteInput);
    if (!site) return setMessage({ kind: "alert", text: t("optionsSiteInvalid", siteInput) });
    if (!draft.sites.includes(site)) setDraft({ ...draft, sites: [...draft.sites, site] });
    setSiteInput("");
    setMessage(null);
  };

  const apply = () => {
    const origins = originsFor(draft);
    if (draft.scanMode === "sites" && draft.sites.length === 0) {
      setMessage({ kind: "alert", text: t("optionsSitesEmpty") });
      return;
    }
    // Called synchronously from the click: the permission prompt needs the user's gesture.
    const granted = origins.length > 0 ? platform.requestHostPermissions(origins) : Promise.resolve(true);
    void granted.then(
      async (ok) => {
        if (!ok) return setMessage({ kind: "alert", text: t("optionsScanAccessRefused") });
        await save(draft);
        setMessage({ kind: "status", text: t("optionsSaved") });
      },
      (error: unknown) => setMessage({ kind: "alert", text: t("optionsBrowserRefused", error instanceof Error ? error.message : String(error)) }),
    );
  };

  return (
    <section aria-labelledby="scanning-heading">
      <h2 id="scanning-heading">{t("optionsScanningHeading")}</h2>
      <fieldset>
        <legend class="visually-hidden">{t("optionsScanningMode")}</legend>
        {MODES.map(({ mode, label, help }) => (
          <label key={mode} class="choice">
            <input type="radio" name="scan-mode" value={mode} checked={draft.scanMode === mode} onChange={() => setDraft({ ...draft, scanMode: mode })} />{" "}
            <span>
              <strong>{t(label)}</strong>
              <span class="help">{t(help)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {draft.scanMode === "sites" ? (
        <div class="sites">
          <ul aria-label={t("optionsSitesList")}>
            {draft.sites.map((site) => (
              <li key={site}>
                <span>{site}</span>{" "}
                <button type="button" aria-label={t("optionsRemoveSite", site)} onClick={() => setDraft({ ...draft, sites: draft.sites.filter((s) => s !== site) })}>
                  {t("optionsRemove")}
                </button>
              </li>
            ))}
          </ul>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              addSite();
            }}
          >
            <label>
              {t("optionsSite")} <input name="site" value={siteInput} placeholder={t("optionsSitePlaceholder")} onInput={(event) => setSiteInput((event.currentTarget as HTMLInputElement).value)} />
            </label>{" "}
            <button type="submit">{t("optionsAddSite")}</button>
          </form>
        </div>
      ) : null}
      <p>
        <button type="button" class="primary" name="save-scanning" onClick={apply}>
          {t("optionsSaveScanning")}
        </button>
      </p>
      {message ? <p role={message.kind}>{message.text}</p> : null}
    </section>
  );
}
