/**
 * What makes a submission odd, beyond its score: nothing to run in it (empty, no TypeScript, no
 * exercise file), found before any sandbox starts; and, for the summary, any record the teacher
 * should look at (an own status, near file names graded, a late submission).
 */
import { posix } from "node:path";
import { messages } from "../messages/messages";
import type { StudentRecord, StudentStatus } from "./record";
import type { Staged } from "./stage";

/** Submissions with nothing to run get a status of their own instead of a `graded` 0 (record.ts). */
export function nothingToRun(staged: Staged): { status: StudentStatus; problem: string } | undefined {
  const { files, typescript } = staged.contents;
  const sample = files.slice(0, 4).map((f) => posix.basename(f));
  if (files.length === 0) return { status: "empty", problem: messages.bulk.empty };
  if (staged.exercises.length > 0) return undefined;
  if (typescript === 0) return { status: "no-typescript", problem: messages.bulk.noTypeScript(sample, files.length - sample.length) };
  return { status: "no-exercise-files", problem: messages.bulk.noExerciseFiles(sample) };
}

/** What the teacher should look at beyond the score: an own status, near file names, a late submission. */
export function isOdd(r: StudentRecord): boolean {
  return !["graded", "error", "failed"].includes(r.status) || (r.renamed?.length ?? 0) > 0 || r.late === true;
}
