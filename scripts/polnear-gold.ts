/**
 * PolNeAR's annotated attributions as extracted claims: they stand in for a near-perfect extractor,
 * so the checks' warning rate can be measured apart from the extractor's mistakes.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { vaguenessOf } from "../src/core/checks/vagueness";
import { findPeriods } from "../src/core/dates/periods";
import type { ExtractedClaim } from "../src/core/extract/types";
import { spanOf, type SourceType, type Span } from "../src/core/report";

const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you", "his", "her", "their"]);

/** The claims annotated for one article (the first annotator's file in sorted order), or null. */
export function goldClaims(attributionsDir: string, stem: string, text: string, published: string | null): ExtractedClaim[] | null {
  if (!existsSync(attributionsDir)) return null;
  const file = readdirSync(attributionsDir).filter((f) => f.startsWith(`${stem}_`) && f.endsWith(".ann")).sort()[0];
  if (!file) return null;
  const spans = new Map<string, Span[]>();
  const relations: Array<Record<string, string>> = [];
  for (const line of readFileSync(join(attributionsDir, file), "utf8").split("\n")) {
    const [id, body] = line.split("\t");
    if (!id || !body) continue;
    if (id.startsWith("T")) {
      const ranges = body.slice(body.indexOf(" ") + 1);
      spans.set(id, ranges.split(";").map((range) => {
        const [start, end] = range.trim().split(" ").map(Number);
        return spanOf(text, start!, end!);
      }));
    } else if (id.startsWith("E")) {
      relations.push(Object.fromEntries(body.split(" ").map((part) => part.split(":") as [string, string])));
    }
  }
  const claims: ExtractedClaim[] = [];
  for (const relation of relations) {
    const cue = spans.get(relation["Cue"] ?? "")?.[0];
    if (!cue) continue;
    const source = spans.get(relation["Source"] ?? "")?.[0] ?? null;
    const contentParts = spans.get(relation["Content"] ?? "") ?? [];
    const content = contentParts[0] ?? null;
    claims.push({
      id: `g${claims.length + 1}`,
      cue,
      source,
      content,
      sourceType: sourceTypeOf(source),
      resolvedSource: null,
      date: attributionDate(text, cue, source, content, published),
      via: null,
    });
  }
  return claims;
}

function sourceTypeOf(source: Span | null): SourceType {
  if (!source) return "none";
  if (PRONOUNS.has(source.text.toLowerCase())) return "pronoun";
  if (vaguenessOf(source.text)) return "vague";
  return /^[A-Z]/.test(source.text) && !/^The [a-z]/.test(source.text) ? "named" : "nominal";
}

/** A date expression next to the cue or source and outside the content: "said on Tuesday". */
function attributionDate(text: string, cue: Span, source: Span | null, content: Span | null, published: string | null): Span | null {
  const from = Math.max(0, Math.min(cue.start, source?.start ?? cue.start) - 60);
  const to = Math.min(text.length, Math.max(cue.end, source?.end ?? cue.end) + 60);
  const lineStart = text.lastIndexOf("\n", cue.start) + 1;
  const lineEnd = text.indexOf("\n", cue.end);
  const range = { start: Math.max(from, lineStart), end: Math.min(to, lineEnd === -1 ? text.length : lineEnd) };
  for (const period of findPeriods(text, published, range)) {
    if (content && period.span.start >= content.start && period.span.end <= content.end) continue;
    const near = Math.min(Math.abs(period.span.start - cue.end), Math.abs(cue.start - period.span.end));
    if (near <= 25) return period.span;
  }
  return null;
}
