/**
 * The message protocol: one zod schema per message and direction. Every receiver parses with
 * these before acting, and every reply is a Reply (./reply.ts) whose value schema is given here.
 */
import { z } from "zod";
import { PageMetaSchema } from "../core/page-meta";
import { ClaimSchema, ReportSchema, SpanSchema } from "../core/report";
import { RegistryRequestSchemas } from "./registry-messages";

/** Bounds that keep a hostile or runaway page from flooding the background. */
export const MAX_TEXT_CHARS = 2_000_000;
export const MAX_CLAIMS = 5_000;

const TabId = z.number().int().nonnegative();

export const ExtractedClaimSchema = ClaimSchema.omit({ registry: true, date: true }).extend({ date: SpanSchema.nullable() });

/** What the content script asks of highlighting, from the user's settings. */
export const HighlightOptionsSchema = z.object({
  content: z.boolean(),
  /** "auto": the CSS Custom Highlight API where the browser has it; "marks": always the <sourcelight-mark> wrappers. */
  method: z.enum(["auto", "marks"]).optional(),
});
export type HighlightOptions = z.infer<typeof HighlightOptionsSchema>;

// content script -> background

/** Most pieces a page-text message may hold: far above the chunks of a 2,000,000-character article. */
export const MAX_TEXT_PIECES = 50_000;

/** A piece of the article's text: new text, or the chunk at this index of the scan named by `base`. */
export const TextPieceSchema = z.union([z.string().max(MAX_TEXT_CHARS), z.object({ same: z.number().int().nonnegative() })]);
export type TextPiece = z.infer<typeof TextPieceSchema>;

/**
 * The article's text, for the background to extract and analyse: its chunks (core/text/chunks.ts) in
 * order, each either new text or a reference to a chunk of the last scan the background answered
 * (`base`). A background that no longer knows `base` (a restarted service worker) answers "stale"
 * and the content script sends every chunk as text.
 */
export const PageTextSchema = z.object({
  type: z.literal("page-text"),
  base: z.string().max(100).nullable(),
  pieces: z
    .array(TextPieceSchema)
    .max(MAX_TEXT_PIECES, `The page's text came in more than ${MAX_TEXT_PIECES.toLocaleString("en")} pieces.`)
    .refine((pieces) => newChars(pieces) <= MAX_TEXT_CHARS, `This page is too long to scan (over ${MAX_TEXT_CHARS.toLocaleString("en")} characters of text).`),
  meta: PageMetaSchema,
  /** Sent by the content script itself after the article changed, not asked for by the user. */
  rescan: z.boolean().optional(),
});
export type PageTextMessage = z.infer<typeof PageTextSchema>;

/** Characters of new text in a page-text message (references cost nothing to send). */
export function newChars(pieces: readonly TextPiece[]): number {
  let total = 0;
  for (const piece of pieces) if (typeof piece === "string") total += piece.length;
  return total;
}

export const PageScanFailedSchema = z.object({ type: z.literal("page-scan-failed"), error: z.string().max(1000) });

/** The page has no article (a home page, a form): nothing is highlighted or stored. */
export const PageNoArticleSchema = z.object({ type: z.literal("page-no-article") });

export const ContentToBackgroundSchema = z.discriminatedUnion("type", [PageTextSchema, PageScanFailedSchema, PageNoArticleSchema]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

/**
 * The reply to page-text: the analysed report, how to show it, the name of this scan (the next
 * page-text's `base`), and how many chunks were extracted and how many reused from the cache.
 */
export const ScanResultSchema = z.object({
  report: ReportSchema,
  highlight: HighlightOptionsSchema,
  scan: z.string().max(100),
  chunks: z.number().int().nonnegative(),
  reused: z.number().int().nonnegative(),
});
export type ScanResult = z.infer<typeof ScanResultSchema>;

// extension pages (popup) -> background

export const GetTabStateSchema = z.object({ type: z.literal("get-tab-state"), tabId: TabId });
export const ScanTabSchema = z.object({ type: z.literal("scan-tab"), tabId: TabId });
export const RevealClaimSchema = z.object({ type: z.literal("reveal-claim"), tabId: TabId, claimId: z.string().max(100) });
export const SetHighlightsSchema = z.object({ type: z.literal("set-highlights"), tabId: TabId, visible: z.boolean() });

/** Sent by the options page after storing settings.scanning (and obtaining the permission): answers a ScanningStatus. */
export const ApplyScanningSchema = z.object({ type: z.literal("scanning/apply") });

export const UiToBackgroundSchema = z.discriminatedUnion("type", [
  GetTabStateSchema,
  ScanTabSchema,
  RevealClaimSchema,
  SetHighlightsSchema,
  ...RegistryRequestSchemas,
  ApplyScanningSchema,
]);
export type UiToBackground = z.infer<typeof UiToBackgroundSchema>;

/** What the background keeps per tab (in storage.session) and gives the popup. */
export const TabStateSchema = z.object({
  report: ReportSchema,
  /** The page URL the report was made from. */
  url: z.string().nullable(),
  scannedAt: z.number(),
  highlightsVisible: z.boolean(),
  /** Who published the article (JSON-LD publisher, og:site_name), outside the report contract. */
  publisher: z.string().max(300).nullable().optional(),
  /** false when the page had no article text to read (set only then). */
  articleFound: z.boolean().optional(),
});
export type TabState = z.infer<typeof TabStateSchema>;

/** get-tab-state replies with the state or null (not scanned); scan-tab and set-highlights with the new state. */
export const MaybeTabStateSchema = TabStateSchema.nullable();

// background -> content script

export const HighlightSchema = z.object({ type: z.literal("highlight"), report: ReportSchema, highlight: HighlightOptionsSchema });
export const RevealSchema = z.object({ type: z.literal("reveal"), claimId: z.string().max(100) });
export const ClearSchema = z.object({ type: z.literal("clear") });
/** Asks the content script how long its work slices took (read by the browser tests). */
export const GetScanStatsSchema = z.object({ type: z.literal("get-scan-stats") });

export const BackgroundToContentSchema = z.discriminatedUnion("type", [HighlightSchema, RevealSchema, ClearSchema, GetScanStatsSchema]);

/** What get-scan-stats answers. */
export const ScanStatsSchema = z.object({
  scans: z.number(),
  /** The longest synchronous slice of content-script work since injection, in ms. */
  longestSliceMs: z.number(),
  /** What that slice was doing: read, extract, paint, clear. */
  longestSliceWas: z.string(),
  slices: z.number(),
  lastError: z.string().optional(),
  /** Per scan: total work, longest slice, chunks extracted and reused, highlights painted, and when it ended (page clock, for npm run bench:page). */
  last: z
    .object({
      kind: z.string(),
      totalMs: z.number(),
      longestSliceMs: z.number(),
      chunks: z.number(),
      reused: z.number(),
      highlights: z.number(),
      elapsedMs: z.number(),
      endedAt: z.number(),
    })
    .nullable(),
});
export type ScanStats = z.infer<typeof ScanStatsSchema>;
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;
