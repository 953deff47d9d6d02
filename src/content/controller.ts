/**
 * The content script's work: extract the article text and claims, hand them to the background,
 * highlight what comes back, and follow the background's highlight/reveal/clear requests.
 */
import { extractClaims } from "../core/extract";
import type { PageText } from "../page";
import type { MessageSender, Platform } from "../platform/types";
import { BackgroundToContentSchema, ScanResultSchema, type BackgroundToContent } from "../protocol/messages";
import { fail, ok, replySchema, type Reply } from "../protocol/reply";
import { Highlighter } from "./highlighter";
import { readPage } from "./page-reader";

const ScanReplySchema = replySchema(ScanResultSchema);

export class ContentController {
  private readonly highlighter: Highlighter;
  /** The text and map of the last scan: every offset the background sends refers to this text. */
  private scanned: PageText | null = null;

  constructor(
    private readonly platform: Platform,
    private readonly doc: Document,
  ) {
    this.highlighter = new Highlighter(doc);
  }

  listen(): void {
    this.platform.onMessage((message, sender) => this.onMessage(message, sender));
  }

  /** Extracts, sends and highlights; problems are reported to the background, which tells the popup. */
  async scan(): Promise<void> {
    this.highlighter.clear();
    try {
      const { page, meta } = readPage(this.doc);
      const claims = extractClaims(page.text);
      this.scanned = page;
      const reply = ScanReplySchema.parse(
        await this.platform.sendToBackground({ type: "page-scanned", text: page.text, claims, meta }),
      );
      if (reply.ok) this.highlighter.apply(reply.value.report, page.map, reply.value.highlight);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await this.platform.sendToBackground({ type: "page-scan-failed", error: message.slice(0, 1000) }).catch(() => undefined);
    }
  }

  private onMessage(message: unknown, sender: MessageSender): Promise<Reply<boolean>> | undefined {
    if (sender.id !== this.platform.extensionId) return undefined;
    const parsed = BackgroundToContentSchema.safeParse(message);
    if (!parsed.success) return undefined;
    return Promise.resolve(this.handle(parsed.data));
  }

  private handle(request: BackgroundToContent): Reply<boolean> {
    switch (request.type) {
      case "reveal":
        return ok(this.highlighter.reveal(request.claimId));
      case "clear":
        this.highlighter.clear();
        return ok(true);
      case "highlight": {
        if (!this.scanned) return fail("invalid", "This page has not been scanned.");
        this.highlighter.clear();
        // After a clear the DOM is as scanned, so a fresh read must give the same text.
        const { page } = readPage(this.doc);
        if (page.text !== this.scanned.text) return fail("failed", "The page has changed since it was scanned; scan it again.");
        this.scanned = page;
        this.highlighter.apply(request.report, page.map, request.highlight);
        return ok(true);
      }
    }
  }
}
