/**
 * Popup entry. The tab comes from the `tab` query parameter when given (the popup opened in a tab,
 * as the browser tests do), else from the active tab of the window the toolbar button is in.
 */
import { render } from "preact";
import { browserPlatform } from "../platform";
import { tabIdOfKey } from "../background/tab-store";
import { popupApi } from "./api";
import { App } from "./App";
import { isRestrictedUrl } from "./restricted-url";

const RESTRICTED_MESSAGE =
  "Sourcelight cannot read browser pages or extension stores. Open an article and click the Sourcelight button there.";

async function start(): Promise<void> {
  const platform = browserPlatform();
  const param = new URLSearchParams(location.search).get("tab");
  let tabId: number | null = param && /^\d{1,12}$/.test(param) ? Number(param) : null;
  let restricted: string | null = null;
  if (tabId === null) {
    const tab = await platform.activeTab();
    tabId = tab?.id ?? null;
    if (isRestrictedUrl(tab?.url)) restricted = RESTRICTED_MESSAGE;
  }
  const root = document.getElementById("app");
  if (!root) return;
  render(
    <App
      api={popupApi(platform)}
      tabId={tabId}
      restrictedReason={restricted}
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
