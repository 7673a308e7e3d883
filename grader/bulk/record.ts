/**
 * What the bulk run keeps about each student: one line of the journal, and all that the gradebook
 * and the class dashboard need, so both can be rebuilt (after a resume, or by `merge`) without
 * reading any student's results again.
 */
import type { CaseStatus, Results } from "../results/types";
import { isMissingFile } from "../results/missing";
import type { Platform } from "./platforms";

/**
 * graded; error: none of its code could run; failed: it could not be graded (see `problem`);
 * and the submissions that are not worth a `graded` 0 without a word: empty (no file at all),
 * no-typescript (files, none of them code), no-exercise-files (code, but none of it in an exercise's
 * file, nor in a near name), unchanged-stubs (the handout's stubs, nothing attempted).
 */
export type StudentStatus = "graded" | "error" | "failed" | "empty" | "no-typescript" | "no-exercise-files" | "unchanged-stubs";

/** The statuses that have no results (nothing was run): the gradebook leaves the functions' cells empty. */
export const unrunStatuses: readonly StudentStatus[] = ["failed", "empty", "no-typescript", "no-exercise-files"];

/** How the submission was received, from discovery and staging (bulk/discover.ts, bulk/stage.ts). */
export interface Intake {
  platform: Platform;
  /** The student's name as the platform gives it. */
  display_name?: string;
  late?: boolean;
  /** Exercise files graded under a near name. */
  renamed?: { from: string; to: string }[];
  /** What the teacher should know about how the files were read (older attempts, names read as Latin-1). */
  notes?: string[];
}

export interface StudentRecord extends Partial<Intake> {
  id: string;
  /** The entry in the class folder, e.g. "alice.zip". */
  source: string;
  /** The journal key: content digest, grader version, fixtures digest and grading settings. */
  key: string;
  /** The submission's content digest ("" when it could not be read). */
  digest: string;
  status: StudentStatus;
  score: number;
  max_score: number;
  /** Points per graded function (none when failed). */
  points: Record<string, number>;
  /** Status per graded function, for the pass rates. */
  functions: Record<string, CaseStatus>;
  /** Catalogued mistakes diagnosed in this submission, once per function and mistake, under the functions that failed with them. */
  mistakes: { function: string; id: string; name: string }[];
  /** Functions with a case that ran out of time. */
  timeouts: string[];
  hidden_seed?: number;
  problem?: string;
}

/** A graded submission's own status when nothing in it was attempted: no exercise file, or only stubs. */
function gradedStatus(results: Results): StudentStatus {
  if (results.status !== "ok") return "error";
  if (results.exercises.every(isMissingFile)) return "no-exercise-files";
  if (results.exercises.every((e) => e.status === "not-attempted")) return "unchanged-stubs";
  return "graded";
}

function intakeFields(intake: Intake | undefined): Partial<Intake> {
  if (!intake) return {};
  const { platform, display_name, late, renamed, notes } = intake;
  return { platform, ...(display_name ? { display_name } : {}), ...(late ? { late } : {}), ...(renamed?.length ? { renamed } : {}), ...(notes?.length ? { notes } : {}) };
}

export function recordFromResults(id: string, source: string, key: string, results: Results, intake?: Intake): StudentRecord {
  const mistakes: StudentRecord["mistakes"] = [];
  for (const e of results.exercises) {
    const seen = new Set<string>();
    // Only the cases the function failed on its own: with the student's own callees, a right
    // function can fail through a wrong callee, and its output can look like one of its own mistakes.
    for (const c of e.cases) {
      const m = c.status !== "pass" ? c.diagnosis?.mistake : undefined;
      if (m && !seen.has(m.id)) {
        seen.add(m.id);
        mistakes.push({ function: e.name, id: m.id, name: m.name });
      }
    }
  }
  return {
    id,
    source,
    key,
    digest: results.submission.digest,
    status: gradedStatus(results),
    score: results.score,
    max_score: results.max_score,
    points: Object.fromEntries(results.exercises.map((e) => [e.name, e.score])),
    functions: Object.fromEntries(results.exercises.map((e) => [e.name, e.status])),
    mistakes,
    timeouts: results.exercises.filter((e) => e.cases.some((c) => c.status === "timeout")).map((e) => e.name),
    ...(results.hidden_cases ? { hidden_seed: results.hidden_cases.seed } : {}),
    ...intakeFields(intake),
  };
}

/** A student not graded: `failed`, or a submission with nothing to run (`empty`, `no-typescript`). */
export function failedRecord(id: string, source: string, key: string, problem: string, maxScore: number, intake?: Intake, status: StudentStatus = "failed"): StudentRecord {
  return { id, source, key, digest: "", status, score: 0, max_score: maxScore, points: {}, functions: {}, mistakes: [], timeouts: [], problem, ...intakeFields(intake) };
}
