/** The `sourcelight` executable. */
import { readFileSync } from "node:fs";
import { main } from "./main";

main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readStdin: () => readFileSync(0),
  stderrIsTTY: process.stderr.isTTY === true,
}).then((exitCode) => {
  process.exitCode = exitCode;
});
