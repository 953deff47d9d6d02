/** The popup: the tab's scan state, a Scan button, and the report once there is one. */
import { useCallback, useEffect, useState } from "preact/hooks";
import type { TabState } from "../protocol/messages";
import type { ErrorCode } from "../protocol/reply";
import type { PopupApi } from "./api";
import { ReportView } from "./ReportView";

export type View =
  | { phase: "loading" }
  | { phase: "not-scanned" }
  | { phase: "scanning" }
  | { phase: "ready"; state: TabState }
  | { phase: "restricted"; message: string }
  | { phase: "error"; message: string };

export interface AppProps {
  api: PopupApi;
  /** The tab the popup is about, or null when there is none (e.g. no active tab). */
  tabId: number | null;
  /** Set when the popup already knows the tab cannot be scanned (browser pages, web stores). */
  restrictedReason: string | null;
  /** Subscribes to changes of the tab's stored state (a scan started from the context menu). */
  onStateChanged(listener: () => void): void;
}

const RESTRICTED_HELP =
  "Sourcelight cannot read this page. Browser pages and extension stores are off-limits to extensions; on other pages, open Sourcelight from its toolbar button while the page is shown.";

function viewForError(code: ErrorCode, error: string): View {
  return code === "restricted" ? { phase: "restricted", message: RESTRICTED_HELP } : { phase: "error", message: error };
}

export function App({ api, tabId, restrictedReason, onStateChanged }: AppProps) {
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
      setView({ phase: "error", message: "There is no tab to check." });
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
        <span>Sourcelight</span>
      </header>
      {renderBody(view, { scan, toggleHighlights, reveal })}
    </main>
  );
}

interface Actions {
  scan(): void;
  toggleHighlights(visible: boolean): void;
  reveal(claimId: string): void;
}

function renderBody(view: View, actions: Actions) {
  switch (view.phase) {
    case "loading":
      return <p class="status">Loading…</p>;
    case "not-scanned":
      return (
        <section class="status">
          <p>Check who this article says its facts come from.</p>
          <button type="button" class="primary" onClick={actions.scan}>Scan this page</button>
        </section>
      );
    case "scanning":
      return <p class="status" role="status">Scanning the article…</p>;
    case "restricted":
      return <p class="status restricted" role="status">{view.message}</p>;
    case "error":
      return (
        <section class="status error" role="alert">
          <p>Something went wrong: {view.message}</p>
          <button type="button" onClick={actions.scan}>Try again</button>
        </section>
      );
    case "ready":
      return (
        <ReportView
          state={view.state}
          onRescan={actions.scan}
          onToggleHighlights={actions.toggleHighlights}
          onReveal={actions.reveal}
        />
      );
  }
}
