/** The exit codes `sourcelight` answers with, documented in docs/cli.md and `sourcelight --help`. */
import type { Report, Severity } from "../core/report";

export const EXIT = {
  /** Everything scanned; no finding reached the --fail-on threshold. */
  ok: 0,
  /** Some scanned file has a finding at or above the --fail-on severity. */
  findings: 1,
  /** Bad usage, or a file or URL that could not be read or fetched (in a batch: any of them). */
  usageOrInput: 2,
  /** A bug in Sourcelight itself (EX_SOFTWARE). */
  internal: 70,
} as const;

export const FAIL_ON_LEVELS = ["warning", "error"] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Whether a report has a finding at or above the threshold. */
export function reachesThreshold(report: Report, failOn: FailOn): boolean {
  return report.findings.some((finding) => RANK[finding.severity] >= RANK[failOn]);
}

/** An input or usage problem outweighs findings: a CI job must not pass over a file it never read. */
export function batchExitCode(reports: readonly Report[], failedInputs: number, failOn: FailOn | null): number {
  if (failedInputs > 0) return EXIT.usageOrInput;
  if (failOn && reports.some((report) => reachesThreshold(report, failOn))) return EXIT.findings;
  return EXIT.ok;
}
