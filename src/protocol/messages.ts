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

export const PageScannedSchema = z.object({
  type: z.literal("page-scanned"),
  text: z.string().max(MAX_TEXT_CHARS),
  claims: z.array(ExtractedClaimSchema).max(MAX_CLAIMS),
  meta: PageMetaSchema,
  /** Sent by the content script itself after the article changed, not asked for by the user. */
  rescan: z.boolean().optional(),
});
export type PageScanned = z.infer<typeof PageScannedSchema>;

export const PageScanFailedSchema = z.object({ type: z.literal("page-scan-failed"), error: z.string().max(1000) });

/** The page has no article (a home page, a form): nothing is highlighted or stored. */
export const PageNoArticleSchema = z.object({ type: z.literal("page-no-article") });

export const ContentToBackgroundSchema = z.discriminatedUnion("type", [PageScannedSchema, PageScanFailedSchema, PageNoArticleSchema]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

/** The reply to page-scanned: the analysed report, and how to show it. */
export const ScanResultSchema = z.object({ report: ReportSchema, highlight: HighlightOptionsSchema });
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
  /** Per scan: total work, longest slice, chunks extracted and reused, highlights painted. */
  last: z
    .object({ kind: z.string(), totalMs: z.number(), longestSliceMs: z.number(), chunks: z.number(), reused: z.number(), highlights: z.number(), elapsedMs: z.number() })
    .nullable(),
});
export type ScanStats = z.infer<typeof ScanStatsSchema>;
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;
