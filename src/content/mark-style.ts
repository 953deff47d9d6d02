/**
 * How our wrappers look. Styles go inline on our own elements, marked !important, after a reset
 * of what page CSS aimed at every element could change: page rules cannot restyle the marks and
 * nothing of ours reaches page elements. (`all: unset` would do it in one line but serialises
 * to ~10 KB of style attribute per mark.) No margin, padding or side borders: no layout shift.
 */
import type { PartKind } from "./mark-parts";

const STYLES: Record<PartKind, Record<string, string>> = {
  cue: {
    "background-color": "rgba(255, 183, 3, 0.42)",
    "border-bottom": "2px solid #a15c00",
    "border-radius": "2px",
  },
  source: {
    "background-color": "rgba(64, 140, 255, 0.22)",
    "border-bottom": "2px solid #1d4e89",
    "border-radius": "2px",
  },
  content: {
    "background-color": "rgba(255, 236, 150, 0.25)",
  },
};

/** A source whose claim has a finding is underlined in red instead. */
const FINDING_BORDER = "2px dashed #b3261e";

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

export function styleMark(element: HTMLElement, kind: PartKind, hasFinding: boolean): void {
  const style = element.style;
  for (const [name, value] of Object.entries(RESET)) style.setProperty(name, value, "important");
  for (const [name, value] of Object.entries(STYLES[kind])) style.setProperty(name, value, "important");
  if (hasFinding && kind !== "content") style.setProperty("border-bottom", FINDING_BORDER, "important");
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
