/**
 * End-to-end: every folder in grader/samples/ is a submission with its expected results
 * (expected.json). Each is graded by the real pipeline, sandbox included.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { gradeSubmission } from "./grade-submission";

const samplesDir = fileURLToPath(new URL("../samples/", import.meta.url));

interface ExpectedExercise {
  status: string;
  score?: number;
  check?: string;
  message_contains?: string;
  own_status?: string;
  own_message_contains?: string;
}

interface Expected {
  description: string;
  timeout_ms?: number;
  exercises: Record<string, ExpectedExercise>;
}

const samples = readdirSync(samplesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe.each(samples)("sample submission %s", (sample) => {
  const dir = join(samplesDir, sample);
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;

  it(`is graded as expected: ${expected.description}`, async () => {
    const results = await gradeSubmission({ submissionDir: dir, only: Object.keys(expected.exercises), timeoutMs: expected.timeout_ms });
    expect(results.status).toBe("ok");
    for (const [name, want] of Object.entries(expected.exercises)) {
      const got = results.exercises.find((e) => e.name === name)!;
      const context = `${name}: ${got.status} — ${got.message}`;
      expect(got.status, context).toBe(want.status);
      if (want.score !== undefined) expect(got.score, context).toBe(want.score);
      if (want.check !== undefined) expect(got.cases.find((c) => c.status !== "pass")?.check, context).toBe(want.check);
      if (want.message_contains !== undefined) expect(got.message, context).toContain(want.message_contains);
      if (want.own_status !== undefined) expect(got.with_own_dependencies?.status, context).toBe(want.own_status);
      if (want.own_message_contains !== undefined) expect(got.message, context).toContain(want.own_message_contains);
    }
  });
});
