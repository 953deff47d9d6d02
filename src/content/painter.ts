/** What the controller asks of a way to show highlights; see RangeHighlighter and Highlighter (the wrapper fallback). */
import type { Report } from "../core/report";
import type { TextMap } from "../page/text-map";

export interface Painter {
  readonly active: boolean;
  /** Shows every cue, source and (optionally) content of the report; offsets are into the text `map` was built with. */
  apply(report: Report, map: TextMap, options: { content: boolean }): number;
  /** Removes every highlight; the DOM is as it was before apply. */
  clear(): void;
  /** Scrolls to the claim and flashes it; false when it has no highlight. */
  reveal(claimId: string): boolean;
}
