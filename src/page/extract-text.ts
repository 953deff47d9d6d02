/**
 * Turns the visible text of an article into plain text, the way a reader sees it, with a map back
 * to the DOM. Runs in the content script and, with jsdom, in the command-line scanner, so it uses
 * only standard DOM interfaces. Blocks are separated by a blank line; whitespace inside a block is
 * collapsed as the browser renders it (except in <pre>).
 */
import { findArticleRoot } from "./article-root";
import { isBlock, isSkipped, type HiddenTest, defaultHiddenTest } from "./element-rules";
import { TextMap, type TextSegment } from "./text-map";

export interface PageText {
  text: string;
  map: TextMap;
  /** The element the text was taken from (the article, main, or body). */
  root: Element;
}

export interface ExtractOptions {
  /** Decides whether an element is hidden; the content script passes one that asks computed style. */
  isHidden?: HiddenTest;
  /** Start here instead of looking for the article. */
  root?: Element;
}

export function extractPageText(doc: Document, options: ExtractOptions = {}): PageText {
  const steps = extractPageTextSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Elements visited between two pauses of extractPageTextSteps. */
const ELEMENTS_PER_STEP = 256;

/**
 * extractPageText as a generator that pauses every few hundred elements, so that the content
 * script can spread the walk of a huge page over several short tasks.
 */
export function* extractPageTextSteps(doc: Document, options: ExtractOptions = {}): Generator<void, PageText> {
  const isHidden = options.isHidden ?? defaultHiddenTest;
  const root = options.root ?? findArticleRoot(doc, { isHidden });
  const builder = new TextBuilder();
  yield* walk(root, builder, isHidden, false, { count: 0 });
  return { ...builder.finish(), root };
}

interface Counter {
  count: number;
}

function* walk(node: Node, out: TextBuilder, isHidden: HiddenTest, inPre: boolean, counter: Counter): Generator<void, void> {
  for (let child = renderedFirstChild(node); child; child = child.nextSibling) yield* visit(child, out, isHidden, inPre, counter);
}

function* visit(child: Node, out: TextBuilder, isHidden: HiddenTest, inPre: boolean, counter: Counter): Generator<void, void> {
  if (child.nodeType === 3) {
    out.appendText(child as Text, inPre);
    return;
  }
  if (child.nodeType !== 1) return;
  if (++counter.count % ELEMENTS_PER_STEP === 0) {
    out.compact();
    yield;
  }
  const element = child as Element;
  const tag = element.localName;
  if (tag === "iframe") {
    const body = sameOriginBody(element as HTMLIFrameElement);
    if (body && !isHidden(element)) {
      out.blockBoundary();
      yield* walk(body, out, isHidden, false, counter);
      out.blockBoundary();
    }
    return;
  }
  if (isSkipped(element) || isHidden(element)) return;
  if (tag === "br") {
    out.lineBreak();
    return;
  }
  const block = isBlock(element);
  if (block) out.blockBoundary();
  if (tag === "slot") {
    // In a shadow tree a slot shows the light-DOM nodes assigned to it, else its own fallback content.
    const assigned = (element as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
    if (assigned.length > 0) for (const node of assigned) yield* visit(node, out, isHidden, inPre, counter);
    else yield* walk(element, out, isHidden, inPre, counter);
  } else {
    yield* walk(element, out, isHidden, inPre || tag === "pre", counter);
  }
  if (block) out.blockBoundary();
}

/** An element with an open shadow root renders its shadow tree (its light children appear through slots). */
function renderedFirstChild(node: Node): Node | null {
  const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
  return (shadow ?? node).firstChild;
}

/** The body of a same-origin frame; null for cross-origin frames (reading them throws or gives null). */
function sameOriginBody(frame: HTMLIFrameElement): HTMLElement | null {
  try {
    return frame.contentDocument?.body ?? null;
  } catch {
    return null;
  }
}

/** Accumulates text and segments, collapsing whitespace and separating blocks. */
class TextBuilder {
  /** Text of earlier steps, each step's pieces joined into one string. */
  private done: string[] = [];
  private parts: string[] = [];
  private length = 0;
  private segments: TextSegment[] = [];
  /** A collapsed run of whitespace waiting for the next visible character in the same block. */
  private pendingSpace: { node: Text; offset: number } | null = null;
  private pendingBreak: "" | "\n" | "\n\n" = "";
  private atBlockStart = true;

  appendText(node: Text, inPre: boolean): void {
    const data = node.data;
    let runStart = -1;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      const space = !inPre && (code === 32 || code === 9 || code === 10 || code === 13 || code === 12);
      if (space) {
        if (runStart >= 0) this.emit(node, runStart, i, data);
        runStart = -1;
        if (!this.pendingSpace && !this.atBlockStart) this.pendingSpace = { node, offset: i };
        continue;
      }
      if (runStart < 0) {
        this.flushSeparators();
        runStart = i;
      }
    }
    if (runStart >= 0) this.emit(node, runStart, data.length, data);
  }

  lineBreak(): void {
    this.pendingSpace = null;
    if (this.length > 0 && this.pendingBreak === "") this.pendingBreak = "\n";
    this.atBlockStart = true;
  }

  blockBoundary(): void {
    this.pendingSpace = null;
    if (this.length > 0) this.pendingBreak = "\n\n";
    this.atBlockStart = true;
  }

  /**
   * Joins the pieces gathered since the last call into one string: joining a 2 MB article's
   * hundred thousand pieces at the end took one task of 25-100 ms; a step's few hundred take little.
   */
  compact(): void {
    if (this.parts.length === 0) return;
    this.done.push(this.parts.join(""));
    this.parts = [];
  }

  finish(): { text: string; map: TextMap } {
    this.compact();
    return { text: this.done.join(""), map: new TextMap(this.segments) };
  }

  /** Writes the pending block break or collapsed space before the next visible character. */
  private flushSeparators(): void {
    if (this.pendingBreak) {
      this.push(this.pendingBreak);
      this.pendingBreak = "";
    } else if (this.pendingSpace) {
      const { node, offset } = this.pendingSpace;
      this.segments.push({ start: this.length, length: 1, node, nodeStart: offset });
      this.push(" ");
    }
    this.pendingSpace = null;
    this.atBlockStart = false;
  }

  private emit(node: Text, from: number, to: number, data: string): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === from && last.start + last.length === this.length) {
      last.length += to - from;
    } else {
      this.segments.push({ start: this.length, length: to - from, node, nodeStart: from });
    }
    this.push(data.slice(from, to));
  }

  private push(chunk: string): void {
    this.parts.push(chunk);
    this.length += chunk.length;
  }
}
