/** `sourcelight scan`: scans article files and pages and prints their reports, one or a batch. */
import { scan } from "../core/analyse";
import { formatReportMarkdown } from "../core/format/markdown";
import { formatReportText } from "../core/format/text";
import { createRegistry, type Registry } from "../core/registry";
import { bundledEntries } from "../core/registry/bundled";
import type { Report } from "../core/report";
import { formatBatchJson, formatSummaryMarkdown, formatSummaryText, markdownSection, summarise, type ScanResult } from "./batch-output";
import { CliError } from "./errors";
import { batchExitCode, EXIT, reachesThreshold } from "./exit-codes";
import { fetchPage } from "./fetch-page";
import type { CliIo } from "./io";
import { createProgress } from "./progress";
import { readInput, sourceToInput, type ScanInput } from "./read-input";
import { parseScanOptions, type Format, type ScanOptions, type ScanTarget } from "./scan-options";
import { readVersion } from "./version";

export { SCAN_HELP, SCAN_USAGE } from "./scan-options";

export async function runScanCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseScanOptions(args);
  const registry = createRegistry(bundledEntries());
  if (options.targets.length === 1) return scanOne(options.targets[0]!, options, registry, io);
  return scanBatch(options, registry, io);
}

/** One input: exactly its report (for JSON the bare report object); a failure is a plain CliError. */
async function scanOne(target: ScanTarget, options: ScanOptions, registry: Registry, io: CliIo): Promise<number> {
  const report = await scanTarget(target, options, registry, io);
  io.out(renderReport(report, options.format));
  return finish([report], 0, options, io);
}

/** Several inputs: each is scanned even when another fails; the failures are reported and counted. */
async function scanBatch(options: ScanOptions, registry: Registry, io: CliIo): Promise<number> {
  const progress = createProgress(io, options.targets.length, options.progress);
  const results: ScanResult[] = [];
  for (const target of options.targets) {
    let result: ScanResult;
    try {
      result = { name: target.name, report: await scanTarget(target, options, registry, io) };
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      progress.clear();
      io.err(`sourcelight: ${error.message}\n`);
      result = { name: target.name, error: withoutNamePrefix(error.message, target.name) };
    }
    results.push(result);
    if (options.format === "text") {
      progress.clear();
      io.out(textSection(result));
    }
    progress.update(results.length);
  }
  progress.clear();
  io.out(renderBatchEnd(results, options.format));
  const reports = results.flatMap((result) => ("report" in result ? [result.report] : []));
  return finish(reports, summarise(results).failed, options, io);
}

async function scanTarget(target: ScanTarget, options: ScanOptions, registry: Registry, io: CliIo): Promise<Report> {
  const input = await readTarget(target, options, io);
  return scan(input.text, input.meta, registry, { published: options.published, withText: options.withText });
}

async function readTarget(target: ScanTarget, options: ScanOptions, io: CliIo): Promise<ScanInput> {
  if (target.kind === "file") return readInput(target.name, io.readStdin);
  const page = await fetchPage(target.name, {
    timeoutMs: options.timeoutMs,
    fetch: io.fetch ?? globalThis.fetch,
    userAgent: `sourcelight/${readVersion()}`,
  });
  return sourceToInput(target.name, page.source, page.kind, page.url);
}

function finish(reports: readonly Report[], failedInputs: number, options: ScanOptions, io: CliIo): number {
  const code = batchExitCode(reports, failedInputs, options.failOn);
  if (code === EXIT.findings) {
    // Says why a CI job failed even when standard output went to a file or a JSON parser.
    const reached = reports.filter((report) => reachesThreshold(report, options.failOn!)).length;
    const where = reports.length === 1 ? "" : ` in ${reached} of ${reports.length} inputs`;
    io.err(`sourcelight: findings at or above ${options.failOn}${where} (--fail-on ${options.failOn})\n`);
  }
  return code;
}

function renderReport(report: Report, format: Format): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  if (format === "markdown") return formatReportMarkdown(report);
  return formatReportText(report);
}

function textSection(result: ScanResult): string {
  const header = `==> ${result.name} <==\n`;
  if ("error" in result) return `${header}not scanned: ${result.error}\n\n`;
  return `${header}${formatReportText(result.report)}\n`;
}

function renderBatchEnd(results: readonly ScanResult[], format: Format): string {
  if (format === "json") return formatBatchJson(results);
  if (format === "text") return formatSummaryText(results);
  const sections = results.map((result) => markdownSection(result, formatReportMarkdown)).join("");
  return `# Sourcelight scan of ${results.length} files\n\n## Summary\n\n${formatSummaryMarkdown(results)}\n${sections}`;
}

/** Errors name their input ("draft.md: no such file"); in a table or JSON entry the name is already there. */
function withoutNamePrefix(message: string, name: string): string {
  return message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message;
}
