/**
 * The report contract: what a scan produces, what the CLI prints with --format json, what the
 * background keeps per tab and what the popup shows. Later features extend it but never break it.
 * The zod schemas are the single source of truth; the types are inferred from them.
 */
import { z } from "zod";

/** A stretch of the scanned plain text. Offsets are JavaScript string indices; `text` = text.slice(start, end). */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof SpanSchema>;

export const SourceTypeSchema = z.enum(["named", "nominal", "pronoun", "vague", "none"]);
export type SourceType = z.infer<typeof SourceTypeSchema>;

/** A calendar value at the granularity the text gives: a day, a month or a year. */
export const DateValueSchema = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);

export const ClaimDateSchema = SpanSchema.extend({ value: DateValueSchema });
export type ClaimDate = z.infer<typeof ClaimDateSchema>;

export const RegistryRefSchema = z.object({ id: z.string(), name: z.string(), kind: z.string() });
export type RegistryRef = z.infer<typeof RegistryRefSchema>;

export const ClaimSchema = z.object({
  id: z.string(),
  cue: SpanSchema,
  source: SpanSchema.nullable(),
  content: SpanSchema.nullable(),
  sourceType: SourceTypeSchema,
  /** For a pronoun or a nominal source ("the newspaper"): the name it stands for. */
  resolvedSource: z.string().nullable(),
  registry: RegistryRefSchema.nullable(),
  date: ClaimDateSchema.nullable(),
  /**
   * For a claim relayed through another ("Bloomberg reported, citing European assessments" gives
   * two claims): the inner claim's link to the id of the claim that relays it.
   */
  via: z.string().nullable(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const SeveritySchema = z.enum(["info", "warning", "error"]);
export type Severity = z.infer<typeof SeveritySchema>;

export const FindingSchema = z.object({
  id: z.string(),
  /** Stable machine name, e.g. "date-mismatch", "vague-source". */
  kind: z.string(),
  severity: SeveritySchema,
  /** One sentence a reader understands. */
  message: z.string(),
  claimIds: z.array(z.string()),
  spans: z.array(SpanSchema),
});
export type Finding = z.infer<typeof FindingSchema>;

export const ArticleSchema = z.object({
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Where the publication date came from, e.g. "json-ld", "meta:article:published_time", "option". */
  publishedFrom: z.string().nullable(),
  /** When the page says it was last modified (YYYY-MM-DD), and where that came from. */
  modified: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
  modifiedFrom: z.string().nullable().optional(),
  /** Without a publication date: the latest date the text states, which relative dates were read against. */
  publishedNotBefore: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

export const ReportSchema = z.object({
  article: ArticleSchema,
  text: z.string().optional(),
  claims: z.array(ClaimSchema),
  findings: z.array(FindingSchema),
});
export type Report = z.infer<typeof ReportSchema>;

/** Builds a span from the text so that `span.text` always equals `text.slice(start, end)`. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
