import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileSchema } from "../validation/ajv";
import { gradeSubmission } from "../grade/grade-submission";
import schema from "./results.schema.json" with { type: "json" };
import { writeResults } from "./write";
import type { Results } from "./types";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** What may differ between two gradings of the same submission. */
function withoutVolatile(results: Results): unknown {
  return {
    ...results,
    started_at: "",
    duration_ms: 0,
    timings_ms: {},
    exercises: results.exercises.map((e) => ({
      ...e,
      cases: e.cases.map((c) => ({ ...c, duration_ms: 0 })),
      ...(e.with_own_dependencies
        ? { with_own_dependencies: { ...e.with_own_dependencies, cases: e.with_own_dependencies.cases.map((c) => ({ ...c, duration_ms: 0 })) } }
        : {}),
    })),
  };
}

describe("results", () => {
  it("validate against the versioned results schema, for a full pass and for a fresh checkout", async () => {
    const validate = compileSchema(schema);
    for (const dir of ["solutions", "exercises", "grader/samples/transposed-product"]) {
      const results = await gradeSubmission({ submissionDir: join(root, dir) });
      expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("are identical for the same submission graded twice, apart from times", async () => {
    const dir = join(root, "grader/samples/missing-one-over-m");
    const first = await gradeSubmission({ submissionDir: dir });
    const second = await gradeSubmission({ submissionDir: dir });
    expect(withoutVolatile(second)).toEqual(withoutVolatile(first));
  });

  it("are written atomically to results.json with nothing else left in the folder", async () => {
    const out = mkdtempSync(join(tmpdir(), "results-"));
    const results = await gradeSubmission({ submissionDir: join(root, "solutions"), only: ["linear_forward"] });
    const file = writeResults(out, results);
    expect(readdirSync(out)).toEqual(["results.json"]);
    expect(JSON.parse(readFileSync(file, "utf8")).score).toBe(10);
  });
});
