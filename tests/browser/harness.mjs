/** A very small test runner for the browser suites: named steps, assertions, a pass/fail tally. */
import assert from "node:assert/strict";

export { assert };

export class Suite {
  passed = 0;
  failed = 0;
  failures = [];

  constructor(name) {
    this.name = name;
  }

  /** Runs one named check; a failure is recorded and the suite goes on unless `critical`. */
  async test(name, fn, { critical = false } = {}) {
    const started = Date.now();
    try {
      await fn();
      this.passed++;
      console.log(`  ok   ${this.name}: ${name} (${Date.now() - started} ms)`);
      return true;
    } catch (error) {
      this.failed++;
      this.failures.push(`${this.name}: ${name}: ${error?.message ?? error}`);
      console.log(`  FAIL ${this.name}: ${name} (${Date.now() - started} ms)\n       ${String(error?.stack ?? error).split("\n").slice(0, 6).join("\n       ")}`);
      if (critical) throw new SuiteAborted(name);
      return false;
    }
  }

  /** Records a failure for everything a crashed setup prevented. */
  abort(reason) {
    this.failed++;
    this.failures.push(`${this.name}: ${reason}`);
    console.log(`  FAIL ${this.name}: ${reason}`);
  }
}

export class SuiteAborted extends Error {}

/** Polls `probe` until it returns a truthy value or the timeout passes. */
export async function waitFor(probe, { timeout = 10_000, interval = 100, what = "condition" } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
}
