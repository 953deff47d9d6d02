/** What is shown: which finding kinds (popup and badge), whether claim content is tinted, highlight colours. */
import { useState } from "preact/hooks";
import type { Platform } from "../platform/types";
import { t, type MessageName } from "../ui/i18n";
import { SETTINGS_KEY, SettingsSchema } from "../protocol/settings";
import { APPEARANCE_KEY, AppearanceSettingsSchema, DEFAULT_COLOURS, FINDING_KINDS, FINDINGS_KEY, FindingsSettingsSchema } from "./settings-schema";
import { useStoredSetting } from "./stored-setting";

const COLOUR_LABELS: Record<"cue" | "source" | "content" | "finding", MessageName> = {
  cue: "optionsColourCue",
  source: "optionsColourSource",
  content: "optionsColourContent",
  finding: "optionsColourFinding",
};

export function DisplaySection({ platform }: { platform: Platform }) {
  const [findings, saveFindings] = useStoredSetting(platform.local, FINDINGS_KEY, FindingsSettingsSchema);
  const [appearance, saveAppearance] = useStoredSetting(platform.local, APPEARANCE_KEY, AppearanceSettingsSchema);
  const [settings, saveSettings] = useStoredSetting(platform.local, SETTINGS_KEY, SettingsSchema);
  const [saved, setSaved] = useState(false);
  const done = (promise: Promise<void>) => void promise.then(() => setSaved(true));
  if (!findings || !appearance || !settings) return <p>{t("optionsLoading")}</p>;
  return (
    <>
      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">{t("optionsFindingsHeading")}</h2>
        <p class="help">{t("optionsFindingsHelp")}</p>
        <fieldset class="kinds">
          <legend class="visually-hidden">{t("optionsFindingKinds")}</legend>
          {FINDING_KINDS.map((kind) => (
            <label key={kind} class="choice">
              <input
                type="checkbox"
                name={`kind-${kind}`}
                checked={!findings.hiddenKinds.includes(kind)}
                onChange={(event) => {
                  const shown = (event.currentTarget as HTMLInputElement).checked;
                  const hiddenKinds = shown ? findings.hiddenKinds.filter((k) => k !== kind) : [...findings.hiddenKinds, kind];
                  done(saveFindings({ hiddenKinds }));
                }}
              />{" "}
              {kind}
            </label>
          ))}
        </fieldset>
      </section>
      <section aria-labelledby="highlights-heading">
        <h2 id="highlights-heading">{t("optionsHighlightsHeading")}</h2>
        <label class="choice">
          <input
            type="checkbox"
            checked={settings.highlightContent}
            onChange={(event) => done(saveSettings({ ...settings, highlightContent: (event.currentTarget as HTMLInputElement).checked }))}
          />{" "}
          {t("optionsTintContent")}
        </label>
        <div class="colours">
          {(Object.keys(COLOUR_LABELS) as (keyof typeof COLOUR_LABELS)[]).map((part) => (
            <label key={part}>
              <input
                type="color"
                name={`colour-${part}`}
                value={appearance.colours[part]}
                onChange={(event) => done(saveAppearance({ colours: { ...appearance.colours, [part]: (event.currentTarget as HTMLInputElement).value } }))}
              />{" "}
              {t(COLOUR_LABELS[part])}
            </label>
          ))}
        </div>
        <button type="button" onClick={() => done(saveAppearance({ colours: { ...DEFAULT_COLOURS } }))}>
          {t("optionsDefaultColours")}
        </button>
        {saved ? <p role="status">{t("optionsDisplaySaved")}</p> : null}
      </section>
    </>
  );
}
