/**
 * The hardening properties (tests/unit/hardening/properties.ts) with many more cases than the unit
 * suite: runs are shared among the properties in proportion to their unit-suite counts.
 *
 *   npm run fuzz [-- --runs 200000] [--seed 42] [--only scan-hostile,extract-hostile] [--huge 200]
 *
 * Prints the seed (pass it back with --seed to replay) and, for a failure, fast-check's report with
 * the shrunk counterexample and its path. Exits 1 when any property fails.
 */
import fc from "fast-check";
import { PROPERTIES, setHugeTimes, TOTAL_UNIT_CASES } from "../tests/unit/hardening/properties";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const runs = Number(option("runs") ?? 200_000);
const seed = Number(option("seed") ?? Date.now() % 2 ** 31);
const only = option("only")?.split(",");
setHugeTimes(Number(option("huge") ?? 200));

const selected = PROPERTIES.filter((p) => !only || only.includes(p.name));
const unitTotal = only ? selected.reduce((sum, p) => sum + p.runs, 0) : TOTAL_UNIT_CASES;
console.log(`fuzz: seed ${seed}, ${runs} runs over ${selected.length} properties`);

let failed = 0;
for (const [i, property] of selected.entries()) {
  const numRuns = Math.max(1, Math.round((runs * property.runs) / unitTotal));
  const started = performance.now();
  // Each property gets its own seed derived from the one printed, so a single one can be replayed.
  const propertySeed = (seed + i * 7_919) % 2 ** 31;
  const result = fc.check(property.property(), { numRuns, seed: propertySeed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.failed) {
    failed++;
    console.log(`FAIL ${property.name}: ${numRuns} runs, ${seconds} s (replay: --only ${property.name} --seed ${propertySeed})`);
    console.log(fc.defaultReportMessage(result));
  } else {
    console.log(`ok   ${property.name}: ${numRuns} runs, ${seconds} s`);
  }
}
console.log(failed ? `${failed} propert${failed === 1 ? "y" : "ies"} failed (seed ${seed})` : `all properties held (seed ${seed})`);
process.exitCode = failed ? 1 : 0;
