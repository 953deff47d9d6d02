/**
 * `sourcelight registry [--format text|json] [--search TEXT]`: prints the bundled registry, or the
 * entries whose name, alias or acronym matches the search, so users and scripts can inspect it.
 */
import { bundledEntries } from "../core/registry/bundled";
import { acronymKey, nameKey } from "../core/registry/normalise";
import type { RegistryEntry } from "../core/registry/schema";

const USAGE = "usage: sourcelight registry [--format text|json] [--search TEXT]";

interface RegistryArgs {
  format: "text" | "json";
  search: string | null;
}

export function runRegistryCommand(args: string[], out: (s: string) => void, entries: readonly RegistryEntry[] = bundledEntries()): number {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    out(`${parsed}\n${USAGE}`);
    return 2;
  }
  const found = parsed.search === null ? [...entries] : searchEntries(entries, parsed.search);
  if (parsed.format === "json") {
    out(JSON.stringify({ count: found.length, entries: found }, null, 2));
    return 0;
  }
  for (const entry of found) out(formatLine(entry));
  out(`${found.length} ${found.length === 1 ? "entry" : "entries"}${parsed.search === null ? "" : ` matching "${parsed.search}"`}`);
  return 0;
}

function parseArgs(args: readonly string[]): RegistryArgs | string {
  const result: RegistryArgs = { format: "text", search: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flag === "--help" || flag === "-h") return "Prints the source registry.";
    if (flag !== "--format" && flag !== "--search") return `unknown argument: ${arg}`;
    const value = inline ?? args[++i];
    if (value === undefined) return `${flag} needs a value`;
    if (flag === "--format") {
      if (value !== "text" && value !== "json") return `--format must be text or json, not "${value}"`;
      result.format = value;
    } else {
      if (value.trim().length === 0) return "--search needs some text";
      result.search = value;
    }
  }
  return result;
}

/** Entries whose normalised name, alias or acronym contains the normalised search words. */
export function searchEntries(entries: readonly RegistryEntry[], search: string): RegistryEntry[] {
  const wanted = nameKey(search);
  const wantedAcronym = acronymKey(search);
  return entries.filter((entry) => {
    if (entry.id === search.trim().toLowerCase()) return true;
    if (entry.acronyms.some((a) => acronymKey(a).toLowerCase() === wantedAcronym.toLowerCase())) return true;
    return [entry.name, ...entry.aliases].some((name) => containsWords(nameKey(name), wanted));
  });
}

function containsWords(haystack: string, needle: string): boolean {
  if (needle.length === 0) return false;
  // Word-prefix match: "bloom" finds "Bloomberg News", "strategic studies" finds the IISS.
  return ` ${haystack}`.includes(` ${needle}`);
}

function formatLine(entry: RegistryEntry): string {
  const acronyms = entry.acronyms.length > 0 ? ` (${entry.acronyms.join(", ")})` : "";
  return `${entry.id}\t${entry.kind}\t${entry.country ?? "--"}\t${entry.name}${acronyms}\t${entry.description}`;
}
