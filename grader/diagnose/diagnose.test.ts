/**
 * Diagnosis end to end through gradeSubmission and the sandbox, where no catalogued mistake matches.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gradeSubmission } from "../grade/grade-submission";
import type { ExerciseResult } from "../results/types";

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A submission folder holding `files` (function name -> source file or text). */
function submission(files: Record<string, { copyOf: string } | { text: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), "dnn-diagnose-"));
  folders.push(dir);
  for (const [fn, file] of Object.entries(files)) {
    if ("copyOf" in file) copyFileSync(file.copyOf, join(dir, `${fn}.ts`));
    else writeFileSync(join(dir, `${fn}.ts`), file.text);
  }
  return dir;
}

function failing(result: ExerciseResult) {
  return result.cases.filter((c) => c.status !== "pass");
}

describe("diagnosis, end to end", () => {
  // Every catalogued mistake named on every case it fails: grader/diagnose/catalogue/prove.ts,
  // run by `npm run check` (grader/selfcheck/selfcheck.test.ts), so not repeated here.

  it("says what it can when no catalogued mistake matches, and links the hints", async () => {
    const dir = submission({
      linear_backward: {
        text: `import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";
export function linear_backward(dZ: NDArray, cache: LinearCache): [NDArray, NDArray, NDArray] {
  const [A_prev, W] = cache;
  const m = A_prev.shape[1];
  const dW = np.multiply(2 / m, np.dot(dZ, A_prev.T)); // twice the right value
  const db = np.multiply(1 / m, np.sum(dZ, { axis: 1, keepdims: true }));
  return [np.dot(W.T, dZ), dW, db];
}
`,
      },
      linear_forward: {
        text: `import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";
export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  return [np.zeros([A.shape[1], W.shape[0]]), [A, W, b]]; // neither the shape nor the values
}
`,
      },
    });
    const results = await gradeSubmission({ submissionDir: dir, only: ["linear_forward", "linear_backward"] });
    const [forward, backward] = ["linear_forward", "linear_backward"].map((n) => failing(results.exercises.find((e) => e.name === n)!)[0]);

    expect(backward.diagnosis?.mistake).toBeUndefined();
    expect(backward.diagnosis?.findings).toEqual([
      expect.stringContaining("dW is 2 times the expected values, everywhere"),
      expect.stringContaining("exercises/hints/linear_backward.md"),
    ]);

    expect(forward.message).toContain("Z has shape (2, 1); expected (1, 2). Z is Z[l]: Z[l] must be (n[l], m) = (1, 2)");
    expect(forward.diagnosis?.mistake).toBeUndefined();
    expect(forward.diagnosis?.findings[0]).toContain("Z is Z[l]: Z[l] must be (n[l], m) = (1, 2); yours is (2, 1).");
    expect(forward.diagnosis?.findings[0]).toContain("in this call n[l] = 1 (the rows of W) and m = 2 (the columns of A)");
  });
});
