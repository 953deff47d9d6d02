/**
 * Highlights with the CSS Custom Highlight API: ranges registered in CSS.highlights and painted by
 * ::highlight() rules in a constructed stylesheet that names only our highlights. The page's DOM
 * is never touched; clearing unregisters the ranges and un-adopts the sheet. With no elements to
 * hover, the card follows the pointer by hit-testing the caret position against our ranges.
 */
import type { Report } from "../core/report";
import type { NodePiece, TextMap } from "../page/text-map";
import { afterScrollSettles } from "./after-scroll";
import { cardInfo } from "./card-info";
import { CLAIM_STATUSES, claimStatus, claimsWithFindings, type ClaimStatus } from "./claim-status";
import { HighlightBook, highlightEnvironment, shardNames } from "./highlight-book";
import { type HighlightTheme, type PaintColours, pageTheme } from "./highlight-theme";
import { HoverCard } from "./hover-card";
import { markParts, type MarkPart, type PartKind } from "./mark-parts";
import type { Painter } from "./painter";
import type { WorkSlices } from "./work-slices";

export const HIGHLIGHT_PREFIX = "sourcelight";
const FLASH_NAME = `${HIGHLIGHT_PREFIX}-flash`;
const FLASH_MS = 1600;
const PART_KINDS: readonly PartKind[] = ["cue", "source", "content"];
/** Ranges are made back to back until a slice has run this long. */
const SLICE_BUDGET_MS = 12;

type NamedPart = MarkPart & { name: string };

export function highlightName(kind: PartKind, status: ClaimStatus): string {
  return `${HIGHLIGHT_PREFIX}-${kind}-${status}`;
}

/** The underline tells the status: registry match, unknown source, vague source, or a finding (in the chosen colour). */
function decoration(status: ClaimStatus, colours: PaintColours): string {
  const styles: Record<ClaimStatus, string> = {
    matched: "underline solid 2px #1a7f37",
    unknown: "underline dotted 2px #57606a",
    vague: "underline wavy 1px #a15c00",
    finding: `underline dashed 2px ${colours.finding}`,
  };
  return styles[status];
}

/**
 * Rules built from constants and the theme's colours (which the appearance schema let through only
 * as #rrggbb): no page text ever reaches the stylesheet.
 */
export function highlightRules(colours: PaintColours): string {
  const rules: string[] = [];
  for (const kind of PART_KINDS) {
    for (const status of CLAIM_STATUSES) {
      const underline = kind === "content" ? "" : ` text-decoration: ${decoration(status, colours)};`;
      const style = `{ background-color: ${colours[kind]};${underline} }`;
      const [name, ...shards] = shardNames(highlightName(kind, status));
      rules.push(`::highlight(${name}) ${style}`);
      // The further shards of a name with many ranges (highlight-book.ts) look the same.
      rules.push(`${shards.map((shard) => `::highlight(${shard})`).join(", ")} ${style}`);
    }
  }
  rules.push(`::highlight(${FLASH_NAME}) { background-color: rgba(255, 140, 0, 0.6); }`);
  return rules.join("\n");
}

interface Placed {
  piece: NodePiece;
  /** Static: live Ranges would be updated on every DOM change the page makes, thousands of them at a time. */
  range: AbstractRange;
  claimId: string;
  kind: PartKind;
}

/** A document or shadow root we adopted our sheet into. */
type StyleScope = Document | ShadowRoot;

