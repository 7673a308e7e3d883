/**
 * The results of grading one submission: the contract other tools read (`--json`, results.json,
 * bulk gradebooks). Versioned; `results.schema.json` beside this file describes the same shape.
 */
import type { Tolerance } from "../np/compare";

/**
 * 1.1 added `parts` (a subtotal per assignment of the week) and each exercise's `part`; 1.2: a
 * thrown case's diagnosis carries `source`, the student's line that threw.
 */
export const RESULTS_FORMAT_VERSION = "1.2";

export type CaseStatus = "pass" | "fail" | "error" | "timeout" | "not-attempted" | "invalid-submission" | "crashed";

/** Which check decided a failing case, in the order they run. */
export type CheckName = "kind" | "shape" | "finite" | "values" | "threw" | "timeout" | "crashed" | "load" | "missing";

export interface CaseResult {
  name: string;
  status: CaseStatus;
  message: string;
  check?: CheckName;
  /** Where a stack trace points in the student's files, e.g. "linear_forward.ts:12:5". */
  location?: string;
  duration_ms: number;
  output: string;
  hidden: boolean;
  comparison?: Comparison;
  diagnosis?: Diagnosis;
  /** Inputs the function changed in place (the grader copies inputs, so this never spoils a case). */
  mutated_args?: number[];
}

/** An array as results carry it: numpy's shape and row-major data (non-finite numbers as strings). */
export interface TensorJson {
  shape: number[];
  data: (number | "NaN" | "Infinity" | "-Infinity")[];
}

/** The array that failed a check, for reports to show side by side. */
export interface Comparison {
  /** Where in the result, as the course writes it: "Z", "cache[0]", "grads[\"dW1\"]". */
  label: string;
  actual: TensorJson;
  /** Absent for hidden cases: their expected values are never shown. */
  expected?: TensorJson;
  /** The case's tolerance, so that a report marks as differing exactly the values the check failed. */
  tolerance: Tolerance;
}

/** What the grader believes the student did wrong, beyond which check failed. */
export interface Diagnosis {
  /** A known mistake from the catalogue whose output matches the student's exactly. */
  mistake?: { id: string; name: string; explanation: string; hint: string; hint_file?: string };
  /** Precise observations of generic detectors, e.g. "the result is the expected one transposed". */
  findings: string[];
  /** For a case that threw: the student's line where it did (file relative to the submission, 1-based line). */
  source?: SourceLine;
}

export interface SourceLine {
  file: string;
  line: number;
  text: string;
}

/** The same function graded with the student's own versions of the functions it calls. */
export interface OwnDependenciesResult {
  status: CaseStatus;
  message: string;
  cases: CaseResult[];
}

export interface ExerciseResult {
  name: string;
  /** The id of the part (assignment) the function belongs to, e.g. "step-by-step", "application". */
  part?: string;
  status: CaseStatus;
  score: number;
  max_score: number;
  message: string;
  cases: CaseResult[];
  with_own_dependencies?: OwnDependenciesResult;
}

/** One part's subtotal: the sum of its graded functions' points. */
export interface PartResult {
  id: string;
  title: string;
  score: number;
  max_score: number;
  /** Its functions that were graded, in the assignment's order. */
  exercises: string[];
}

export interface Results {
  format_version: typeof RESULTS_FORMAT_VERSION;
  grader: { name: string; version: string };
  status: "ok" | "error";
  message: string;
  score: number;
  max_score: number;
  submission: { path: string; digest: string; files: string[] };
  fixtures_digest: string;
  started_at: string;
  duration_ms: number;
  /** Where the time went, for benchmarks: process start-up before grading, bundling, running cases. */
  timings_ms: { startup: number; bundle: number; run: number };
  exercises: ExerciseResult[];
  /** A subtotal per part that has a graded function, in the week's order; `score` is their sum. */
  parts: PartResult[];
  /** Present when hidden cases were graded: the seed they were drawn from, to replay them exactly. */
  hidden_cases?: { seed: number };
  warnings: string[];
}
