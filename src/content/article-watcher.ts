/**
 * One debounced MutationObserver on the page, reporting when the article's text may have changed.
 * Mutations are batched until the page has been quiet for DEBOUNCE_MS (or MAX_WAIT_MS passed, so
 * a live blog that never stops updating is still rescanned); our own highlight and card mutations
 * are dropped (pause/resume around our DOM work, and an own-node test for the rest). Stops for
 * good when its AbortSignal fires (page hide, unload).
 */
import { classifyMutations, HUGE_BATCH, mergeRescans, type OwnNodeTest, type RescanKind } from "./mutation-batch";

const DEBOUNCE_MS = 400;
const MAX_WAIT_MS = 2_000;

export class ArticleWatcher {
  private observer: MutationObserver | null = null;
  private root: Element | null = null;
  private pending: RescanKind = "none";
  private recordsSeen = 0;
  private firstPendingAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private paused = 0;

  constructor(
    private readonly doc: Document,
    private readonly isOwn: OwnNodeTest,
    private readonly onRescan: (kind: Exclude<RescanKind, "none">) => void,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener("abort", () => this.stop(), { once: true });
  }

  /** Watches for changes to this article (or, with null, for an article to appear). */
  watch(root: Element | null): void {
    if (this.signal.aborted) return;
    this.root = root;
    if (!this.observer) {
      const MutationObserverClass = this.doc.defaultView?.MutationObserver;
      if (!MutationObserverClass) return;
      this.observer = new MutationObserverClass((records) => this.onRecords(records));
      this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    }
  }

  /** Our own DOM work runs between pause() and resume(): its records are dropped. */
  pause(): void {
    this.paused++;
  }

  resume(): void {
    this.observer?.takeRecords();
    this.paused = Math.max(0, this.paused - 1);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = "none";
  }

  private onRecords(records: MutationRecord[]): void {
    if (this.paused > 0 || this.signal.aborted) return;
    let kind = classifyMutations(records, this.root, this.isOwn);
    if (kind === "none") return;
    // A flood of relevant changes is cheaper to rescan from scratch than to reason about.
    this.recordsSeen += records.length;
    if (this.recordsSeen > HUGE_BATCH) kind = "full";
    const now = Date.now();
    if (this.pending === "none") this.firstPendingAt = now;
    this.pending = mergeRescans(this.pending, kind);
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPendingAt + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => this.fire(), wait);
  }

  private fire(): void {
    this.timer = null;
    const kind = this.pending;
    this.pending = "none";
    this.recordsSeen = 0;
    if (kind !== "none" && !this.signal.aborted) this.onRescan(kind);
  }
}
