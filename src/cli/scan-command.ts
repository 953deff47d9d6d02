/** `sourcelight scan`: scans an article file and prints its report. */
import { parseArgs } from "node:util";
import { scan } from "../core/analyse";
import { formatReportMarkdown } from "../core/format/markdown";
import { formatReportText } from "../core/format/text";
import { createRegistry } from "../core/registry";
import { bundledEntries } from "../core/registry/bundled";
import type { Report } from "../core/report";
import { CliError } from "./errors";
import { readInput } from "./read-input";

export const SCAN_USAGE = `Usage: sourcelight scan [--format text|json|markdown] [--published YYYY-MM-DD] [--with-text] <file.html|file.txt|file.md|->`;

const FORMATS = ["text", "json", "markdown"] as const;
type Format = (typeof FORMATS)[number];

export interface CliIo {
  out: (text: string) => void;
  readStdin: () => Buffer;
}

export function runScanCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseScanArgs(args);
  const format = (values.format ?? "text") as Format;
  if (!FORMATS.includes(format)) throw new CliError(`unknown format "${format}": use text, json or markdown`);
  const published = values.published ?? null;
  if (published !== null && !isCalendarDate(published)) throw new CliError(`--published needs a date as YYYY-MM-DD, not "${published}"`);
  if (positionals.length !== 1) throw new CliError(positionals.length ? "scan takes one file" : `nothing to scan\n${SCAN_USAGE}`);

  const input = readInput(positionals[0]!, io.readStdin);
  const registry = createRegistry(bundledEntries());
  const report = scan(input.text, input.meta, registry, { published, withText: values["with-text"] ?? false });
  io.out(render(report, format));
  return 0;
}

function parseScanArgs(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        published: { type: "string" },
        "with-text": { type: "boolean" },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${SCAN_USAGE}`);
  }
}

function render(report: Report, format: Format): string {
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  if (format === "markdown") return formatReportMarkdown(report);
  return formatReportText(report);
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
