/**
 * Bulk grading packages a submission (build/package.ts: esbuild only transpiles, a small linker gives
 * each function its own module instances) and runs it in a few batched requests; `npm run grade`
 * bundles each function alone with esbuild's bundler. Every sample submission, hostile ones
 * included, must get the same grades both ways: statuses, scores, checks, mutated inputs, diagnosed
 * mistakes and where each error points in the student's files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Results } from "../results/types";
import { defaultLimits, probeConfinement } from "../run/limits";
import { gradeSubmission } from "./grade-submission";

const samplesDir = fileURLToPath(new URL("../samples/", import.meta.url));
const samples = readdirSync(samplesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

/** What a grade is made of, without times and without text that names frames of the grader's own code. */
function grades(results: Results) {
  return results.exercises.map((e) => ({
    name: e.name,
    status: e.status,
    score: e.score,
    own: e.with_own_dependencies?.status,
    cases: e.cases.map((c) => ({
      name: c.name,
      status: c.status,
      check: c.check,
      mutated: c.mutated_args,
      mistake: c.diagnosis?.mistake?.id,
      // A stack overflow's innermost frame depends on how deep the grader's own frames were.
      location: c.message.includes("Maximum call stack size exceeded") ? undefined : c.location,
    })),
  }));
}

describe("a package and bundles per function grade alike", () => {
  for (const name of samples) {
    const expected = JSON.parse(readFileSync(join(samplesDir, name, "expected.json"), "utf8")) as { timeout_ms?: number; heap_mb?: number; requires?: ("prlimit" | "bwrap")[] };
    const missing = (expected.requires ?? []).filter((tool) => !probeConfinement()[tool]);
    it.skipIf(missing.length > 0)(name, async () => {
      const options = {
        submissionDir: join(samplesDir, name),
        timeoutMs: expected.timeout_ms,
        limits: expected.heap_mb ? { ...defaultLimits, heapMb: expected.heap_mb } : undefined,
      };
      const packaged = await gradeSubmission({ ...options, bundling: "package" });
      const separate = await gradeSubmission({ ...options, bundling: "per-function" });
      expect(grades(packaged)).toEqual(grades(separate));
      expect(packaged.score).toBe(separate.score);
    }, 60_000);
  }
});
