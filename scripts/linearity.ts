/**
 * Linear time at larger sizes than the unit suite: every adversarial input through every target,
 * printing CPU milliseconds per call at n and 2n and their ratio (linear ~2, quadratic ~4).
 *
 *   npm run linearity [-- --n 100000] [--repeat 3] [--target scan] [--input "news"]
 */
import { ADVERSARIAL, ADVERSARIAL_MARKDOWN, costRatio, targets } from "../tests/unit/hardening/linearity";
import { KNOWN_SUPERLINEAR } from "../tests/unit/hardening/linear-time-known";
import { registry } from "../tests/unit/hardening/properties";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const n = Number(option("n") ?? 100_000);
const repeat = Number(option("repeat") ?? 3);
const onlyTarget = option("target");
const onlyInput = option("input");

console.log(`n = ${n} characters, 2n = ${2 * n}; CPU ms per call (min of ${repeat}); ratio = cost(2n) / cost(n)`);
console.log(`${"target".padEnd(28)} ${"input".padEnd(30)} ${"n".padStart(10)} ${"2n".padStart(10)}  ratio`);
let over = 0;
for (const [targetName, target] of Object.entries(targets(registry))) {
  if (onlyTarget && !targetName.startsWith(onlyTarget)) continue;
  const inputs = targetName === "markdownToText" ? { ...ADVERSARIAL, ...ADVERSARIAL_MARKDOWN } : ADVERSARIAL;
  for (const [inputName, input] of Object.entries(inputs)) {
    if (onlyInput && !inputName.includes(onlyInput)) continue;
    const result = costRatio(target, input, n, repeat);
    const known = KNOWN_SUPERLINEAR[`${targetName} / ${inputName}`];
    const flag = result.ratio > 3 ? `  > 3${known ? ` (known: ${known})` : "  NEW"}` : "";
    if (result.ratio > 3) over++;
    console.log(`${targetName.padEnd(28)} ${inputName.padEnd(30)} ${result.small.toFixed(1).padStart(10)} ${result.large.toFixed(1).padStart(10)}  ${result.ratio.toFixed(2)}${flag}`);
  }
}
console.log(`${over} case(s) over a ratio of 3`);
