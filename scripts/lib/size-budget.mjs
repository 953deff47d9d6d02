/**
 * Size budgets for the extension's bundles, checked by every build (scripts/build.mjs).
 *
 * Why these figures: the content script is injected into every page the reader scans (and, with
 * automatic scanning on, into every page they open), so its parse and compile time is paid on the
 * page's main thread each time; issue 8 sets 60 KB gzip. Extraction, the model weights and the date
 * code run in the background since the content script only reads text and paints, so it needs far
 * less (42 KB when the budget was set). The popup opens on every click of the toolbar button and
 * must appear at once; 56 KB gzip leaves room above its 48.6 KB (Preact, zod, the report views)
 * for features without letting a large dependency in unnoticed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const CONTENT_SCRIPT_BUDGET_GZIP = 60 * 1024;
export const POPUP_BUDGET_GZIP = 56 * 1024;

/** Bundle file name -> largest allowed gzip size in bytes. */
export const BUDGETS = { "content.js": CONTENT_SCRIPT_BUDGET_GZIP, "popup.js": POPUP_BUDGET_GZIP };

/** Raw and gzip sizes of each named file in `dir`. */
export function measureBundles(dir, names) {
  return names.map((name) => {
    const data = readFileSync(join(dir, name));
    return { name, raw: data.length, gzip: gzipSync(data).length };
  });
}

/** One message per bundle over its budget (empty: all within). Bundles without a budget are not checked. */
export function overBudget(sizes, budgets = BUDGETS) {
  const problems = [];
  for (const { name, gzip } of sizes) {
    const budget = budgets[name];
    if (budget !== undefined && gzip > budget) {
      problems.push(`${name} is ${(gzip / 1024).toFixed(1)} KB gzip, over its budget of ${(budget / 1024).toFixed(1)} KB (scripts/lib/size-budget.mjs)`);
    }
  }
  return problems;
}