export class RangeHighlighter implements Painter {
  private placed: Placed[] = [];
  /** Our pieces per text node, for hit-testing the caret under the pointer. */
  private byNode = new Map<Text, Placed[]>();
  private books = new Map<Document, HighlightBook>();
  private sheets = new Map<StyleScope, CSSStyleSheet>();
  private report: Report | null = null;
  private readonly card: HoverCard;
  private shownClaim: string | null = null;
  private pointerFrame = 0;
  private lastPointer: { x: number; y: number } | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners: [string, (event: Event) => void][];
  private stopFollowingTheme: (() => void) | null = null;
  private cancelRevealCard: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly theme: HighlightTheme = pageTheme,
  ) {
    this.card = new HoverCard(doc);
    this.listeners = [
      ["pointermove", (event) => this.onPointer(event as PointerEvent)],
      ["scroll", () => this.hideCard()],
      ["keydown", (event) => (event as KeyboardEvent).key === "Escape" && this.hideCard()],
    ];
  }

  /** True where the browser has the API (Chrome 105+, Firefox 140+, Safari 17.2+). */
  static supported(doc: Document): boolean {
    return highlightEnvironment(doc) !== null && typeof doc.defaultView?.CSSStyleSheet === "function";
  }

  get active(): boolean {
    return this.placed.length > 0;
  }

  apply(report: Report, map: TextMap, options: { content: boolean }): number {
    const parts = this.begin(report, options);
    this.place(parts, 0, parts.length, map);
    return this.finish(report);
  }

  /**
   * The same as apply, as a series of slices of at most about SLICE_BUDGET_MS each: a big article
   * has thousands of parts, and making their ranges in one go would hold the main thread too long.
   */
  async applyInSlices(report: Report, map: TextMap, options: { content: boolean }, slices: WorkSlices): Promise<number> {
    const parts = await slices.run(() => this.begin(report, options), "paint");
    let next = 0;
    while (next < parts.length) {
      await slices.run(() => {
        const started = performance.now();
        do next = this.place(parts, next, Math.min(parts.length, next + 25), map);
        while (next < parts.length && performance.now() - started < SLICE_BUDGET_MS);
      }, "paint");
    }
    // One highlight name per slice: the browser's work on registering thousands of ranges is ours too.
    for (const book of this.books.values()) while (await slices.run(() => book.commitOne(), "register"));
    return slices.run(() => this.finish(report), "paint");
  }

  private begin(report: Report, options: { content: boolean }): NamedPart[] {
    this.clear();
    const withFindings = claimsWithFindings(report);
    const statusOf = new Map(report.claims.map((claim) => [claim.id, claimStatus(claim, withFindings)]));
    return markParts(report, options).map((part) => ({ ...part, name: highlightName(part.kind, statusOf.get(part.claimId) ?? "unknown") }));
  }

  /** Makes the ranges of parts [from, to); returns `to`. */
  private place(parts: NamedPart[], from: number, to: number, map: TextMap): number {
    for (let i = from; i < to; i++) {
      const part = parts[i]!;
      for (const piece of map.piecesFor(part.start, part.end)) {
        if (!piece.node.isConnected || piece.end > piece.node.length) continue;
        const book = this.bookFor(piece.node.ownerDocument);
        if (!book) continue;
        const range = staticRange(piece);
        book.add(part.name, range);
        this.adoptSheet(piece.node);
        const placed: Placed = { piece, range, claimId: part.claimId, kind: part.kind };
        this.placed.push(placed);
        const list = this.byNode.get(piece.node);
        if (list) list.push(placed);
        else this.byNode.set(piece.node, [placed]);
      }
    }
    return to;
  }

  private finish(report: Report): number {
    for (const book of this.books.values()) book.commit();
    this.report = report;
    for (const [type, listener] of this.listeners) this.doc.addEventListener(type, listener, { capture: true, passive: true });
    // New colours from the options page repaint what is shown: only our sheets' text changes.
    this.stopFollowingTheme = this.theme.subscribe((colours) => {
      for (const sheet of this.sheets.values()) sheet.replaceSync(highlightRules(colours));
    });
    return this.placed.length;
  }

  clear(): void {
    for (const [type, listener] of this.listeners) this.doc.removeEventListener(type, listener, { capture: true });
    this.stopFollowingTheme?.();
    this.stopFollowingTheme = null;
    this.cancelRevealCard?.();
    this.cancelRevealCard = null;
    this.hideCard();
    if (this.pointerFrame) this.doc.defaultView?.cancelAnimationFrame(this.pointerFrame);
    this.pointerFrame = 0;
    if (this.flashTimer) clearTimeout(this.flashTimer);
    this.flashTimer = null;
    for (const book of this.books.values()) book.clear();
    for (const [scope, sheet] of this.sheets) scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    this.books.clear();
    this.sheets.clear();
    this.placed = [];
    this.byNode.clear();
    this.report = null;
  }

  reveal(claimId: string): boolean {
    const ranges = this.placed.filter((placed) => placed.claimId === claimId && placed.piece.node.isConnected);
    const target = ranges.find((placed) => placed.kind !== "content") ?? ranges[0];
    if (!target) return false;
    const smooth =
      this.doc.visibilityState === "visible" && !this.doc.defaultView?.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    target.piece.node.parentElement?.scrollIntoView?.({ block: "center", inline: "nearest", behavior: smooth ? "smooth" : "auto" });
    const book = this.bookFor(target.piece.node.ownerDocument);
    if (book) {
      book.remove(FLASH_NAME);
      for (const placed of ranges) book.add(FLASH_NAME, placed.range);
      book.commit();
      if (this.flashTimer) clearTimeout(this.flashTimer);
      this.flashTimer = setTimeout(() => book.remove(FLASH_NAME), FLASH_MS);
    }
    // A claim reached from the popup or the next/previous keys gets its card, as if it were hovered.
    this.cancelRevealCard?.();
    this.cancelRevealCard = afterScrollSettles(this.doc, () => {
      this.cancelRevealCard = null;
      const info = this.report && target.piece.node.isConnected ? cardInfo(this.report, claimId) : null;
      if (!info) return;
      this.card.show(liveRange(target.piece), info);
      this.shownClaim = claimId;
    });
    return true;
  }

  /** The claim and part under a viewport point, if it is one of ours (exposed for tests). */
  hitTest(x: number, y: number): Placed | null {
    const caret = caretAt(this.doc, x, y);
    if (!caret || caret.node.nodeType !== 3) return null;
    for (const placed of this.byNode.get(caret.node as Text) ?? []) {
      if (caret.offset < placed.piece.start || caret.offset > placed.piece.end) continue;
      // The caret snaps to the nearest character: confirm the point is really on the range's boxes.
      for (const box of Array.from(liveRange(placed.piece).getClientRects())) {
        if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return placed;
      }
    }
    return null;
  }

  /** Hit-tests at most once per frame, however fast the pointer moves. */
  private onPointer(event: PointerEvent): void {
    this.lastPointer = { x: event.clientX, y: event.clientY };
    if (this.pointerFrame) return;
    const view = this.doc.defaultView;
    if (!view) return;
    this.pointerFrame = view.requestAnimationFrame(() => {
      this.pointerFrame = 0;
      const point = this.lastPointer;
      const hit = point ? this.hitTest(point.x, point.y) : null;
      if (!hit) return this.hideCard();
      if (hit.claimId === this.shownClaim) return;
      const info = this.report ? cardInfo(this.report, hit.claimId) : null;
      if (!info) return;
      this.card.show(liveRange(hit.piece), info);
      this.shownClaim = hit.claimId;
    });
  }

  private hideCard(): void {
    this.card.hide();
    this.shownClaim = null;
  }

  private bookFor(doc: Document): HighlightBook | null {
    let book = this.books.get(doc);
    if (!book) {
      const environment = highlightEnvironment(doc);
      if (!environment) return null;
      book = new HighlightBook(environment);
      this.books.set(doc, book);
    }
    return book;
  }

  /** ::highlight() rules apply only inside the tree whose sheets hold them: adopt ours where each range lives. */
  private adoptSheet(node: Node): void {
    const scope = node.getRootNode() as StyleScope;
    if (this.sheets.has(scope) || !("adoptedStyleSheets" in scope)) return;
    const ownerDocument = scope.nodeType === 9 ? (scope as Document) : scope.ownerDocument!;
    const SheetClass = ownerDocument.defaultView?.CSSStyleSheet;
    if (!SheetClass) return;
    const sheet = new SheetClass();
    sheet.replaceSync(highlightRules(this.theme.current));
    scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    this.sheets.set(scope, sheet);
  }
}

function staticRange(piece: NodePiece): AbstractRange {
  const view = piece.node.ownerDocument.defaultView as (Window & { StaticRange?: typeof StaticRange }) | null;
  if (view?.StaticRange) {
    return new view.StaticRange({ startContainer: piece.node, startOffset: piece.start, endContainer: piece.node, endOffset: piece.end });
  }
  return liveRange(piece);
}

/** A live Range for one piece, made when it is needed for geometry (hit-testing, placing the card). */
function liveRange(piece: NodePiece): Range {
  const range = piece.node.ownerDocument.createRange();
  range.setStart(piece.node, piece.start);
  range.setEnd(piece.node, piece.end);
  return range;
}

/** The text position under a point: caretPositionFromPoint (standard, Firefox, Chrome 128+) or caretRangeFromPoint (older Chrome). */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const standard = (doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null })
    .caretPositionFromPoint;
  if (typeof standard === "function") {
    const position = standard.call(doc, x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const range = typeof legacy === "function" ? legacy.call(doc, x, y) : null;
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
