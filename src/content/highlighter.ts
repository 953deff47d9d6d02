/**
 * Marks claims in the page by wrapping their text in <sourcelight-mark> elements, and removes
 * them without a trace: the text nodes we split are merged back into the very nodes they came
 * from, so the page's DOM (and any references its scripts hold) ends up exactly as before.
 * Page text is only ever moved between nodes, never parsed as HTML.
 */
import type { Report } from "../core/report";
import type { NodePiece, TextMap } from "../page/text-map";
import { afterScrollSettles } from "./after-scroll";
import { cardInfo } from "./card-info";
import { type HighlightTheme, pageTheme } from "./highlight-theme";
import { HoverCard } from "./hover-card";
import { markParts, type PartKind } from "./mark-parts";
import { colourMark, flash, styleMark } from "./mark-style";
import type { Painter } from "./painter";

export const MARK_TAG = "sourcelight-mark";
const FLASH_MS = 1600;
/** Node.TEXT_NODE, spelled out so the module also runs where `Node` is not a global (the CLI, tests). */
const TEXT_NODE = 3;

interface Wrap {
  piece: NodePiece;
  claimId: string;
  kind: PartKind;
}

export class Highlighter implements Painter {
  /** Our wrappers, in document order. */
  private marks: HTMLElement[] = [];
  /** Text nodes our splits created; each merges back into its previous sibling on clear. */
  private splitTails: Text[] = [];
  /** Our marks, to tell them from look-alike elements a page might contain. */
  private ours = new WeakSet<Element>();
  private report: Report | null = null;
  private readonly card: HoverCard;
  private readonly listeners: [string, (event: Event) => void][];

