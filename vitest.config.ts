import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
    environment: "node",
    // A safety net against hangs, not a speed check: on a loaded 2-core machine the jsdom property
    // tests have taken over 20 s, and a timeout there says nothing about the code.
    testTimeout: 90_000,
  },
});
