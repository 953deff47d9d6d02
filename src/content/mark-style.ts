/**
 * How our wrappers look. Styles go inline on our own elements, marked !important, after a reset
 * of what page CSS aimed at every element could change: page rules cannot restyle the marks and
 * nothing of ours reaches page elements. (`all: unset` would do it in one line but serialises
 * to ~10 KB of style attribute per mark.) No margin, padding or side borders: no layout shift.
 */
import type { PaintColours } from "./highlight-theme";
import type { PartKind } from "./mark-parts";

/** Each part's look apart from its tint, which comes from the theme. */
const STYLES: Record<PartKind, Record<string, string>> = {
  cue: {
    "border-bottom": "2px solid #a15c00",
    "border-radius": "2px",
  },
  source: {
    "border-bottom": "2px solid #1d4e89",
    "border-radius": "2px",
  },
  content: {},
};



const RESET: Record<string, string> = {
  display: "inline",
  position: "static",
  float: "none",
  margin: "0",
  padding: "0",
  border: "none",
  "border-radius": "0",
  "box-shadow": "none",
  outline: "none",
  background: "none",
  color: "inherit",
  font: "inherit",
  "letter-spacing": "inherit",
  "text-transform": "inherit",
  "vertical-align": "baseline",
  opacity: "1",
  filter: "none",
  transform: "none",
};

export function styleMark(element: HTMLElement, kind: PartKind, hasFinding: boolean, colours: PaintColours): void {
  const style = element.style;
  for (const [name, value] of Object.entries(RESET)) style.setProperty(name, value, "important");
  for (const [name, value] of Object.entries(STYLES[kind])) style.setProperty(name, value, "important");
  colourMark(element, kind, hasFinding, colours);
}

/** The colours of a mark: its part's tint and, for a source or cue whose claim has a finding, that colour's underline. */
export function colourMark(element: HTMLElement, kind: PartKind, hasFinding: boolean, colours: PaintColours): void {
  element.style.setProperty("background-color", colours[kind], "important");
  if (hasFinding && kind !== "content") element.style.setProperty("border-bottom", `2px dashed ${colours.finding}`, "important");
}

/** Briefly outlines the marks of a claim the reader asked to see. */
export function flash(elements: HTMLElement[], durationMs: number): void {
  for (const element of elements) {
    element.setAttribute("data-flash", "");
    element.animate?.(
      [
        { outline: "3px solid rgba(255, 140, 0, 1)", outlineOffset: "1px" },
        { outline: "3px solid rgba(255, 140, 0, 0)", outlineOffset: "4px" },
      ],
      { duration: durationMs, easing: "ease-out" },
    );
  }
  setTimeout(() => elements.forEach((element) => element.removeAttribute("data-flash")), durationMs);
}
