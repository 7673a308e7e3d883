/**
 * End-to-end: every folder in grader/samples/ is a submission with its expected results
 * (expected.json). Each is graded by the real pipeline, sandbox included. The hostile-* and
 * broken-* samples attack the sandbox or break the rules; grader/grade/hostile.test.ts checks what
 * expected.json cannot say (files not written, --json output, determinism).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CaseResult } from "../results/types";
import { defaultLimits, probeConfinement } from "../run/limits";
import { gradeSubmission } from "./grade-submission";

const samplesDir = fileURLToPath(new URL("../samples/", import.meta.url));

/** What one case must show; every field is optional. */
interface ExpectedCase {
  status?: string;
  message_contains?: string;
  /** The case's captured output contains this (each of these) / does not contain this / is exactly this. */
  output_contains?: string | string[];
  output_not_contains?: string;
  output?: string;
  location_contains?: string;
  /** The inputs the function changed in place; null: none (the field is absent). */
  mutated_args?: number[] | null;
}

interface ExpectedExercise {
  status: string;
  score?: number;
  /** The check that decided the first case that did not pass. */
  check?: string;
  message_contains?: string;
  own_status?: string;
  own_message_contains?: string;
  /** By case name. */
  cases?: Record<string, ExpectedCase>;
}

interface Expected {
  description: string;
  timeout_ms?: number;
  /** The child's V8 heap cap, in MB (default: the grader's). */
  heap_mb?: number;
  /** Confinement tools the expected results depend on; the sample is skipped where one is missing. */
  requires?: ("prlimit" | "bwrap")[];
  /** The total score of the exercises listed. */
  score?: number;
  /** The results' status: "error" when none of the code could be run (default "ok"). */
  results_status?: "ok" | "error";
  exercises: Record<string, ExpectedExercise>;
}

const samples = readdirSync(samplesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

function checkCase(got: CaseResult | undefined, want: ExpectedCase, context: string): void {
  expect(got, `${context}: no such case`).toBeDefined();
  const c = got!;
  const where = `${context}, case ${c.name}: ${c.status} — ${c.message}\noutput: ${c.output}`;
  if (want.status !== undefined) expect(c.status, where).toBe(want.status);
  if (want.message_contains !== undefined) expect(c.message, where).toContain(want.message_contains);
  for (const text of [want.output_contains ?? []].flat()) expect(c.output, where).toContain(text);
  if (want.output_not_contains !== undefined) expect(c.output, where).not.toContain(want.output_not_contains);
  if (want.output !== undefined) expect(c.output, where).toBe(want.output);
  if (want.location_contains !== undefined) expect(c.location ?? "", where).toContain(want.location_contains);
  if (want.mutated_args !== undefined) expect(c.mutated_args, where).toEqual(want.mutated_args ?? undefined);
}

describe.each(samples)("sample submission %s", (sample) => {
  const dir = join(samplesDir, sample);
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
  const confinement = probeConfinement();
  const missing = (expected.requires ?? []).filter((tool) => !confinement[tool]);

  it.skipIf(missing.length > 0)(`is graded as expected: ${expected.description}`, async () => {
    const results = await gradeSubmission({
      submissionDir: dir,
      only: Object.keys(expected.exercises),
      timeoutMs: expected.timeout_ms,
      limits: expected.heap_mb ? { ...defaultLimits, heapMb: expected.heap_mb } : undefined,
    });
    expect(results.status).toBe(expected.results_status ?? "ok");
    for (const [name, want] of Object.entries(expected.exercises)) {
      const got = results.exercises.find((e) => e.name === name)!;
      const context = `${name}: ${got.status} — ${got.message}`;
      expect(got.status, context).toBe(want.status);
      if (want.score !== undefined) expect(got.score, context).toBe(want.score);
      if (want.check !== undefined) expect(got.cases.find((c) => c.status !== "pass")?.check, context).toBe(want.check);
      if (want.message_contains !== undefined) expect(got.message, context).toContain(want.message_contains);
      if (want.own_status !== undefined) expect(got.with_own_dependencies?.status, context).toBe(want.own_status);
      if (want.own_message_contains !== undefined) expect(got.message, context).toContain(want.own_message_contains);
      for (const [caseName, wantCase] of Object.entries(want.cases ?? {})) {
        checkCase(got.cases.find((c) => c.name === caseName), wantCase, name);
      }
      // No pass that expected.json does not name: a hostile sample must never score by accident.
      if (want.status !== "pass") expect(got.score, context).toBe(want.score ?? 0);
    }
    if (expected.score !== undefined) expect(results.score).toBe(expected.score);
  });
});
