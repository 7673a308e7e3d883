/**
 * The results of one student in the formats of the platforms teachers grade on: Gradescope's
 * results.json (always written) and Exercism's test-runner results v3 (with --format exercism).
 * Both are built from the results only, so they show nothing the student's own report does not:
 * no hidden case's expected values.
 */
import { caseShares } from "../grade/score";
import type { CaseResult, CaseStatus, ExerciseResult, Results } from "../results/types";

function caseText(c: CaseResult): string {
  return c.output ? `${c.message}\n\nWhat your code printed:\n${c.output}` : c.message;
}

/**
 * Gradescope's results.json (https://gradescope-autograders.readthedocs.io/en/latest/specs/, "Output
 * format"): a test per case, worth its share of the function's points (caseShares), so the tests'
 * max_score add up to exactly the assignment's total and the passed tests' scores to the score.
 */
export function gradescopeResults(results: Results): GradescopeResults {
  return {
    score: results.score,
    output: results.message,
    tests: results.exercises.flatMap((e) =>
      e.cases.map((c, i) => {
        const share = caseShares(e.max_score, e.cases.length)[i];
        return {
          name: `${e.name}: ${c.name}`,
          score: c.status === "pass" ? share : 0,
          max_score: share,
          status: c.status === "pass" ? "passed" : "failed",
          output: caseText(c),
          visibility: "visible" as const,
        };
      }),
    ),
  };
}

export interface GradescopeTest {
  name: string;
  score: number;
  max_score: number;
  status: "passed" | "failed";
  output: string;
  visibility: "visible" | "hidden" | "after_due_date" | "after_published";
}

export interface GradescopeResults {
  score: number;
  output: string;
  tests: GradescopeTest[];
}

const exercismStatus = (s: CaseStatus): "pass" | "fail" | "error" => (s === "pass" ? "pass" : s === "fail" || s === "not-attempted" ? "fail" : "error");

/** Exercism caps a test's output at 500 characters. */
const OUTPUT_LIMIT = 500;

function exercismTest(e: ExerciseResult, c: CaseResult, taskId: number) {
  const status = exercismStatus(c.status);
  return {
    name: `${e.name}: ${c.name}`,
    test_code: `${e.name}(...)  // ${c.hidden ? "hidden case (random shapes)" : `the course's case "${c.name}"`}`,
    status,
    message: status === "pass" ? null : c.message,
    output: c.output ? (c.output.length > OUTPUT_LIMIT ? `${c.output.slice(0, OUTPUT_LIMIT - 1)}…` : c.output) : null,
    task_id: taskId,
  };
}

export function exercismResults(results: Results): unknown {
  const tests = results.exercises.flatMap((e, i) => e.cases.map((c) => exercismTest(e, c, i + 1)));
  const status = results.status === "error" ? "error" : tests.every((t) => t.status === "pass") ? "pass" : "fail";
  return { version: 3, status, message: status === "error" ? results.message : null, tests };
}
