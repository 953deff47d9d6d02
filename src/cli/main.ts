/** The command dispatcher, separate from the executable so tests can call it with fake I/O. */
import { CliError } from "./errors";
import { runScanCommand, SCAN_USAGE, type CliIo } from "./scan-command";

export const USAGE = `Sourcelight: checks who a news article says its facts come from.

${SCAN_USAGE}

Run "sourcelight <command> --help" for a command's options.`;

export interface MainIo extends CliIo {
  err: (text: string) => void;
}

export function main(argv: string[], io: MainIo): number {
  const [command, ...rest] = argv;
  try {
    if (!command || command === "--help" || command === "-h" || command === "help") {
      io.out(`${USAGE}\n`);
      return command ? 0 : 2;
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(`${usageOf(command)}\n`);
      return 0;
    }
    if (command === "scan") return runScanCommand(rest, io);
    throw new CliError(`unknown command "${command}"\n${USAGE}`);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`sourcelight: ${error.message}\n`);
      return error.exitCode;
    }
    // A bug of ours: still one line for the user, the detail only on request.
    io.err(`sourcelight: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (process.env.SOURCELIGHT_DEBUG) io.err(`${(error as Error)?.stack}\n`);
    return 70;
  }
}

function usageOf(command: string): string {
  if (command === "scan") return SCAN_USAGE;
  return USAGE;
}
