/** The popup: the tab's scan state, a Scan button, and the report once there is one. */
import { useCallback, useEffect, useState } from "preact/hooks";
import type { TabState } from "../protocol/messages";
import type { ErrorCode } from "../protocol/reply";
import type { PopupApi } from "./api";
import { t } from "../ui/i18n";
import { ReportView } from "./ReportView";
import type { ReviewApi } from "./review/review-api";
import { ReviewPanel } from "./review/ReviewPanel";

export type View =
  | { phase: "loading" }
  | { phase: "not-scanned" }
  | { phase: "scanning" }
  | { phase: "ready"; state: TabState }
  | { phase: "restricted"; message: string }
  | { phase: "no-article" }
  | { phase: "error"; message: string };

export interface AppProps {
  api: PopupApi;
  /** The tab the popup is about, or null when there is none (e.g. no active tab). */
  tabId: number | null;
  /** Set when the popup already knows the tab cannot be scanned (browser pages, web stores). */
  restrictedReason: string | null;
  /** Subscribes to changes of the tab's stored state (a scan started from the context menu). */
  onStateChanged(listener: () => void): void;
  /** The fact-checkers' review below the report (left out where it is not wanted, e.g. some tests). */
  reviewApi?: ReviewApi;
  /** Finding kinds turned off in the options (the popup and the badge leave them out). */
  hiddenKinds?: string[];
}

function viewForError(code: ErrorCode, error: string): View {
  if (code === "restricted") return { phase: "restricted", message: t("popupRestricted") };
  // The content script found no article on the page: a state of the page, not a failure.
  if (code === "no-article") return { phase: "no-article" };
  return { phase: "error", message: error };
}

export function App({ api, tabId, restrictedReason, onStateChanged, reviewApi, hiddenKinds = [] }: AppProps) {
  const [view, setView] = useState<View>(() =>
    restrictedReason ? { phase: "restricted", message: restrictedReason } : { phase: "loading" },
  );

  const refresh = useCallback(async () => {
    if (tabId === null || restrictedReason) return;
    const reply = await api.getTabState(tabId);
    if (!reply.ok) setView(viewForError(reply.code, reply.error));
    else setView((current) => (reply.value ? { phase: "ready", state: reply.value } : current.phase === "scanning" ? current : { phase: "not-scanned" }));
  }, [api, tabId, restrictedReason]);

  useEffect(() => {
    if (tabId === null) {
      setView({ phase: "error", message: t("popupNoTab") });
      return;
    }
    void refresh();
    onStateChanged(() => void refresh());
  }, [tabId]);

  const scan = async () => {
    if (tabId === null) return;
    setView({ phase: "scanning" });
    const reply = await api.scanTab(tabId);
    setView(reply.ok ? { phase: "ready", state: reply.value } : viewForError(reply.code, reply.error));
  };

  const toggleHighlights = async (visible: boolean) => {
    if (tabId === null) return;
    const reply = await api.setHighlights(tabId, visible);
    setView(reply.ok ? { phase: "ready", state: reply.value } : viewForError(reply.code, reply.error));
  };

  const reveal = (claimId: string) => {
    if (tabId !== null) void api.revealClaim(tabId, claimId);
  };

  return (
    <main class="popup" data-phase={view.phase} aria-busy={view.phase === "scanning" || view.phase === "loading"}>
      <header class="brand">
        <img src="icons/icon-32.png" alt="" width={20} height={20} />
        <span>{t("extensionName")}</span>
        <a class="options-link" href="options.html" target="_blank" rel="noopener">
          {t("popupOpenOptions")}
        </a>
      </header>
      {/* Screen readers hear each change of state (scanning, done, failed) without moving focus. */}
      <p class="visually-hidden" aria-live="polite" data-announce>
        {announcement(view)}
      </p>
      {renderBody(view, { scan, toggleHighlights, reveal }, api, hiddenKinds)}
      {view.phase === "ready" && reviewApi && tabId !== null ? <ReviewPanel api={reviewApi} tabId={tabId} scannedAt={view.state.scannedAt} onReveal={reveal} /> : null}
    </main>
  );
}

interface Actions {
  scan(): void;
  toggleHighlights(visible: boolean): void;
  reveal(claimId: string): void;
}

function announcement(view: View): string {
  switch (view.phase) {
    case "scanning":
      return t("popupScanning");
    case "ready":
      return t("popupStateReady", view.state.report.claims.length, view.state.report.findings.length);
    case "restricted":
    case "error":
      return view.message;
    case "no-article":
      return t("popupNoArticle");
    default:
      return "";
  }
}

function renderBody(view: View, actions: Actions, api: PopupApi, hiddenKinds: string[]) {
  switch (view.phase) {
    case "loading":
      return <p class="status">{t("popupLoading")}</p>;
    case "not-scanned":
      return (
        <section class="status">
          <p>{t("popupIntro")}</p>
          <button type="button" class="primary" onClick={actions.scan}>
            {t("popupScan")}
          </button>
        </section>
      );
    case "scanning":
      return <p class="status" role="status">{t("popupScanning")}</p>;
    case "restricted":
      return <p class="status restricted" role="status">{view.message}</p>;
    case "no-article":
      return (
        <section class="status empty no-article" role="status">
          <p>{t("popupNoArticle")}</p>
          <button type="button" onClick={actions.scan}>
            {t("popupRetry")}
          </button>
        </section>
      );
    case "error":
      return (
        <section class="status error" role="alert">
          <p>{t("popupError", view.message)}</p>
          <button type="button" onClick={actions.scan}>
            {t("popupRetry")}
          </button>
        </section>
      );
    case "ready":
      return (
        <ReportView
          state={view.state}
          api={api}
          hiddenKinds={hiddenKinds}
          onRescan={actions.scan}
          onToggleHighlights={actions.toggleHighlights}
          onReveal={actions.reveal}
        />
      );
  }
}
