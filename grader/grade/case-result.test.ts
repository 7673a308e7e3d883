import { describe, expect, it } from "vitest";
import type { Exercise } from "../course/exercises";
import type { FixtureCase } from "../fixtures/load";
import { NUMPY_TOLERANCE } from "../np/compare";
import { comparisonView } from "../report/tensor-view";
import type { CallOutcome } from "../run/sandbox";
import { ndarrayValue } from "../values/value";
import { caseFromOutcome } from "./case-result";

const exercise: Exercise = { part: "step-by-step", name: "linear_forward", title: "", args: ["A", "W", "b"], calls: [], outputs: "Z", points: 10, timeoutMs: 3000 };
const aCase = (expected: number[]): FixtureCase => ({
  name: "course",
  recipe: "",
  hidden: false,
  args: [],
  expected: ndarrayValue([1, expected.length], expected),
});

describe("caseFromOutcome", () => {
  it("records a timed-out case as running for its limit, however late the sandbox noticed", () => {
    for (const durationMs of [3000, 3000.04, 3412.7, 60_000]) {
      const outcome: CallOutcome = { kind: "timeout", limitMs: 3000, output: "", durationMs };
      const result = caseFromOutcome(exercise, aCase([1]), NUMPY_TOLERANCE, outcome, []);
      expect(result.status).toBe("timeout");
      expect(result.duration_ms, `measured ${durationMs} ms`).toBe(3000);
    }
  });

  it("keeps the measured time of a case that finished, and of a timeout reported before its limit", () => {
    const returned: CallOutcome = { kind: "returned", value: ndarrayValue([1, 1], [1]), mutatedArgs: [], output: "", durationMs: 12.34 };
    expect(caseFromOutcome(exercise, aCase([1]), NUMPY_TOLERANCE, returned, []).duration_ms).toBe(12.3);
    const early: CallOutcome = { kind: "timeout", limitMs: 3000, output: "", durationMs: 2999.96 };
    expect(caseFromOutcome(exercise, aCase([1]), NUMPY_TOLERANCE, early, []).duration_ms).toBe(3000);
  });

  it("gives the report the case's tolerance, so it marks exactly the values the check failed", () => {
    // 0.5 + 0.25·4 = 1.5: 5.5 is just inside for 4, 5.75 outside. |7.2 − 10| = 2.8 ≤ 0.5 + 0.25·10 but
    // > 0.5 + 0.25·7.2: close with 10 as the expected value, not the other way round.
    const tolerance = { rtol: 0.25, atol: 0.5 };
    const value = ndarrayValue([1, 4], [5.5, 5.75, 7.2, 10]);
    const outcome: CallOutcome = { kind: "returned", value, mutatedArgs: [], output: "", durationMs: 1 };
    const result = caseFromOutcome(exercise, aCase([4, 4, 10, 7.2]), tolerance, outcome, []);
    expect(result.message).toContain("(the largest difference; 2 of 4 values differ)");
    expect(result.comparison?.tolerance).toEqual(tolerance);
    const view = comparisonView(result.comparison!, false);
    expect(view.differing).toBe(2);
    expect(view.actual.rows[0].cells.map((c) => c.differs)).toEqual([false, true, false, true]);
  });
});
