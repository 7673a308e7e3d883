import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["grader/**/*.test.ts", "solutions/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["node_modules/**", "grader/samples/**"],
    // End-to-end tests start sandboxed child processes; two cores are shared with them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
