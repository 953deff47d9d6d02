/**
 * Connects a scan request (from the popup or the context menu) to the content script's answer,
 * which arrives later as a separate message from the tab.
 */
import { ReplyError } from "../protocol/reply";
import type { TabState } from "../protocol/messages";

interface Pending {
  promise: Promise<TabState>;
  resolve(state: TabState): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export class ScanWaiter {
  private pending = new Map<number, Pending>();

  constructor(private readonly timeoutMs: number) {}

  /** A promise for the tab's next scan result; concurrent requests for one tab share it. */
  wait(tabId: number): Promise<TabState> {
    const existing = this.pending.get(tabId);
    if (existing) return existing.promise;
    let resolve!: (state: TabState) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<TabState>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const timer = setTimeout(
      () => this.reject(tabId, new ReplyError("timeout", "The page did not answer in time.")),
      this.timeoutMs,
    );
    this.pending.set(tabId, { promise, resolve, reject, timer });
    return promise;
  }

  resolve(tabId: number, state: TabState): void {
    this.take(tabId)?.resolve(state);
  }

  reject(tabId: number, error: Error): void {
    this.take(tabId)?.reject(error);
  }

  private take(tabId: number): Pending | undefined {
    const entry = this.pending.get(tabId);
    if (!entry) return undefined;
    clearTimeout(entry.timer);
    this.pending.delete(tabId);
    return entry;
  }
}
