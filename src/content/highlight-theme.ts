/**
 * The highlight colours the painters use: the defaults until the appearance watcher reads the
 * user's choice, then whatever the options page stores, announced to the painters so highlights
 * already on the page change at once (a new ::highlight() sheet text, or new inline colours on the
 * wrappers). The colours are written into our own rules and elements only, never declared as CSS
 * custom properties on the page's root: those would be inherited by, and visible in the computed
 * style of, every element of the page.
 */
import { DEFAULT_COLOURS, type HighlightColours } from "../protocol/appearance";
import type { PartKind } from "./mark-parts";

/** How opaque each part's tint is: the text under it must stay readable. */
const TINT_ALPHA: Record<PartKind, number> = { cue: 0.42, source: 0.22, content: 0.25 };

export type PaintColours = Record<PartKind | "finding", string>;

/** `#rrggbb` (already validated by the appearance schema) as rgba() at `alpha`. */
export function tint(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

/** What is painted: each part's tint at its alpha, and the finding colour as chosen. */
export function paintColours(colours: HighlightColours): PaintColours {
  return {
    cue: tint(colours.cue, TINT_ALPHA.cue),
    source: tint(colours.source, TINT_ALPHA.source),
    content: tint(colours.content, TINT_ALPHA.content),
    finding: colours.finding,
  };
}

type Listener = (colours: PaintColours) => void;

export class HighlightTheme {
  private colours: PaintColours = paintColours(DEFAULT_COLOURS);
  private readonly listeners = new Set<Listener>();

  get current(): PaintColours {
    return { ...this.colours };
  }

  /** New colours, passed at once to every painter showing highlights. */
  set(colours: HighlightColours): void {
    this.colours = paintColours(colours);
    for (const listener of this.listeners) listener(this.current);
  }

  /** Calls back on every change until the returned function is called. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The content script's one theme: both painters use it, and the appearance watcher updates it. */
export const pageTheme = new HighlightTheme();
