/**
 * Runs inside the sandboxed child, as trusted grader code loaded like a student bundle, before the
 * student's code: the reference solutions compute the hidden cases' expected values. It then
 * restarts np.random exactly as a fresh child has it, so the student's code sees the generator it
 * would see under `npm run grade`, whoever was graded in this child before.
 *
 * The solutions are passed in by the entry hidden-cases.ts generates at bundle time, so no source
 * file imports them (a student handout, which has no solutions, still type-checks).
 */
import * as np from "#np";

type Solution = (...args: never[]) => unknown;

export function referenceRunner(solutions: Record<string, Solution>) {
  /** `requests`: [function name, its arguments] per case; returns each case's expected value, in order. */
  return function expectedValues(requests: [string, unknown[]][]): unknown[] {
    try {
      return requests.map(([name, args]) => solutions[name](...(args as never[])));
    } finally {
      np.random.seed(np.random.DEFAULT_SEED);
    }
  };
}
