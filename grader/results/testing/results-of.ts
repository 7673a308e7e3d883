/**
 * A results object for tests of what reads one (summaries, CI outputs, journals): the envelope a
 * grading writes around its exercises, with fixed digests and times, and what a test sets over it.
 */
import { loadCourse } from "../../course/exercises";
import { partSubtotals } from "../../grade/parts";
import { RESULTS_FORMAT_VERSION, type ExerciseResult, type Results } from "../types";

export function resultsOf(exercises: ExerciseResult[], overrides: Partial<Results> = {}): Results {
  return {
    format_version: RESULTS_FORMAT_VERSION,
    grader: { name: "dnn-grader", version: "0.1.0" },
    status: "ok",
    message: "",
    score: exercises.reduce((s, e) => s + e.score, 0),
    max_score: exercises.reduce((s, e) => s + e.max_score, 0),
    submission: { path: "exercises", digest: `sha256:${"0".repeat(64)}`, files: [] },
    fixtures_digest: `sha256:${"0".repeat(64)}`,
    started_at: "2026-11-26T00:00:00.000Z",
    duration_ms: 300,
    timings_ms: { startup: 0, bundle: 0, run: 0 },
    warnings: [],
    exercises,
    parts: partSubtotals(exercises, loadCourse().exercises, loadCourse().parts),
    ...overrides,
  };
}
