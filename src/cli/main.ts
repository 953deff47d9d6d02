/** The command dispatcher, separate from the executable so tests can call it with fake I/O. */
import { CliError } from "./errors";
import { EXIT } from "./exit-codes";
import type { CliIo } from "./io";
import { REGISTRY_USAGE, runRegistryCommand } from "./registry-command";
import { runScanCommand, SCAN_HELP } from "./scan-command";
import { readVersion } from "./version";

export type { CliIo } from "./io";
/** The name earlier callers used for the I/O of `main`. */
export type MainIo = CliIo;

interface Command {
  summary: string;
  help: string;
  run: (args: string[], io: CliIo) => number | Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  scan: {
    summary: "scan article files, Markdown drafts or --url pages and report claims, sources and findings",
    help: SCAN_HELP,
    run: runScanCommand,
  },
  registry: {
    summary: "print the source registry, or the entries matching --search",
    help: REGISTRY_USAGE,
    run: (args, io) =>
      runRegistryCommand(args, (line) => io.out(`${line}
`), undefined, (line) => io.err(`sourcelight: ${line}
`)),
  },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const commands = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return `Sourcelight: checks who a news article says its facts come from.

Usage: sourcelight <command> [options]
       sourcelight --help | --version

Commands:
${commands.join("\n")}

Run "sourcelight <command> --help" for a command's options.
Exit codes: 0 done, 1 findings at or above --fail-on, 2 bad usage or unreadable input, 70 internal error.`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      io.err(`${usage()}\n`);
      return EXIT.usageOrInput;
    }
    if (first === "--help" || first === "-h" || first === "help") {
      const topic = first === "help" ? rest[0] : undefined;
      io.out(`${topic ? commandNamed(topic).help : usage()}\n`);
      return EXIT.ok;
    }
    if (first === "--version" || first === "-V") {
      io.out(`sourcelight ${readVersion()}\n`);
      return EXIT.ok;
    }
    const command = commandNamed(first);
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(`${command.help}\n`);
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`sourcelight: ${error.message}\n`);
      return error.exitCode;
    }
    // A bug of ours: still one line for the user, the detail only on request.
    io.err(`sourcelight: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    if (process.env.SOURCELIGHT_DEBUG) io.err(`${(error as Error)?.stack}\n`);
    return EXIT.internal;
  }
}

function commandNamed(name: string): Command {
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new CliError(`unknown command "${name}": run "sourcelight --help" for the commands`);
  return command;
}
