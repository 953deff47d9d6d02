/**
 * The team registry: an HTTPS JSON file a newsroom hosts. Nothing is fetched until the user saves
 * an address; saving asks, from that click, for access to the file's origin only.
 */
import { useEffect, useState } from "preact/hooks";
import type { Platform } from "../platform/types";
import type { TeamStatus } from "../protocol/registry-messages";
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
    if (!pattern) return setError("The team registry must be an https:// address.");
    // Requested from the click itself: the browser shows its prompt only for a user's gesture.
    void platform.requestHostPermissions([pattern]).then(
      (granted) => (granted ? finish(api.setTeamUrl(url.trim())) : setError("Access to that site was not granted, so the address was not saved.")),
      (failure: unknown) => setError(`The browser refused the request: ${failure instanceof Error ? failure.message : String(failure)}`),
    );
  };

  return (
    <section aria-labelledby="team-heading" class="team">
      <h2 id="team-heading">Team registry</h2>
      <p class="help">
        The address of a registry file your newsroom hosts (HTTPS, the same format as an export). Its entries override the bundled
        ones; yours override both. Leave it empty to use none.
      </p>
      <form onSubmit={saveUrl}>
        <label>
          Address <input type="url" name="team-url" value={url} placeholder="https://newsroom.example/sourcelight.json" onInput={(event) => setUrl((event.currentTarget as HTMLInputElement).value)} />
        </label>{" "}
        <button type="submit" class="primary" disabled={busy}>
          Save address
        </button>{" "}
        {status?.url ? (
          <button type="button" disabled={busy} onClick={() => void finish(api.refreshTeam())}>
            Fetch now
          </button>
        ) : null}
      </form>
      {status?.url ? (
        <dl class="team-status" aria-live="polite">
          <dt>Entries</dt>
          <dd data-team="count">{status.entryCount}</dd>
          <dt>Last fetched</dt>
          <dd data-team="fetched">{status.fetchedAt ? new Date(status.fetchedAt).toLocaleString() : "never"}</dd>
          <dt>Last error</dt>
          <dd data-team="error">{status.lastError ?? "none"}</dd>
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
