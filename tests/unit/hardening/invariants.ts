/**
 * What must hold for any input, however hostile: spans inside the text and consistent with it,
 * never splitting a surrogate pair, unique ids, findings that point at existing claims, a report
 * that validates. Each check throws an Error that names the broken rule, so that fast-check prints
 * it next to the counterexample.
 */
import type { ExtractedClaim } from "../../../src/core/extract/types";
import { ReportSchema, type Report } from "../../../src/core/report";
import { BUG_EXTRACT_SPLITS_SURROGATE_PAIRS } from "./known-bugs";

export interface SpanLike {
  start: number;
  end: number;
  text: string;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair of `text`. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** The string has no lone surrogate (String.prototype.isWellFormed, which ES2022 typings lack). */
export function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHigh(code)) {
      if (!isLow(text.charCodeAt(i + 1))) return false;
      i++;
    } else if (isLow(code)) return false;
  }
  return true;
}

export function fail(rule: string, detail: unknown): never {
  throw new Error(`${rule}: ${JSON.stringify(detail)}`);
}

/** A span of `text`: integer offsets, in range, `text` equal to the slice, no surrogate pair split. */
export function checkSpan(text: string, span: SpanLike, where: string, options: { allowEmpty?: boolean; pairs?: boolean } = {}): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail(`${where}: offsets are not integers`, span);
  if (!(0 <= start && start <= end && end <= text.length)) fail(`${where}: offsets out of range (text length ${text.length})`, span);
  if (!options.allowEmpty && start === end) fail(`${where}: empty span`, span);
  if (text.slice(start, end) !== span.text) fail(`${where}: span text differs from text.slice(start, end) = ${JSON.stringify(text.slice(start, end))}`, span);
  if (options.pairs === false) return;
  if (splitsPair(text, start)) fail(`${where}: start splits a surrogate pair`, span);
  if (splitsPair(text, end)) fail(`${where}: end splits a surrogate pair`, span);
}

function checkUnique(ids: readonly string[], where: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) fail(`${where}: duplicate id`, id);
    seen.add(id);
  }
}

/** Claim and finding spans: the surrogate-pair rule is off while BUG-1 (known-bugs.ts) is open. */
const claimSpanOptions = { pairs: !BUG_EXTRACT_SPLITS_SURROGATE_PAIRS };

/** The claims of extractClaims (before registry and date resolution). */
export function checkExtracted(text: string, claims: readonly ExtractedClaim[], options = claimSpanOptions): void {
  checkUnique(claims.map((c) => c.id), "claims");
  const ids = new Set(claims.map((c) => c.id));
  for (const claim of claims) {
    const where = `claim ${claim.id}`;
    checkSpan(text, claim.cue, `${where}.cue`, options);
    if (claim.source) checkSpan(text, claim.source, `${where}.source`, options);
    if (claim.content) checkSpan(text, claim.content, `${where}.content`, options);
    if (claim.date) checkSpan(text, claim.date, `${where}.date`, options);
    if (claim.via !== null && (!ids.has(claim.via) || claim.via === claim.id)) fail(`${where}.via names no other claim`, claim.via);
  }
}

/** A whole report: schema, spans, ids, references. */
export function checkReport(text: string, report: Report): void {
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) fail("report does not validate with ReportSchema", parsed.error.issues.slice(0, 3));
  checkExtracted(text, report.claims.map((claim) => ({ ...claim, date: claim.date })));
  for (const claim of report.claims) {
    if (claim.date && !/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/.test(claim.date.value))
      fail(`claim ${claim.id}.date.value is not a calendar value`, claim.date);
  }
  checkUnique(report.findings.map((f) => f.id), "findings");
  const ids = new Set(report.claims.map((c) => c.id));
  for (const finding of report.findings) {
    for (const id of finding.claimIds) if (!ids.has(id)) fail(`finding ${finding.id} names a missing claim`, id);
    finding.spans.forEach((span, i) => checkSpan(text, span, `finding ${finding.id}.spans[${i}]`, claimSpanOptions));
  }
  if (report.text !== undefined && report.text !== text) fail("report.text differs from the scanned text", report.text.length);
}
