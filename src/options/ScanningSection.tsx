/**
 * When pages are scanned: on click (activeTab, no host permission), on chosen sites, or everywhere.
 * The host permission is requested from the Save click itself (browsers only allow it from a user
 * gesture) before the mode is stored, so the stored mode never asks for more than was granted.
 */
import { useEffect, useState } from "preact/hooks";
import type { Platform } from "../platform/types";
import { originsFor, SCANNING_KEY, ScanningSettingsSchema, siteFromInput, type ScanMode, type ScanningSettings } from "./settings-schema";
import { useStoredSetting } from "./stored-setting";

const MODES: { mode: ScanMode; label: string; help: string }[] = [
  { mode: "click", label: "Only when I ask", help: "Click the toolbar button, the context-menu item or the shortcut. Needs no access to any site." },
  { mode: "sites", label: "Automatically on the sites I list", help: "Sourcelight asks for access to these sites only." },
  { mode: "everywhere", label: "Automatically on every page", help: "Sourcelight asks for access to all sites. Pages without an article are left alone." },
];

export function ScanningSection({ platform }: { platform: Platform }) {
  const [stored, save] = useStoredSetting(platform.local, SCANNING_KEY, ScanningSettingsSchema);
  const [draft, setDraft] = useState<ScanningSettings | null>(null);
  const [siteInput, setSiteInput] = useState("");
  const [message, setMessage] = useState<{ kind: "status" | "alert"; text: string } | null>(null);
  useEffect(() => setDraft(stored), [stored]);
  if (!draft) return <p>Loading…</p>;

  const addSite = () => {
    const site = siteFromInput(siteInput);
    if (!site) return setMessage({ kind: "alert", text: `"${siteInput}" is not a site address such as news.example.com.` });
    if (!draft.sites.includes(site)) setDraft({ ...draft, sites: [...draft.sites, site] });
    setSiteInput("");
    setMessage(null);
  };

  const apply = () => {
    const origins = originsFor(draft);
    if (draft.scanMode === "sites" && draft.sites.length === 0) {
      setMessage({ kind: "alert", text: "Add at least one site, or choose another mode." });
      return;
    }
    // Called synchronously from the click: the permission prompt needs the user's gesture.
    const granted = origins.length > 0 ? platform.requestHostPermissions(origins) : Promise.resolve(true);
    void granted.then(
      async (ok) => {
        if (!ok) return setMessage({ kind: "alert", text: "Access was not granted, so the scanning mode was not changed." });
        await save(draft);
        setMessage({ kind: "status", text: "Saved." });
      },
      (error: unknown) => setMessage({ kind: "alert", text: `The browser refused the request: ${error instanceof Error ? error.message : String(error)}` }),
    );
  };

  return (
    <section aria-labelledby="scanning-heading">
      <h2 id="scanning-heading">When pages are scanned</h2>
      <fieldset>
        <legend class="visually-hidden">Scanning mode</legend>
        {MODES.map(({ mode, label, help }) => (
          <label key={mode} class="choice">
            <input type="radio" name="scan-mode" value={mode} checked={draft.scanMode === mode} onChange={() => setDraft({ ...draft, scanMode: mode })} />{" "}
            <span>
              <strong>{label}</strong>
              <span class="help">{help}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {draft.scanMode === "sites" ? (
        <div class="sites">
          <ul aria-label="Sites scanned automatically">
            {draft.sites.map((site) => (
              <li key={site}>
                <span>{site}</span>{" "}
                <button type="button" aria-label={`Remove ${site}`} onClick={() => setDraft({ ...draft, sites: draft.sites.filter((s) => s !== site) })}>
                  Remove
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
              Site <input name="site" value={siteInput} placeholder="news.example.com" onInput={(event) => setSiteInput((event.currentTarget as HTMLInputElement).value)} />
            </label>{" "}
            <button type="submit">Add site</button>
          </form>
        </div>
      ) : null}
      <p>
        <button type="button" class="primary" name="save-scanning" onClick={apply}>
          Save scanning mode
        </button>
      </p>
      {message ? <p role={message.kind}>{message.text}</p> : null}
    </section>
  );
}
