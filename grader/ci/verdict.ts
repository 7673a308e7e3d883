/** CI's verdict on a graded solution branch: exit code 1 below the bar, 0 at or above it. */
import type { Results } from "../results/types";

export interface CiVerdict {
  passed: boolean;
  reason: string;
}

/** Without a minimum score, the bar is every public case passing. */
export function ciVerdict(results: Results, minScore?: number): CiVerdict {
  if (minScore !== undefined) {
    const passed = results.score >= minScore;
    return { passed, reason: `score ${results.score}/${results.max_score} is ${passed ? "at or above" : "below"} the minimum ${minScore}` };
  }
  const failing = results.exercises.flatMap((e) => e.cases.filter((c) => !c.hidden && c.status !== "pass").map((c) => `${e.name} (${c.name})`));
  return failing.length === 0
    ? { passed: true, reason: "every public case passes" }
    : { passed: false, reason: `${failing.length} public case${failing.length > 1 ? "s" : ""} did not pass: ${failing.join(", ")}` };
}
