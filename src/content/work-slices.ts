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

function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class WorkSlices {
  readonly durations: number[] = [];

  constructor(
    private readonly signal: AbortSignal,
    private readonly yieldToPage: Yield = defaultYield,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Yields to the page, then runs `work` as one slice; throws ScanAborted once the signal fired. */
  async run<T>(work: () => T): Promise<T> {
    await this.yieldToPage();
    if (this.signal.aborted) throw new ScanAborted();
    const started = this.now();
    try {
      return work();
    } finally {
      this.durations.push(this.now() - started);
    }
  }

  get longest(): number {
    return this.durations.reduce((max, duration) => Math.max(max, duration), 0);
  }

  get total(): number {
    return this.durations.reduce((sum, duration) => sum + duration, 0);
  }
}
