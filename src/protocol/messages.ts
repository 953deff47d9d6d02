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
export const HighlightOptionsSchema = z.object({ content: z.boolean() });
export type HighlightOptions = z.infer<typeof HighlightOptionsSchema>;

// content script -> background

export const PageScannedSchema = z.object({
  type: z.literal("page-scanned"),
  text: z.string().max(MAX_TEXT_CHARS),
  claims: z.array(ExtractedClaimSchema).max(MAX_CLAIMS),
  meta: PageMetaSchema,
});
export type PageScanned = z.infer<typeof PageScannedSchema>;

export const PageScanFailedSchema = z.object({ type: z.literal("page-scan-failed"), error: z.string().max(1000) });

export const ContentToBackgroundSchema = z.discriminatedUnion("type", [PageScannedSchema, PageScanFailedSchema]);
export type ContentToBackground = z.infer<typeof ContentToBackgroundSchema>;

/** The reply to page-scanned: the analysed report, and how to show it. */
export const ScanResultSchema = z.object({ report: ReportSchema, highlight: HighlightOptionsSchema });
export type ScanResult = z.infer<typeof ScanResultSchema>;

// extension pages (popup) -> background

export const GetTabStateSchema = z.object({ type: z.literal("get-tab-state"), tabId: TabId });
export const ScanTabSchema = z.object({ type: z.literal("scan-tab"), tabId: TabId });
export const RevealClaimSchema = z.object({ type: z.literal("reveal-claim"), tabId: TabId, claimId: z.string().max(100) });
export const SetHighlightsSchema = z.object({ type: z.literal("set-highlights"), tabId: TabId, visible: z.boolean() });

export const UiToBackgroundSchema = z.discriminatedUnion("type", [
  GetTabStateSchema,
  ScanTabSchema,
  RevealClaimSchema,
  SetHighlightsSchema,
  ...RegistryRequestSchemas,
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

export const BackgroundToContentSchema = z.discriminatedUnion("type", [HighlightSchema, RevealSchema, ClearSchema]);
export type BackgroundToContent = z.infer<typeof BackgroundToContentSchema>;
