/**
 * The card shown when the reader hovers or focuses a highlight: who the claim is attributed to,
 * the registry's kind, the date as resolved, and the findings. It lives in a closed shadow root on
 * our own <sourcelight-ui> element (which the page reader skips), styled inline through the CSSOM
 * so neither the page's CSS nor its Content-Security-Policy can touch it, and built with
 * textContent only.
 */
import { t, type MessageName } from "../ui/i18n";
import type { CardInfo } from "./card-info";

export const UI_TAG = "sourcelight-ui";

/** Anything the card can be placed next to. */
export interface Anchor {
  getBoundingClientRect(): DOMRect;
}
const WIDTH = 320;
const GAP = 6;

type Styles = Record<string, string>;

const HOST: Styles = {
  all: "initial",
  position: "fixed",
  "z-index": "2147483647",
  width: `${WIDTH}px`,
  "pointer-events": "none",
};
const CARD: Styles = {
  display: "block",
  "box-sizing": "border-box",
  padding: "10px 12px",
  background: "#ffffff",
  color: "#1b1f24",
  border: "1px solid #c9ced6",
  "border-radius": "8px",
  "box-shadow": "0 6px 20px rgba(0,0,0,.25)",
  font: "13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  "text-align": "left",
};
/** The card says each finding's severity in the popup's words (_locales), in capitals. */
const SEVERITY_LABEL: Record<string, MessageName> = { error: "severityError", warning: "severityWarning", info: "severityInfo" };
const SEVERITY_COLOUR: Record<string, string> = { error: "#b3261e", warning: "#a15c00", info: "#3a5f8a" };
/** For readers whose system is in dark mode. */
const DARK_CARD: Styles = { background: "#1e242b", color: "#e7ebef", border: "1px solid #39424c" };
const DARK_SEVERITY_COLOUR: Record<string, string> = { error: "#ff8a80", warning: "#f0a640", info: "#9cc0ee" };

export class HoverCard {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  get visible(): boolean {
    return this.host?.isConnected ?? false;
  }

  /** `anchor` is a highlight element or, with the Highlight API, a Range. */
  show(anchor: Anchor, info: CardInfo): void {
    this.ensureHost();
    const card = this.card!;
    const dark = this.doc.defaultView?.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
    applyStyles(card, dark ? { ...CARD, ...DARK_CARD } : CARD);
    const severityColours = dark ? DARK_SEVERITY_COLOUR : SEVERITY_COLOUR;
    card.replaceChildren(
      this.line([this.text(info.source, { "font-weight": "600" }), this.chip(info.kind ?? t("popupNotInRegistry", info.sourceType))]),
      this.line([this.text(`“${info.cue}”`, { "font-style": "italic" }), info.date ? this.text(` · ${info.date}`, { opacity: "0.75" }) : null]),
      ...info.findings.map((finding) =>
        this.line([
          this.text(t(SEVERITY_LABEL[finding.severity] ?? "severityInfo").toLocaleUpperCase(), {
            color: severityColours[finding.severity] ?? severityColours.info!,
            "font-size": "10px",
            "font-weight": "700",
            "margin-right": "6px",
          }),
          this.text(finding.message),
        ]),
      ),
    );
    this.place(anchor);
  }

  hide(): void {
    this.host?.remove();
  }

  private ensureHost(): void {
    if (!this.host) {
      const host = this.doc.createElement(UI_TAG);
      applyStyles(host, HOST);
      host.setAttribute("role", "tooltip");
      const root = host.attachShadow({ mode: "closed" });
      this.card = this.doc.createElement("div");
      applyStyles(this.card, CARD);
      root.appendChild(this.card);
      this.host = host;
    }
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
  }

  /** Below the highlight, or above it when there is no room; always inside the viewport. */
  private place(anchor: Anchor): void {
    const view = this.doc.defaultView;
    const box = anchor.getBoundingClientRect();
    const viewportWidth = view?.innerWidth ?? 1024;
    const viewportHeight = view?.innerHeight ?? 768;
    const height = this.card!.getBoundingClientRect().height || 80;
    const left = Math.max(GAP, Math.min(box.left, viewportWidth - WIDTH - GAP));
    const below = box.bottom + GAP;
    const top = below + height <= viewportHeight ? below : Math.max(GAP, box.top - height - GAP);
    this.host!.style.setProperty("left", `${Math.round(left)}px`, "important");
    this.host!.style.setProperty("top", `${Math.round(top)}px`, "important");
  }

  private line(children: (Node | null)[]): HTMLElement {
    const div = this.doc.createElement("div");
    applyStyles(div, { margin: "2px 0" });
    div.append(...children.filter((child): child is Node => child !== null));
    return div;
  }

  private text(value: string, styles: Styles = {}): HTMLElement {
    const span = this.doc.createElement("span");
    applyStyles(span, styles);
    span.textContent = value;
    return span;
  }

  private chip(value: string): HTMLElement {
    return this.text(value, {
      "margin-left": "6px",
      padding: "0 6px",
      "border-radius": "8px",
      background: "#eef3f9",
      color: "#1d4e89",
      "font-size": "11px",
    });
  }
}

function applyStyles(element: HTMLElement, styles: Styles): void {
  for (const [name, value] of Object.entries(styles)) element.style.setProperty(name, value, "important");
}
