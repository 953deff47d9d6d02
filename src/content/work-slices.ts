/**
 * Runs the content script's work as short synchronous slices with a yield to the page between
 * them (scheduler.yield where the browser has it, else a macrotask), and records each slice's
 * duration so the browser tests can check that none came near the 50 ms long-task line.
 */

export class ScanAborted extends Error {
  constructor() {
    super("The scan was superseded or the page went away.");
  }
}

type Yield = () => Promise<void>;

/**
 * Waits for the page's next frame before the first slice: a page that just built or changed its
 * DOM lays it out then, on its own time, instead of inside our first visibility check.
 */
export function afterNextFrame(): Promise<void> {
  const frame = (globalThis as { requestAnimationFrame?: (callback: () => void) => number }).requestAnimationFrame;
  if (typeof frame !== "function") return Promise.resolve();
  return new Promise((resolve) => frame(() => setTimeout(resolve, 0)));
}

function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class WorkSlices {
  readonly durations: number[] = [];
  /** What the longest slice was doing, for the figures the tests print. */
  longestLabel = "";

  constructor(
    private readonly signal: AbortSignal,
    private readonly yieldToPage: Yield = defaultYield,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Yields to the page, then runs `work` as one slice; throws ScanAborted once the signal fired. */
  async run<T>(work: () => T, label = "work"): Promise<T> {
    await this.yieldToPage();
    if (this.signal.aborted) throw new ScanAborted();
    const started = this.now();
    try {
      return work();
    } finally {
      const duration = this.now() - started;
      if (duration > this.longest) this.longestLabel = label;
      this.durations.push(duration);
    }
  }

  /** Runs a generator to completion, as many slices of about `budgetMs` as it takes. */
  async drive<T>(steps: Generator<void, T>, label: string, budgetMs = 12): Promise<T> {
    for (;;) {
      const step = await this.run(() => {
        const started = this.now();
        let next = steps.next();
        while (!next.done && this.now() - started < budgetMs) next = steps.next();
        return next;
      }, label);
      if (step.done) return step.value;
    }
  }

  get longest(): number {
    return this.durations.reduce((max, duration) => Math.max(max, duration), 0);
  }

  get total(): number {
    return this.durations.reduce((sum, duration) => sum + duration, 0);
  }
}
