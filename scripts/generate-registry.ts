/**
 * Writes the bundled organisation data (src/core/registry/data/organisations/*.json and its
 * index.ts) from the compact tables in scripts/registry-tables/*.txt. The JSON is what ships and
 * what the validator checks; the tables are where people edit. Run: npm run generate:registry
 *
 * Table format (one entry a line, fields separated by " | ", trailing fields optional):
 *   @kind news-agency
 *   id | Name | CC | domains, ... | ACRONYMS, ... | alias; alias | description | parent | context words
 * CC "-" means no country (international bodies). For national institutions with the ids
 * <cc>-government, -mod, -mfa, -mof, -moi and -armed-forces the generator adds the usual news
 * phrasings ("Ukrainian Defence Ministry", "Ukraine's foreign ministry") from the country's words.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { join, basename } from "node:path";
import { COUNTRY_WORDS } from "../src/core/registry/countries";
import { EntryKindSchema, type RegistryEntry } from "../src/core/registry/schema";

const TABLES = join(import.meta.dirname, "registry-tables");
const OUT = join(import.meta.dirname, "..", "src", "core", "registry", "data", "organisations");

/** The usual ways news names a national institution, per id suffix: {A} adjective, {N} country name. */
const INSTITUTION_PHRASES: Readonly<Record<string, readonly string[]>> = {
  government: ["{A} government", "{N} government", "Government of {N}"],
  mod: ["{A} Defence Ministry", "{A} Ministry of Defence", "{N} Defence Ministry", "Defence Ministry", "Ministry of Defence"],
  mfa: ["{A} Foreign Ministry", "{A} Ministry of Foreign Affairs", "{N} Foreign Ministry", "Foreign Ministry", "Ministry of Foreign Affairs"],
  mof: ["{A} Finance Ministry", "{A} Ministry of Finance", "{N} Finance Ministry", "Finance Ministry", "Ministry of Finance"],
  moi: ["{A} Interior Ministry", "{A} Ministry of Interior", "{N} Interior Ministry", "Interior Ministry", "Ministry of Interior", "Ministry of the Interior"],
  "armed-forces": ["{A} military", "{A} armed forces", "{N} military", "{N} armed forces", "Armed Forces of {N}"],
};

function institutionAliases(id: string, country: string | null): string[] {
  const match = /^([a-z]{2})-(government|mod|mfa|mof|moi|armed-forces)$/.exec(id);
  if (!match || !country) return [];
  const words = COUNTRY_WORDS[country];
  if (!words) throw new Error(`${id}: no country words for ${country} in countries.ts`);
  const out: string[] = [];
  for (const phrase of INSTITUTION_PHRASES[match[2]!]!) {
    const names = phrase.includes("{A}") ? words.adjectives : phrase.includes("{N}") ? words.names : [""];
    for (const word of names) out.push(phrase.replace("{A}", word).replace("{N}", word));
  }
  return out;
}

function list(field: string | undefined, separator: string): string[] {
  return (field ?? "").split(separator).map((s) => s.trim()).filter((s) => s.length > 0);
}

function parseTable(path: string): RegistryEntry[] {
  const entries: RegistryEntry[] = [];
  let kind: RegistryEntry["kind"] | null = null;
  readFileSync(path, "utf8").split("\n").forEach((line, n) => {
    const where = `${basename(path)}:${n + 1}`;
    const text = line.trim();
    if (text.length === 0 || text.startsWith("#")) return;
    if (text.startsWith("@kind ")) {
      kind = EntryKindSchema.parse(text.slice(6).trim());
      return;
    }
    if (!kind) throw new Error(`${where}: entry before any @kind line`);
    const [id, name, cc, domains, acronyms, aliases, description, parent, context] = text.split("|").map((f) => f.trim());
    if (!id || !name || !cc || !description) throw new Error(`${where}: needs at least id, name, country and description`);
    const country = cc === "-" ? null : cc;
    const explicit = list(aliases, ";");
    const generated = institutionAliases(id, country).filter((a) => a !== name && !explicit.includes(a));
    entries.push({
      id, name, kind, country,
      aliases: [...explicit, ...generated],
      acronyms: list(acronyms, ","),
      domains: list(domains, ","),
      description,
      parent: parent && parent !== "-" ? parent : null,
      roles: [],
      context: list(context, " "),
    });
  });
  return entries;
}

function main(): void {
  const tables = readdirSync(TABLES).filter((f) => f.endsWith(".txt")).sort();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const imports: string[] = [];
  let total = 0;
  for (const table of tables) {
    const name = basename(table, ".txt");
    const entries = parseTable(join(TABLES, table));
    const lines = entries.map((e) => `  ${JSON.stringify(e)}`);
    writeFileSync(join(OUT, `${name}.json`), `[\n${lines.join(",\n")}\n]\n`);
    imports.push(name);
    total += entries.length;
    console.log(`${name}.json: ${entries.length} entries`);
  }
  const ident = (n: string): string => n.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const index = [
    "/** Generated by scripts/generate-registry.ts from scripts/registry-tables: edit the tables, then regenerate. */",
    ...imports.map((n) => `import ${ident(n)} from "./${n}.json";`),
    "",
    `export const organisationEntries: unknown[] = [${imports.map((n) => `...${ident(n)}`).join(", ")}];`,
    "",
  ].join("\n");
  writeFileSync(join(OUT, "index.ts"), index);
  console.log(`${total} organisation entries in ${tables.length} files`);
}

main();
