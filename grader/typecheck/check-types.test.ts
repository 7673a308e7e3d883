import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTypes } from "./check-types";
import { gradeSubmission } from "../grade/grade-submission";

function submission(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "typecheck-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const typedWrong = `import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";
export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  const Z = np.add(np.dot(W, A), b);
  const label: number = "Z";
  console.log(label);
  return [Z, [A, W, b]];
}
`;

describe("type checking a submission", () => {
  it("finds a type error with its file, line and column, resolving #np and the grader's dnn_utils", () => {
    const dir = submission({ "linear_forward.ts": typedWrong });
    const warnings = checkTypes(dir, ["linear_forward.ts"]);
    expect(warnings).toEqual([expect.stringMatching(/^linear_forward\.ts:6:9: Type 'string' is not assignable to type 'number'/)]);
  });

  it("finds nothing wrong in the reference solutions", () => {
    const dir = join(__dirname, "..", "..", "solutions");
    expect(checkTypes(dir, ["linear_forward.ts", "L_model_backward.ts", "compute_cost.ts"])).toEqual([]);
  });

  it("reports type errors as warnings that cost no points", async () => {
    const dir = submission({ "linear_forward.ts": typedWrong });
    const results = await gradeSubmission({ submissionDir: dir, only: ["linear_forward"], typecheck: true });
    expect(results.score).toBe(10);
    expect(results.warnings.some((w) => w.includes("linear_forward.ts:6:9") && w.includes("costs no points"))).toBe(true);
  });
});
