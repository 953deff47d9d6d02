/**
 * Validates the bundled registry (organisations and people) and prints counts by kind.
 * Exits non-zero with every problem listed when the data is wrong. Run: npm run validate:registry
 */
import { rawBundledEntries } from "../src/core/registry/bundled";
import { validateRegistry } from "../src/core/registry/validate";

const { entries, errors } = validateRegistry(rawBundledEntries());
const counts = new Map<string, number>();
for (const entry of entries) counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
for (const [kind, count] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${kind.padEnd(20)} ${count}`);
console.log(`${"total".padEnd(20)} ${entries.length}`);
if (errors.length > 0) {
  for (const error of errors) console.error(`registry: ${error}`);
  console.error(`registry: ${errors.length} problem(s)`);
  process.exit(1);
}
console.log("registry: valid");
