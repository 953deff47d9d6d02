/**
 * The background's message handling: validates every message, extracts and analyses the article
 * text content scripts send (off the page's main thread, re-extracting only changed chunks),
 * keeps the per-tab state and badge, and relays the popup's requests to pages.
 * It is given a Platform, so unit tests drive it with a fake browser.
 */
import { analyse } from "../core/analyse";
import type { Registry } from "../core/registry";
import type { MessageSender, Platform } from "../platform/types";
import {
  BackgroundToContentSchema,
  ContentToBackgroundSchema,
  UiToBackgroundSchema,
  type BackgroundToContent,
  type HighlightOptions,
  type PageTextMessage,
  type ScanResult,
  type TabState,
  type UiToBackground,
} from "../protocol/messages";
import { fail, ok, ReplyError, replySchema, type Reply } from "../protocol/reply";
import { failureMessage, isTabGoneError, TAB_CLOSED } from "./failure-message";
import { parseSettings, SETTINGS_KEY, type Settings } from "../protocol/settings";
import { applyScanning } from "./auto-scan";
import { badgeFor } from "./badge";
import { isRestrictedError } from "./restricted";
import { ScanWaiter } from "./scan-waiter";
import { classifySender } from "./senders";
import { tabStore } from "./tab-store";
import { TabExtractions } from "./tab-extractions";
import type { ExtractedClaim } from "../core/extract/types";
import { createReviewHandlers } from "./review-handlers";
import { ReviewRequestSchema } from "../protocol/review-messages";
import { publisherOf } from "./publisher";
import type { RegistryLayers } from "./registry-layers";
import { registryRequests } from "./registry-requests";
import type { TeamFetch } from "../core/registry/team";
import { FINDINGS_KEY, FindingsSettingsSchema, parseStored, visibleFindings } from "../options/settings-schema";
import { z } from "zod";

export interface BackgroundOptions {
  registry: Registry;
  /** How long a scan may take before the popup is told it failed. */
  scanTimeoutMs?: number;
  now?: () => number;
  /** Bundled, team and user entries from storage: when given, matching uses them instead of `registry`. */
  layers?: RegistryLayers;
  /** The fetch for the team registry. */
  fetch?: TeamFetch;
  /** The claim extractor run on each changed chunk (tests count its calls); the core's by default. */
  extract?: (text: string) => ExtractedClaim[];
}

export interface Background {
  handle(message: unknown, sender: MessageSender): Promise<Reply<unknown>>;
  /** Scans a tab the user pointed at (popup Scan button, context menu). */
  scanTab(tabId: number): Promise<TabState>;
  /** The keyboard shortcut: scans a tab not scanned yet, else turns its highlights off or on. */
  toggleTab(tabId: number): Promise<TabState>;
  forgetTab(tabId: number): Promise<void>;
  /** The tab was closed: forgets it, and a scan still waiting for it fails now with a clear message. */
  tabClosed(tabId: number): Promise<void>;
  /** The review shortcuts: shows the next (1) or previous (-1) claim or finding in the page. */
  stepHighlight(tabId: number, direction: 1 | -1): Promise<boolean>;
  /** Fetches a set team registry again when its copy is more than a day old; failures are kept in its status. */
  refreshTeamIfStale(): Promise<void>;
}

const ContentReplySchema = replySchema(z.boolean());

/** A refused content-script message: the size limits say what was exceeded, anything else is just malformed. */
function malformedScanMessage(issues: readonly { code: string; message: string }[]): string {
  const limit = issues.find((issue) => issue.code === "too_big" || issue.code === "custom");
  return limit ? limit.message : "The page sent a malformed scan.";
}

function highlightOptions(settings: Settings): HighlightOptions {
  // "auto" is the content script's default, so only the exception travels.
  return settings.highlightMethod === "marks" ? { content: settings.highlightContent, method: "marks" } : { content: settings.highlightContent };
}