  /** Marks whose claim has a finding (they are underlined in the finding colour). */
  private withFinding = new WeakSet<Element>();
  private stopFollowingTheme: (() => void) | null = null;
  private cancelRevealCard: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly theme: HighlightTheme = pageTheme,
  ) {
    this.card = new HoverCard(doc);
    const show = (event: Event) => {
      const mark = this.markOf(event.target);
      const info = mark && this.report ? cardInfo(this.report, mark.getAttribute("data-claim") ?? "") : null;
      if (mark && info) this.card.show(mark, info);
    };
    const leave = (event: Event) => {
      const to = (event as MouseEvent | FocusEvent).relatedTarget;
      if (this.markOf(event.target) && !this.markOf(to)) this.card.hide();
    };
    this.listeners = [
      ["mouseover", show],
      ["focusin", show],
      ["mouseout", leave],
      ["focusout", leave],
      ["scroll", () => this.card.hide()],
      ["keydown", (event) => (event as KeyboardEvent).key === "Escape" && this.card.hide()],
    ];
  }

  get active(): boolean {
    return this.marks.length > 0;
  }

  /** Wraps every cue, source and (optionally) content of the report. Offsets are into the text `map` was built with. */
  apply(report: Report, map: TextMap, options: { content: boolean }): number {
    this.clear();
    const withFindings = new Set(
      report.findings.filter((finding) => finding.severity !== "info").flatMap((finding) => finding.claimIds),
    );
    const wraps: Wrap[] = [];
    for (const part of markParts(report, options)) {
      for (const piece of joinAdjacent(map.piecesFor(part.start, part.end))) wraps.push({ piece, claimId: part.claimId, kind: part.kind });
    }
    // Last first: splitting a node keeps its head in place, so earlier pieces' offsets stay valid.
    const made: HTMLElement[] = [];
    for (let i = wraps.length - 1; i >= 0; i--) {
      const mark = this.wrap(wraps[i]!, withFindings.has(wraps[i]!.claimId));
      if (mark) made.push(mark);
    }
    this.marks = made.reverse();
    this.report = report;
    for (const [type, listener] of this.listeners) this.doc.addEventListener(type, listener, { capture: true, passive: true });
    // New colours from the options page recolour the marks in place.
    this.stopFollowingTheme = this.theme.subscribe((colours) => {
      for (const mark of this.marks) colourMark(mark, mark.getAttribute("data-part") as PartKind, this.withFinding.has(mark), colours);
    });
    return this.marks.length;
  }

  /** Removes every wrapper and merges the split text back. */
  clear(): void {
    for (const [type, listener] of this.listeners) this.doc.removeEventListener(type, listener, { capture: true });
    this.stopFollowingTheme?.();
    this.stopFollowingTheme = null;
    this.cancelRevealCard?.();
    this.cancelRevealCard = null;
    this.card.hide();
    this.report = null;
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    for (const tail of this.splitTails) {
      const previous = tail.previousSibling;
      if (tail.parentNode && previous && previous.nodeType === TEXT_NODE) {
        (previous as Text).appendData(tail.data);
        tail.parentNode.removeChild(tail);
      }
    }
    this.marks = [];
    this.splitTails = [];
  }

  /** Scrolls the claim's first mark into view and flashes all its marks; false when it has none. */
  reveal(claimId: string): boolean {
    const marks = this.marks.filter((mark) => mark.getAttribute("data-claim") === claimId && mark.isConnected);
    const target = marks.find((mark) => mark.getAttribute("data-part") !== "content") ?? marks[0];
    if (!target) return false;
    // Animate only for a reader who can see it and has not asked for less motion.
    const smooth =
      this.doc.visibilityState === "visible" && !this.doc.defaultView?.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    target.scrollIntoView?.({ block: "center", inline: "nearest", behavior: smooth ? "smooth" : "auto" });
    flash(marks, FLASH_MS);
    // Keyboard focus goes to the claim's cue (the marks a reader can tab to) and its card opens.
    this.cancelRevealCard?.();
    this.cancelRevealCard = afterScrollSettles(this.doc, () => {
      this.cancelRevealCard = null;
      const cue = marks.find((mark) => mark.getAttribute("data-part") === "cue" && mark.isConnected) ?? target;
      cue.focus?.({ preventScroll: true });
      const info = this.report ? cardInfo(this.report, claimId) : null;
      if (info) this.card.show(cue, info);
    });
    return true;
  }

  private markOf(target: EventTarget | null): Element | null {
    const mark = closestMark(target);
    return mark && this.ours.has(mark) ? mark : null;
  }

  private wrap({ piece, claimId, kind }: Wrap, hasFinding: boolean): HTMLElement | null {
    let node = piece.node;
    if (!node.parentNode || piece.end > node.length || piece.start >= piece.end) return null;
    if (piece.end < node.length) this.splitTails.push(node.splitText(piece.end));
    if (piece.start > 0) {
      node = node.splitText(piece.start);
      this.splitTails.push(node);
    }
    const mark = this.doc.createElement(MARK_TAG);
    mark.setAttribute("data-claim", claimId);
    mark.setAttribute("data-part", kind);
    // Cues take keyboard focus, so the card is reachable without a mouse.
    if (kind === "cue") mark.tabIndex = 0;
    styleMark(mark, kind, hasFinding, this.theme.current);
    if (hasFinding) this.withFinding.add(mark);
    this.ours.add(mark);
    node.parentNode!.insertBefore(mark, node);
    mark.appendChild(node);
    return mark;
  }
}

/** The mark an event happened in, if it is one of ours. */
function closestMark(target: EventTarget | null): Element | null {
  const element = target && (target as Node).nodeType === 1 ? (target as Element) : null;
  return element?.closest(MARK_TAG) ?? null;
}

/** One piece per run of a text node: the map splits at collapsed spaces, a mark per word would not read as one. */
function joinAdjacent(pieces: NodePiece[]): NodePiece[] {
  const joined: NodePiece[] = [];
  for (const piece of pieces) {
    const last = joined[joined.length - 1];
    if (last && last.node === piece.node && last.end === piece.start) last.end = piece.end;
    else joined.push({ ...piece });
  }
  return joined;
}
