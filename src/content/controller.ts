/**
 * The content script's work: find and read the article in short slices, send its text to the
 * background (which extracts and analyses it off the page's thread; unchanged chunks go by
 * reference), highlight what comes back, follow the background's highlight, reveal and clear
 * requests, and rescan (incrementally) when the article changes.
 */
import type { PageMeta } from "../core/page-meta";
import type { Report } from "../core/report";
import { chunkTexts } from "../core/text/chunks";
import type { PageText } from "../page";
import type { MessageSender, Platform } from "../platform/types";
import {
  BackgroundToContentSchema,
  MAX_TEXT_CHARS,
  ScanResultSchema,
  type BackgroundToContent,
  type HighlightOptions,
  type ScanStats,
  type TextPiece,
} from "../protocol/messages";
import { fail, ok, replySchema, type Reply } from "../protocol/reply";
import { ArticleWatcher } from "./article-watcher";
import { Highlighter, MARK_TAG } from "./highlighter";
import { UI_TAG } from "./hover-card";
import type { RescanKind } from "./mutation-batch";
import type { Painter } from "./painter";
import { findArticleInPageSteps, readArticleSteps, readMeta, readPage } from "./page-reader";
import { RangeHighlighter } from "./range-highlighter";
import { afterNextFrame, ScanAborted, WorkSlices } from "./work-slices";

const ScanReplySchema = replySchema(ScanResultSchema);

type ScanKind = "requested" | Exclude<RescanKind, "none">;

export class ContentController {
  private painter: Painter | null = null;
  /** The background's name for the last scan it answered, and that scan's chunks: unchanged chunks are sent by reference. */
  private sent: { scan: string; chunkIndex: Map<string, number> } | null = null;
  /** The text and map of the last scan: every offset the background sends refers to this text. */
  private scanned: PageText | null = null;
  /** Whether the reader wants highlights (the toggle); rescans respect it. */
  private visible = true;
  private readonly lifetime = new AbortController();
  private readonly watcher: ArticleWatcher;
  /** Each scan supersedes the one before: a slow scan's late answer is dropped. */
  private current: AbortController | null = null;
  private stats: ScanStats = { scans: 0, longestSliceMs: 0, longestSliceWas: "", slices: 0, last: null };

  constructor(
    private readonly platform: Platform,
    private readonly doc: Document,
  ) {
    this.watcher = new ArticleWatcher(doc, isOwnNode, (kind) => void this.scan(kind), this.lifetime.signal);
    // A page going away (or into the back/forward cache) stops all work; a page shown again from that cache rescans.
    doc.defaultView?.addEventListener("pagehide", () => this.stop(), { once: true });
  }

  listen(): void {
    this.platform.onMessage((message, sender) => this.onMessage(message, sender));
  }

  stop(): void {
    this.current?.abort();
    this.lifetime.abort();
  }

  /** Reads, extracts, sends and highlights; problems are reported to the background, which tells the popup. */
  async scan(kind: ScanKind = "requested"): Promise<void> {
    if (this.lifetime.signal.aborted) return;
    this.current?.abort();
    const scan = new AbortController();
    this.current = scan;
    const signal = AbortSignal.any([scan.signal, this.lifetime.signal]);
    const slices = new WorkSlices(signal);
    const started = performance.now();
    if (kind === "requested") this.visible = true;
    try {
      await afterNextFrame();
      // Wrappers split the page's text nodes: read the page as it is without them. (Ranges leave the DOM alone.)
      if (this.painter instanceof Highlighter && this.painter.active) await slices.run(() => this.paint(null), "clear");
      // An incremental rescan reads the same article root again; anything else looks for the article anew.
      const root = kind === "incremental" && this.scanned?.root.isConnected ? this.scanned.root : undefined;
      // Finding the article, reading it and reading the metadata are separate slices: each walks much of a big page.
      const articleRoot = root ?? (await slices.drive(findArticleInPageSteps(this.doc), "find"));
      const reading = {
        page: articleRoot ? await slices.drive(readArticleSteps(this.doc, articleRoot), "read") : null,
        meta: await slices.run(() => readMeta(this.doc), "meta"),
      };
      if (!reading.page) {
        await slices.run(() => this.paint(null), "clear");
        this.scanned = null;
        this.watcher.watch(null);
        await this.platform.sendToBackground({ type: "page-no-article" });
        return;
      }
      const { page, meta } = reading;
      if (page.text.length > MAX_TEXT_CHARS) {
        throw new Error(`This page is too long to scan (${page.text.length.toLocaleString("en")} characters of text).`);
      }
      const chunks = await slices.run(() => chunkTexts(page.text), "chunk");
      const reply = await this.sendText(chunks, meta, kind);
      if (signal.aborted) return;
      this.scanned = page;
      let highlights = 0;
      if (reply.ok && this.visible) highlights = await this.paintInSlices(reply.value.report, reply.value.highlight, slices);
      else if (this.visible) await slices.run(() => this.paint(null), "clear");
      this.watcher.watch(page.root);
      const { chunks: chunkCount, reused } = reply.ok ? reply.value : { chunks: chunks.length, reused: 0 };
      this.record(kind, slices, chunkCount, reused, highlights, performance.now() - started);
    } catch (error) {
      if (error instanceof ScanAborted || signal.aborted) return;
      const message = error instanceof Error ? error.message : String(error);
      this.stats = { ...this.stats, lastError: message.slice(0, 300) };
      await this.platform.sendToBackground({ type: "page-scan-failed", error: message.slice(0, 1000) }).catch(() => undefined);
    }
  }

