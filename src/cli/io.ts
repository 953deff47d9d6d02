/**
 * Everything the command line touches outside itself, passed in so that tests drive `main` with
 * fake output, input, network and terminal.
 */
export interface CliIo {
  /** Standard output: the report. */
  out: (text: string) => void;
  /** Standard error: one-line errors, notes and the progress line. */
  err: (text: string) => void;
  /** The whole of standard input, for the file name "-". */
  readStdin: () => Buffer;
  /** The fetch used for --url; Node's own when left out. */
  fetch?: typeof fetch;
  /** Whether standard error is a terminal: a batch then shows a live progress line. */
  stderrIsTTY?: boolean;
}
