/**
 * The background's extraction of page text, with a per-tab cache of each chunk's claims: a page's
 * rescan (a live blog's new post) sends its unchanged chunks by reference and only the changed
 * ones are extracted again. The cache lives in the worker's memory only: a restarted service
 * worker has lost it, and a page-text that refers to a scan it does not know is answered "stale"
 * so the page sends its whole text again. Few tabs are kept, least recently scanned dropped first.
 */
import { extractChunks } from "../core/extract/chunked";
import type { ExtractedClaim } from "../core/extract/types";
import { MAX_TEXT_CHARS, type TextPiece } from "../protocol/messages";
import { ReplyError } from "../protocol/reply";

/** Tabs whose chunks are kept; each holds at most a 2 MB text and its claims. */
export const MAX_CACHED_TABS = 8;

export interface TabExtraction {
  /** The whole text (the chunks joined): every offset in `claims` refers to it. */
  text: string;
  claims: ExtractedClaim[];
  /** Names this scan; the page's next page-text refers to it as `base`. */
  scan: string;
  chunks: number;
  reused: number;
}

interface CachedScan {
  scan: string;
  chunks: string[];
  claimsByChunk: Map<string, ExtractedClaim[]>;
}

export interface TabExtractionsOptions {
  extract?: (text: string) => ExtractedClaim[];
  maxTabs?: number;
}

export class TabExtractions {
  private readonly tabs = new Map<number, CachedScan>();
  /** Differs between worker lifetimes, so a scan name from before a restart is never taken for a new one. */
  private readonly lifetime = Math.random().toString(36).slice(2, 10);
  private counter = 0;

  constructor(private readonly options: TabExtractionsOptions = {}) {}

  /** Extracts the tab's text from `pieces`; throws a "stale" ReplyError when `base` is not the tab's cached scan. */
  run(tabId: number, base: string | null, pieces: readonly TextPiece[]): TabExtraction {
    const cached = this.tabs.get(tabId);
    const hasReferences = pieces.some((piece) => typeof piece !== "string");
    if (hasReferences && (base === null || !cached || cached.scan !== base)) {
      throw new ReplyError("stale", "The background no longer holds this page's earlier scan; send the whole text.");
    }
    const chunks = pieces.map((piece) => {
      if (typeof piece === "string") return piece;
      const chunk = cached!.chunks[piece.same];
      if (chunk === undefined) throw new ReplyError("invalid", "The page referred to a chunk its earlier scan did not have.");
      return chunk;
    });
    const length = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    if (length > MAX_TEXT_CHARS) {
      throw new ReplyError("invalid", `This page is too long to scan (over ${MAX_TEXT_CHARS.toLocaleString("en")} characters of text).`);
    }
    const extraction = extractChunks(chunks, (chunk) => cached?.claimsByChunk.get(chunk), this.options.extract);
    const claimsByChunk = new Map<string, ExtractedClaim[]>();
    chunks.forEach((chunk, index) => claimsByChunk.set(chunk, extraction.perChunk[index]!));
    const scan = `${this.lifetime}-${++this.counter}`;
    // Re-inserting moves the tab to the end: the first key is the least recently scanned.
    this.tabs.delete(tabId);
    this.tabs.set(tabId, { scan, chunks, claimsByChunk });
    while (this.tabs.size > (this.options.maxTabs ?? MAX_CACHED_TABS)) this.tabs.delete(this.tabs.keys().next().value!);
    return { text: chunks.join(""), claims: extraction.claims, scan, chunks: chunks.length, reused: extraction.reused };
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  get cachedTabs(): number {
    return this.tabs.size;
  }
}