  /**
   * Sends the article's chunks, those the background already holds by reference; a background
   * that lost them (a restarted service worker) answers "stale", and every chunk is sent again.
   */
  private async sendText(chunks: string[], meta: PageMeta, kind: ScanKind) {
    const send = async (sent: ContentController["sent"]) => {
      const pieces: TextPiece[] = chunks.map((chunk) => {
        const index = sent?.chunkIndex.get(chunk);
        return index === undefined ? chunk : { same: index };
      });
      const message = { type: "page-text", base: sent?.scan ?? null, pieces, meta, ...(kind === "requested" ? {} : { rescan: true }) };
      return ScanReplySchema.parse(await this.platform.sendToBackground(message));
    };
    let reply = await send(this.sent);
    if (!reply.ok && reply.code === "stale") reply = await send(null);
    if (reply.ok) this.sent = { scan: reply.value.scan, chunkIndex: new Map(chunks.map((chunk, index) => [chunk, index])) };
    return reply;
  }

  /** Clears the current highlights and, given a report, paints it; our DOM changes are hidden from the watcher. */
  private paint(what: { report: Report; options: HighlightOptions } | null): number {
    this.watcher.pause();
    try {
      this.painter?.clear();
      if (!what || !this.scanned) return 0;
      this.painter = this.painterFor(what.options);
      return this.painter.apply(what.report, this.scanned.map, what.options);
    } finally {
      this.watcher.resume();
    }
  }

  /** Ranges are painted a slice at a time (they do not touch the DOM); wrappers in one go, hidden from the watcher. */
  private async paintInSlices(report: Report, options: HighlightOptions, slices: WorkSlices): Promise<number> {
    const painter = this.painterFor(options);
    if (!(painter instanceof RangeHighlighter) || !this.scanned) return slices.run(() => this.paint({ report, options }), "paint");
    if (this.painter !== painter) await slices.run(() => this.paint(null), "clear");
    this.painter = painter;
    return painter.applyInSlices(report, this.scanned.map, options, slices);
  }

  private painterFor(options: HighlightOptions): Painter {
    const wantRanges = options.method !== "marks" && RangeHighlighter.supported(this.doc);
    if (this.painter && (this.painter instanceof RangeHighlighter) === wantRanges) return this.painter;
    return wantRanges ? new RangeHighlighter(this.doc) : new Highlighter(this.doc);
  }

  private record(kind: ScanKind, slices: WorkSlices, chunks: number, reused: number, highlights: number, elapsedMs: number): void {
    this.stats = {
      scans: this.stats.scans + 1,
      longestSliceMs: Math.max(this.stats.longestSliceMs, slices.longest),
      longestSliceWas: slices.longest >= this.stats.longestSliceMs ? slices.longestLabel : this.stats.longestSliceWas,
      slices: this.stats.slices + slices.durations.length,
      last: { kind, totalMs: slices.total, longestSliceMs: slices.longest, chunks, reused, highlights, elapsedMs, endedAt: performance.now() },
    };
  }

  private onMessage(message: unknown, sender: MessageSender): Promise<Reply<unknown>> | undefined {
    if (sender.id !== this.platform.extensionId) return undefined;
    const parsed = BackgroundToContentSchema.safeParse(message);
    if (!parsed.success) return undefined;
    return Promise.resolve(this.handle(parsed.data));
  }

  private handle(request: BackgroundToContent): Reply<unknown> {
    switch (request.type) {
      case "reveal":
        return ok(this.painter?.reveal(request.claimId) ?? false);
      case "clear":
        this.visible = false;
        this.paint(null);
        return ok(true);
      case "get-scan-stats":
        return ok(this.stats);
      case "highlight": {
        if (!this.scanned) return fail("invalid", "This page has not been scanned.");
        this.paint(null);
        // After a clear the DOM is as scanned, so a fresh read of the same root must give the same text.
        const reading = readPage(this.doc, this.scanned.root);
        if (!reading.page || reading.page.text !== this.scanned.text) return fail("failed", "The page has changed since it was scanned; scan it again.");
        this.scanned = reading.page;
        this.visible = true;
        this.paint({ report: request.report, options: request.highlight });
        return ok(true);
      }
    }
  }
}

/** Our highlight wrappers and the card's host: their comings and goings are not page changes. */
function isOwnNode(node: Node): boolean {
  const name = (node as Element).localName;
  return node.nodeType === 1 && (name === MARK_TAG || name === UI_TAG);
}
