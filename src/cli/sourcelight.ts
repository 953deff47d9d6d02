/** The `sourcelight` executable. */
import { readFileSync } from "node:fs";
import { main } from "./main";

const exitCode = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readStdin: () => readFileSync(0),
});
process.exitCode = exitCode;
