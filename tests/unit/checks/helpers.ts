/** Hand-built claims and small registries, so the checks are tested apart from the extractor. */
import { runChecks } from "../../../src/core/checks";
import { resolveClaimDate } from "../../../src/core/dates/claim-date";
import { resolveArticleDates } from "../../../src/core/dates/publication";
import { emptyPageMeta } from "../../../src/core/page-meta";
import { createRegistry, type Registry, type RegistryEntry } from "../../../src/core/registry";
import { spanOf, type Claim, type Finding, type SourceType, type Span } from "../../../src/core/report";

export interface ClaimSpec {
  id?: string;
  cue: string;
  source?: string | null;
  content?: string | null;
  date?: string | null;
  sourceType?: SourceType;
  resolvedSource?: string | null;
  registry?: string | null;
  via?: string | null;
  /** Look for the words from this offset on (for repeated words). */
  from?: number;
}

function find(text: string, words: string, from: number): Span {
  const at = text.indexOf(words, from);
  if (at === -1) throw new Error(`"${words}" is not in the text`);
  return spanOf(text, at, at + words.length);
}

export function entry(partial: Partial<RegistryEntry> & Pick<RegistryEntry, "id" | "name" | "kind">): RegistryEntry {
  return { country: null, aliases: [], acronyms: [], domains: [], description: "", parent: null, roles: [], ...partial };
}

export const TEST_ENTRIES: RegistryEntry[] = [
  entry({ id: "bloomberg", name: "Bloomberg News", kind: "news-agency", aliases: ["Bloomberg"] }),
  entry({ id: "csis", name: "Center for Strategic and International Studies", kind: "think-tank", acronyms: ["CSIS"] }),
  entry({ id: "nato", name: "North Atlantic Treaty Organization", kind: "intergovernmental", acronyms: ["NATO"] }),
  entry({ id: "ua-mod", name: "Ministry of Defence of Ukraine", kind: "ministry" }),
  entry({
    id: "mykhailo-fedorov", name: "Mykhailo Fedorov", kind: "person", aliases: ["Fedorov"],
    roles: [
      { title: "Minister of Digital Transformation", organisation: "ua-mod", from: "2019-08-29", to: "2026-01-14" },
      { title: "Minister of Defence", organisation: "ua-mod", from: "2026-01-14", to: null },
    ],
  }),
];

export function testRegistry(entries: readonly RegistryEntry[] = TEST_ENTRIES): Registry {
  return createRegistry(entries);
}

type BuiltClaim = Omit<Claim, "date"> & { dateSpan: Span | null };

export function buildClaims(text: string, specs: readonly ClaimSpec[], registry: Registry): BuiltClaim[] {
  return specs.map((spec, i) => {
    const from = spec.from ?? 0;
    const cue = find(text, spec.cue, from);
    const entryRef = spec.registry ? registry.byId(spec.registry) : undefined;
    return {
      id: spec.id ?? `c${i + 1}`,
      cue,
      source: spec.source ? find(text, spec.source, from) : null,
      content: spec.content ? find(text, spec.content, from) : null,
      sourceType: spec.sourceType ?? (spec.source ? "named" : "none"),
      resolvedSource: spec.resolvedSource ?? null,
      registry: entryRef ? { id: entryRef.id, name: entryRef.name, kind: entryRef.kind } : null,
      dateSpan: spec.date ? find(text, spec.date, from) : null,
      via: spec.via ?? null,
    };
  });
}

export interface CheckOptions {
  published?: string | null;
  modified?: string | null;
  registry?: Registry;
}

/** Runs the checks as analyse() does: article dates, claim dates, then every check. */
export function check(text: string, specs: readonly ClaimSpec[], options: CheckOptions = {}): { findings: Finding[]; claims: Claim[] } {
  const registry = options.registry ?? testRegistry();
  const meta = { ...emptyPageMeta(), meta: options.modified ? [{ key: "article:modified_time", content: options.modified }] : [] };
  const dates = resolveArticleDates(meta, options.published ?? null, text);
  const reference = dates.published ?? dates.notBefore;
  const claims: Claim[] = buildClaims(text, specs, registry).map(({ dateSpan, ...rest }) => ({
    ...rest,
    date: resolveClaimDate({ ...rest, date: dateSpan }, reference, text),
  }));
  const article = { title: null, url: null, published: dates.published, publishedFrom: dates.publishedFrom };
  return { findings: runChecks({ text, claims, article, registry, dates }), claims };
}

export function ofKind(findings: readonly Finding[], kind: string): Finding[] {
  return findings.filter((finding) => finding.kind === kind);
}
