/**
 * `import { z } from "zod"` makes esbuild keep all of zod (every locale, the JSON-schema tools:
 * ~350 KB per bundle), because `z` is a re-exported namespace object. The same import written as
 * `import * as z from "zod"` names the same members and lets esbuild drop what is unused.
 * This plugin rewrites exactly that import form in our own sources at bundle time.
 */
import { readFile } from "node:fs/promises";

const NAMED_Z_IMPORT = /import\s*\{\s*z\s*\}\s*from\s*(["'])zod\1/g;

export const zodNamespacePlugin = {
  name: "zod-namespace-import",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.tsx?$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      return {
        contents: source.replace(NAMED_Z_IMPORT, 'import * as z from "zod"'),
        loader: args.path.endsWith(".tsx") ? "tsx" : "ts",
      };
    });
  },
};
