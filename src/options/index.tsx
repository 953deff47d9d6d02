/**
 * The options page. For now: how scanning is triggered and whether claim content is highlighted.
 * Scanning modes, site lists, colours and the registry editor come with the extension issue.
 */
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { bundledEntries } from "../core/registry/bundled";
import { browserPlatform } from "../platform";
import type { Platform } from "../platform/types";
import { parseSettings, SETTINGS_KEY, type Settings } from "../protocol/settings";

function Options({ platform }: { platform: Platform }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void platform.local.get(SETTINGS_KEY).then((stored) => setSettings(parseSettings(stored)));
  }, []);

  const update = async (next: Settings) => {
    setSettings(next);
    await platform.local.set(SETTINGS_KEY, next);
    setSaved(true);
  };

  return (
    <main>
      <h1>Sourcelight options</h1>
      <section>
        <h2>When pages are scanned</h2>
        <p>
          Only when you ask: click the Sourcelight toolbar button and then <em>Scan this page</em>, or choose
          <em> Check this article's sources</em> from the page's context menu. Sourcelight reads nothing else.
        </p>
      </section>
      <section>
        <h2>Highlights</h2>
        {settings ? (
          <label>
            <input
              type="checkbox"
              checked={settings.highlightContent}
              onChange={(event) => void update({ ...settings, highlightContent: (event.currentTarget as HTMLInputElement).checked })}
            />{" "}
            Also tint what each claim says, not only its cue and source
          </label>
        ) : (
          <p>Loading…</p>
        )}
        {saved ? <p role="status">Saved. Applies to the next scan.</p> : null}
      </section>
      <section>
        <h2>Source registry</h2>
        <p>{bundledEntries().length} organisations and people are bundled with this version.</p>
      </section>
    </main>
  );
}

const root = document.getElementById("app");
if (root) render(<Options platform={browserPlatform()} />, root);
