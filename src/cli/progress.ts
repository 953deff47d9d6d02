/**
 * The progress line of a batch on standard error: rewritten in place on a terminal, one line per
 * file when asked for with --progress elsewhere (a CI log keeps every line, so no carriage returns).
 */
import type { CliIo } from "./io";

export interface Progress {
  /** Reports that `done` of the batch's inputs are scanned. */
  update(done: number): void;
  /** Removes a live line before other output is written, so the two never share a line. */
  clear(): void;
}

const CLEAR_LINE = "\r\x1b[2K";

export function createProgress(io: Pick<CliIo, "err" | "stderrIsTTY">, total: number, requested: boolean): Progress {
  const live = io.stderrIsTTY === true;
  const shown = total > 1 && (requested || live);
  let onScreen = false;
  return {
    update(done) {
      if (!shown) return;
      const line = `scanned ${done}/${total} files`;
      if (live) {
        io.err(`${CLEAR_LINE}${line}`);
        onScreen = true;
      } else {
        io.err(`${line}\n`);
      }
    },
    clear() {
      if (!onScreen) return;
      io.err(CLEAR_LINE);
      onScreen = false;
    },
  };
}
