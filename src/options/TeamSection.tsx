/**
 * The team registry: an HTTPS JSON file a newsroom hosts. Nothing is fetched until the user saves
 * an address; saving asks, from that click, for access to the file's origin only.
 */
import { useEffect, useState } from "preact/hooks";
import type { Platform } from "../platform/types";
import type { TeamStatus } from "../protocol/registry-messages";
import { t } from "../ui/i18n";
import type { OptionsApi } from "./api";

/** The match pattern for a team registry URL's origin, or null when it is not an HTTPS URL. */
export function teamOriginPattern(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === "https:" ? `${parsed.origin}/*` : null;
  } catch {
    return null;
  }
}

export function TeamSection({ api, platform }: { api: OptionsApi; platform: Platform }) {
  const [status, setStatus] = useState<TeamStatus | null>(null);
  const [url, setUrl] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.teamStatus().then((reply) => {
      if (!reply.ok) return setError(reply.error);
      setStatus(reply.value);
      setUrl(reply.value.url ?? "");
    });
  }, [api]);

  const finish = async (pending: Promise<{ ok: true; value: TeamStatus } | { ok: false; error: string }>) => {
    setBusy(true);
    const reply = await pending;
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setStatus(reply.value);
  };

  const saveUrl = (event: Event) => {
    event.preventDefault();
    if (url.trim() === "") return void finish(api.setTeamUrl(null));
    const pattern = teamOriginPattern(url);
    if (!pattern) return setError(t("optionsTeamNotHttps"));
    // Requested from the click itself: the browser shows its prompt only for a user's gesture.
    void platform.requestHostPermissions([pattern]).then(
      (granted) => (granted ? finish(api.setTeamUrl(url.trim())) : setError(t("optionsTeamAccessRefused"))),
      (failure: unknown) => setError(t("optionsBrowserRefused", failure instanceof Error ? failure.message : String(failure))),
    );
  };

  return (
    <section aria-labelledby="team-heading" class="team">
      <h2 id="team-heading">{t("optionsTeamHeading")}</h2>
      <p class="help">{t("optionsTeamHelp")}</p>
      <form onSubmit={saveUrl}>
        <label>
          {t("optionsTeamAddress")} <input type="url" name="team-url" value={url} placeholder={t("optionsTeamPlaceholder")} onInput={(event) => setUrl((event.currentTarget as HTMLInputElement).value)} />
        </label>{" "}
        <button type="submit" class="primary" disabled={busy}>
          {t("optionsTeamSave")}
        </button>{" "}
        {status?.url ? (
          <button type="button" disabled={busy} onClick={() => void finish(api.refreshTeam())}>
            {t("optionsTeamFetch")}
          </button>
        ) : null}
      </form>
      {status?.url ? (
        <dl class="team-status" aria-live="polite">
          <dt>{t("optionsTeamEntries")}</dt>
          <dd data-team="count">{status.entryCount}</dd>
          <dt>{t("optionsTeamFetched")}</dt>
          <dd data-team="fetched">{status.fetchedAt ? new Date(status.fetchedAt).toLocaleString() : t("optionsTeamNever")}</dd>
          <dt>{t("optionsTeamLastError")}</dt>
          <dd data-team="error">{status.lastError ?? t("optionsTeamNoError")}</dd>
        </dl>
      ) : null}
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