export function createBackground(platform: Platform, options: BackgroundOptions): Background {
  const store = tabStore(platform.session);
  const extractions = new TabExtractions(options.extract ? { extract: options.extract } : {});
  const waiter = new ScanWaiter(options.scanTimeoutMs ?? 20_000);
  const now = options.now ?? Date.now;
  const reviews = createReviewHandlers(platform, () => new Date(now()).toISOString());
  const registryRequest = options.layers ? registryRequests({ layers: options.layers, local: platform.local, fetch: options.fetch, now }) : null;

  async function handle(message: unknown, sender: MessageSender): Promise<Reply<unknown>> {
    try {
      const kind = classifySender(sender, platform);
      if (kind === "foreign") return fail("forbidden", "Messages are accepted only from Sourcelight itself.");
      if (kind === "content-script") {
        const tabId = sender.tabId!;
        const parsed = ContentToBackgroundSchema.safeParse(message);
        if (!parsed.success) {
          // Whoever waits for this tab's scan hears of it now rather than at the timeout.
          const error = new ReplyError("invalid", malformedScanMessage(parsed.error.issues));
          waiter.reject(tabId, error);
          return fail(error.code, error.message);
        }
        if (parsed.data.type === "page-scan-failed") {
          waiter.reject(tabId, new ReplyError("failed", parsed.data.error));
          return ok(null);
        }
        if (parsed.data.type === "page-no-article") {
          await pageWithoutArticle(tabId);
          return ok(null);
        }
        return ok(await pageText(tabId, parsed.data));
      }
      const review = ReviewRequestSchema.safeParse(message);
      if (review.success) return ok(await reviews.handle(review.data, async (tabId) => (await store.get(tabId))?.report ?? null));
      const parsed = UiToBackgroundSchema.safeParse(message);
      if (!parsed.success) return fail("invalid", "Malformed request.");
      return ok(await uiRequest(parsed.data));
    } catch (error) {
      if (error instanceof ReplyError) return fail(error.code, error.message);
      return fail("failed", failureMessage(error));
    }
  }

  async function pageText(tabId: number, scanned: PageTextMessage): Promise<ScanResult> {
    let extraction;
    try {
      extraction = extractions.run(tabId, scanned.base, scanned.pieces);
    } catch (error) {
      // A stale reference is answered so the page resends its text; whoever waits keeps waiting for that.
      if (!(error instanceof ReplyError && error.code === "stale")) waiter.reject(tabId, error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
    const { text, claims } = extraction;
    const registry = options.layers ? await options.layers.registry() : options.registry;
    const report = analyse(text, claims, scanned.meta, registry);
    const publisher = publisherOf(scanned.meta);
    // A rescan the page made on its own keeps the reader's choice of highlights on or off.
    const highlightsVisible = scanned.rescan ? ((await store.get(tabId))?.highlightsVisible ?? true) : true;
    const state: TabState = {
      report,
      url: scanned.meta.url,
      scannedAt: now(),
      highlightsVisible,
      ...(publisher ? { publisher } : {}),
      ...(text.trim() === "" ? { articleFound: false } : {}),
    };
    await store.set(tabId, state);
    // The badge counts only the finding kinds the user chose to see (options page).
    const shown = parseStored(FindingsSettingsSchema, await platform.local.get(FINDINGS_KEY));
    const badge = badgeFor({ ...report, findings: visibleFindings(report.findings, shown) });
    await platform.setBadge(tabId, badge.text, badge.colour);
    // Stored marks are re-attached to the new report; a review problem never fails the scan itself.
    await reviews.afterScan(tabId, report, { text, url: scanned.meta.url, canonicalUrl: scanned.meta.canonicalUrl }).catch(() => undefined);
    waiter.resolve(tabId, state);
    const settings = parseSettings(await platform.local.get(SETTINGS_KEY));
    return { report, highlight: highlightOptions(settings), scan: extraction.scan, chunks: extraction.chunks, reused: extraction.reused };
  }

  /** Nothing to show: forget any earlier article of this tab (a single-page site navigated away from it). */
  async function pageWithoutArticle(tabId: number): Promise<void> {
    extractions.forget(tabId);
    await store.remove(tabId);
    await platform.setBadge(tabId, "", null);
    waiter.reject(tabId, new ReplyError("no-article", "No article was found on this page."));
  }

  async function uiRequest(request: UiToBackground): Promise<unknown> {
    switch (request.type) {
      case "get-tab-state":
        return store.get(request.tabId);
      case "scan-tab":
        return scanTab(request.tabId);
      case "reveal-claim":
        return sendToContent(request.tabId, { type: "reveal", claimId: request.claimId });
      case "set-highlights":
        return setHighlights(request.tabId, request.visible);
      case "scanning/apply":
        return applyScanning(platform);
      default:
        if (!registryRequest) throw new ReplyError("failed", "The registry is not available here.");
        return registryRequest.handle(request);
    }
  }

  async function scanTab(tabId: number): Promise<TabState> {
    const result = waiter.wait(tabId);
    try {
      await platform.injectContentScript(tabId);
    } catch (error) {
      const code = isRestrictedError(error) ? "restricted" : "failed";
      const text = isTabGoneError(error) ? TAB_CLOSED : error instanceof Error ? error.message : String(error);
      waiter.reject(tabId, new ReplyError(code, text));
    }
    return result;
  }

  async function setHighlights(tabId: number, visible: boolean): Promise<TabState> {
    const state = await store.get(tabId);
    if (!state) throw new ReplyError("invalid", "This tab has not been scanned.");
    const settings = parseSettings(await platform.local.get(SETTINGS_KEY));
    await sendToContent(
      tabId,
      visible ? { type: "highlight", report: state.report, highlight: highlightOptions(settings) } : { type: "clear" },
    );
    const updated = { ...state, highlightsVisible: visible };
    await store.set(tabId, updated);
    return updated;
  }

  async function sendToContent(tabId: number, message: BackgroundToContent): Promise<boolean> {
    BackgroundToContentSchema.parse(message);
    let raw: unknown;
    try {
      raw = await platform.sendToTab(tabId, message);
    } catch {
      throw new ReplyError("failed", "The page is no longer there; scan it again.");
    }
    const reply = ContentReplySchema.safeParse(raw);
    if (!reply.success) throw new ReplyError("failed", "The page gave no valid answer.");
    if (!reply.data.ok) throw new ReplyError(reply.data.code, reply.data.error);
    return reply.data.value;
  }

  async function toggleTab(tabId: number): Promise<TabState> {
    const state = await store.get(tabId);
    return state ? setHighlights(tabId, !state.highlightsVisible) : scanTab(tabId);
  }

  async function forgetTab(tabId: number): Promise<void> {
    extractions.forget(tabId);
    await store.remove(tabId);
    await reviews.forgetTab(tabId);
  }

  /** The tab was closed: its results go, and a scan still waiting for it ends now rather than at the time-out. */
  async function tabClosed(tabId: number): Promise<void> {
    waiter.reject(tabId, new ReplyError("failed", TAB_CLOSED));
    await forgetTab(tabId);
  }

  async function stepHighlight(tabId: number, direction: 1 | -1): Promise<boolean> {
    const stepped = await reviews.step(tabId, direction, async (id) => (await store.get(id))?.report ?? null);
    return stepped?.claimId ? sendToContent(tabId, { type: "reveal", claimId: stepped.claimId }) : false;
  }

  const refreshTeamIfStale = async () => registryRequest?.refreshTeamIfStale();

  return { handle, scanTab, toggleTab, forgetTab, tabClosed, stepHighlight, refreshTeamIfStale };
}
