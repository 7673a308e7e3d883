/**
 * Diagnosis of a failing case: which known mistake the student made (the catalogue), or failing
 * that, what generic detectors can say precisely. Called by the pipeline for every case whose
 * returned value failed a check; everything it runs runs in the sandbox, like the student's code.
 */
import type { Exercise } from "../course/exercises";
import type { FixtureCase, Tolerance } from "../fixtures/load";
import type { CheckFailure } from "../check/compare";
import type { Diagnosis } from "../results/types";
import type { CallOutcome } from "../run/sandbox";
import type { Value } from "../values/value";

export interface DiagnoseContext {
  exercise: Exercise;
  testCase: FixtureCase;
  tolerance: Tolerance;
  /** What the student's function returned. */
  actual: Value;
  failure: CheckFailure;
  /** Loads `code` (an esbuild bundle exporting `exportName`) under `key` in the sandbox and calls it on `args`. */
  run(key: string, code: string, exportName: string, args: Value[]): Promise<CallOutcome>;
}

export async function diagnoseFailure(_context: DiagnoseContext): Promise<Diagnosis | undefined> {
  return undefined;
}
