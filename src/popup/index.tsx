/**
 * Popup entry. The tab comes from the `tab` query parameter when given (the popup opened in a tab,
 * as the browser tests do), else from the active tab of the window the toolbar button is in.
 */
import { render } from "preact";
import { browserPlatform } from "../platform";
import { tabIdOfKey } from "../background/tab-store";
import { popupApi } from "./api";
import { App } from "./App";
import { setMessageLookup, t } from "../ui/i18n";
import { isRestrictedUrl } from "./restricted-url";
import { reviewApi } from "./review/review-api";
import { FINDINGS_KEY, FindingsSettingsSchema, parseStored } from "../options/settings-schema";

async function start(): Promise<void> {
  const platform = browserPlatform();
  setMessageLookup((name, substitutions) => platform.message(name, substitutions));
  const param = new URLSearchParams(location.search).get("tab");
  let tabId: number | null = param && /^\d{1,12}$/.test(param) ? Number(param) : null;
  let restricted: string | null = null;
  if (tabId === null) {
    const tab = await platform.activeTab();
    tabId = tab?.id ?? null;
    if (isRestrictedUrl(tab?.url)) restricted = t("popupRestrictedUrl");
  }
  const root = document.getElementById("app");
  if (!root) return;
  const shown = parseStored(FindingsSettingsSchema, await platform.local.get(FINDINGS_KEY).catch(() => undefined));
  render(
    <App
      api={popupApi(platform)}
      tabId={tabId}
      restrictedReason={restricted}
      reviewApi={reviewApi(platform)}
      hiddenKinds={shown.hiddenKinds}
      onStateChanged={(listener) =>
        platform.onSessionChanged((keys) => {
          if (keys.some((key) => tabIdOfKey(key) === tabId)) listener();
        })
      }
    />,
    root,
  );
}

void start();
