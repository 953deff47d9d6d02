/**
 * The front matter of a Markdown draft (YAML between "---" lines, or TOML between "+++" lines):
 * only its title and publication date matter to a scan, so only flat `key: value` lines are read.
 */

export interface FrontMatter {
  /** The lines after the front matter. */
  body: string[];
  title: string | null;
  /** The publication date as written (YYYY-MM-DD, possibly with a time). */
  date: string | null;
}

/** Most specific first: a draft may carry both its publication date and a plain `date`. */
const DATE_KEYS = ["publishdate", "published", "pubdate", "datepublished", "date_published", "date"];

export function splitFrontMatter(lines: string[]): FrontMatter {
  const opener = lines[0]?.trim();
  if (opener !== "---" && opener !== "+++") return { body: lines, title: null, date: null };
  const closers = opener === "---" ? ["---", "..."] : ["+++"];
  let end = -1;
  for (let i = 1; i < lines.length && end < 0; i++) if (closers.includes(lines[i]!.trim())) end = i;
  if (end < 0) return { body: lines, title: null, date: null };

  const fields = new Map<string, string>();
  const separator = opener === "---" ? ":" : "=";
  for (const line of lines.slice(1, end)) {
    // Top-level keys only: nested YAML (indented) and list items are not article metadata.
    const at = line.indexOf(separator);
    if (at <= 0 || /^\s/.test(line)) continue;
    const key = line.slice(0, at).trim().toLowerCase();
    const value = unquote(line.slice(at + 1).trim());
    if (/^[\w-]+$/.test(key) && value !== "" && !fields.has(key)) fields.set(key, value);
  }
  const dateKey = DATE_KEYS.find((key) => fields.has(key));
  return { body: lines.slice(end + 1), title: fields.get("title") ?? null, date: dateKey ? fields.get(dateKey)! : null };
}

function unquote(value: string): string {
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) return value.slice(1, -1);
  return value;
}
