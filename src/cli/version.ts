/**
 * The version printed by `sourcelight --version`, read at run time from the package.json two levels
 * above this file: src/cli/ in development and dist/cli/ once built both sit there. The build is
 * owned elsewhere, so nothing here relies on a value injected at build time.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

const PackageJsonSchema = z.object({ version: z.string().min(1) });

export function readVersion(packageJsonUrl?: URL): string {
  try {
    // Inside the try: a bundle without import.meta (CommonJS) still answers "unknown".
    const url = packageJsonUrl ?? new URL("../../package.json", import.meta.url);
    return PackageJsonSchema.parse(JSON.parse(readFileSync(url, "utf8"))).version;
  } catch {
    return "unknown";
  }
}
