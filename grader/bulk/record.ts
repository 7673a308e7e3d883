/**
 * What the bulk run keeps about each student: one line of the journal, and all that the gradebook
 * and the class dashboard need, so both can be rebuilt (after a resume, or by `merge`) without
 * reading any student's results again.
 */
import type { CaseStatus, Results } from "../results/types";

export type StudentStatus = "graded" | "error" | "failed";

export interface StudentRecord {
  id: string;
  /** The entry in the class folder, e.g. "alice.zip". */
  source: string;
  /** The journal key: content digest, grader version, fixtures digest and grading settings. */
  key: string;
  /** The submission's content digest ("" when it could not be read). */
  digest: string;
  /** graded; error: none of its code could run; failed: it could not be graded (see `problem`). */
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

export function recordFromResults(id: string, source: string, key: string, results: Results): StudentRecord {
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
    status: results.status === "ok" ? "graded" : "error",
    score: results.score,
    max_score: results.max_score,
    points: Object.fromEntries(results.exercises.map((e) => [e.name, e.score])),
    functions: Object.fromEntries(results.exercises.map((e) => [e.name, e.status])),
    mistakes,
    timeouts: results.exercises.filter((e) => e.cases.some((c) => c.status === "timeout")).map((e) => e.name),
    ...(results.hidden_cases ? { hidden_seed: results.hidden_cases.seed } : {}),
  };
}

export function failedRecord(id: string, source: string, key: string, problem: string, maxScore: number): StudentRecord {
  return { id, source, key, digest: "", status: "failed", score: 0, max_score: maxScore, points: {}, functions: {}, mistakes: [], timeouts: [], problem };
}
