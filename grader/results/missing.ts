import type { ExerciseResult } from "./types";

/**
 * Whether a function was not graded because its file is missing from the submission (every case
 * says so), as opposed to a stub left alone: the terminal, the reports and the gradebook call it
 * "missing", with the near names found, instead of "not attempted".
 */
export function isMissingFile(e: Pick<ExerciseResult, "cases">): boolean {
  return e.cases.length > 0 && e.cases.every((c) => c.check === "missing");
}
