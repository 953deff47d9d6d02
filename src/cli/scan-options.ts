/** The options of `sourcelight scan`: parsed, checked, and explained in its help text. */
import { parseArgs } from "node:util";
import { CliError } from "./errors";
import { FAIL_ON_LEVELS, type FailOn } from "./exit-codes";

export const SCAN_USAGE =
  "Usage: sourcelight scan [--format text|json|markdown] [--published YYYY-MM-DD] [--with-text] [--fail-on warning|error] [--progress] [--timeout SECONDS] [--url URL]... <file.html|file.txt|file.md|->...";

export const SCAN_HELP = `${SCAN_USAGE}

Scans news articles and drafts for attributed claims, their sources and the findings about them.
Give one or more files (HTML, Markdown, plain text; "-" reads standard input) and/or --url addresses.

Options:
  -f, --format text|json|markdown  report format (default text). JSON for one input is exactly the report
                                   object; for several it is {"files": [...], "summary": {...}}
      --published YYYY-MM-DD       the publication date, overriding what the page says
      --with-text                  include the scanned plain text in JSON reports (offsets index it)
      --url URL                    fetch and scan this http:// or https:// page (repeatable); only the
                                   named page is fetched: no scripts, images or linked pages
      --timeout SECONDS            give up on a --url page after this long (default 30)
      --fail-on warning|error      exit 1 when any scanned input has a finding of this severity or worse
      --progress                   show "scanned N/M files" on standard error for several inputs
                                   (shown anyway when standard error is a terminal)
  -h, --help                       this help

Exit codes:
  0  scanned; no finding reached --fail-on
  1  a finding at or above --fail-on
  2  bad usage, or an input that could not be read or fetched (in a batch the others are still scanned)`;

const FORMATS = ["text", "json", "markdown"] as const;
export type Format = (typeof FORMATS)[number];

export type ScanTarget = { kind: "file"; name: string } | { kind: "url"; name: string };

export interface ScanOptions {
  format: Format;
  published: string | null;
  withText: boolean;
  failOn: FailOn | null;
  progress: boolean;
  timeoutMs: number;
  /** Files and URLs in the order given on the command line. */
  targets: ScanTarget[];
}

const DEFAULT_TIMEOUT_SECONDS = 30;
const MAX_TIMEOUT_SECONDS = 600;

export function parseScanOptions(args: string[]): ScanOptions {
  const { values, tokens } = parseOrExplain(args);
  const format = values.format ?? "text";
  if (!isOneOf(FORMATS, format)) throw new CliError(`unknown format "${format}": use text, json or markdown`);
  const failOn = values["fail-on"] ?? null;
  if (failOn !== null && !isOneOf(FAIL_ON_LEVELS, failOn)) throw new CliError(`--fail-on takes warning or error, not "${failOn}"`);
  const published = values.published ?? null;
  if (published !== null && !isCalendarDate(published)) throw new CliError(`--published needs a date as YYYY-MM-DD, not "${published}"`);

  const targets = targetsInOrder(tokens);
  if (targets.length === 0) throw new CliError(`nothing to scan\n${SCAN_USAGE}`);
  if (targets.filter((target) => target.kind === "file" && target.name === "-").length > 1) {
    throw new CliError(`standard input ("-") can be scanned only once`);
  }
  return {
    format,
    published,
    withText: values["with-text"] ?? false,
    failOn,
    progress: values.progress ?? false,
    timeoutMs: parseTimeout(values.timeout),
    targets,
  };
}

function parseOrExplain(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      tokens: true,
      options: {
        format: { type: "string", short: "f" },
        published: { type: "string" },
        "with-text": { type: "boolean" },
        url: { type: "string", multiple: true },
        timeout: { type: "string" },
        "fail-on": { type: "string" },
        progress: { type: "boolean" },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${SCAN_USAGE}`);
  }
}

type Token = NonNullable<ReturnType<typeof parseOrExplain>["tokens"]>[number];

function targetsInOrder(tokens: Token[]): ScanTarget[] {
  const targets: ScanTarget[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") targets.push({ kind: "file", name: token.value });
    if (token.kind === "option" && token.name === "url") targets.push({ kind: "url", name: checkHttpUrl(token.value ?? "") });
  }
  return targets;
}

/** The user names the page; anything but http(s) (file:, data:, javascript:) is refused up front. */
function checkHttpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CliError(`--url needs a full http:// or https:// address, not "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new CliError(`--url takes http:// or https:// addresses only, not ${url.protocol}`);
  }
  return value;
}

function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS * 1000;
  const seconds = /^\d{1,4}(?:\.\d{1,3})?$/.test(value) ? Number(value) : Number.NaN;
  if (!(seconds > 0 && seconds <= MAX_TIMEOUT_SECONDS)) {
    throw new CliError(`--timeout takes seconds between 0 and ${MAX_TIMEOUT_SECONDS}, not "${value}"`);
  }
  return Math.round(seconds * 1000);
}

function isOneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
