/**
 * The view model of a report: what the templates show, built from a Results object by a pure
 * function. Every field is present (null or empty when there is nothing to show), so that the
 * templates, compiled in Handlebars' strict mode, fail loudly on a misspelt name.
 * Student text is passed through as text: escaping is the templates' job, done by `{{ }}`.
 */
import type { CaseResult, CaseStatus, Diagnosis, ExerciseResult, Results } from "../results/types";
import { comparisonView, type ComparisonView } from "./tensor-view";

export interface ReportOptions {
  /** The folder of hint files as a relative link from the report, ending in "/". */
  hintsHref: string;
}

export interface MistakeView {
  name: string;
  explanation: string;
  hint: string;
  /** The hint file as the student finds it in the project, e.g. "exercises/hints/linear_forward.md". */
  hint_file: string | null;
  hint_href: string | null;
}

export interface DiagnosisView {
  mistake: MistakeView | null;
  findings: string[];
}

export interface CaseView {
  name: string;
  status: CaseStatus;
  message: string;
  location: string | null;
  hidden: boolean;
  output: string;
  comparison: ComparisonView | null;
  diagnosis: DiagnosisView | null;
}

export interface OwnDependenciesView {
  status: CaseStatus;
  message: string;
  failing: CaseView[];
}

export interface ExerciseView {
  name: string;
  status: CaseStatus;
  score: number;
  max_score: number;
  message: string;
  /** Cases to explain in full: every case that did not pass, unless the function was not attempted. */
  failing: CaseView[];
  own: OwnDependenciesView | null;
  /** Whether the report has a section on this function below the summary lines. */
  explained: boolean;
}

export interface ReportView {
  grader: { name: string; version: string };
  submission: { path: string; files: string[] };
  /** The seed of this grading's hidden cases (bulk grading), so the teacher can replay them; null without. */
  hidden_seed: string | null;
  started_at: string;
  ok: boolean;
  message: string;
  score: number;
  max_score: number;
  percent: number;
  /** Each part's subtotal, "Part 2 · Application", when more than one part was graded; else empty. */
  parts: { label: string; score: number; max_score: number }[];
  nothing_attempted: boolean;
  exercises: ExerciseView[];
  explained: ExerciseView[];
  warnings: string[];
}

/** Control characters (ANSI escapes, lone carriage returns) written as `\x1b`: inert in a terminal or a page, and visible. */
export function visibleControls(text: string): string {
  return text
    .replace(/\r\n/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** A hint file as `exercises/hints/<file>.md#<heading>` or `<file>.md`: the file inside the hints folder and the heading. */
function splitHintFile(hintFile: string): { file: string; fragment: string } {
  const hash = hintFile.indexOf("#");
  const path = hash < 0 ? hintFile : hintFile.slice(0, hash);
  return { file: path.replace(/^(\.\/)?(exercises\/)?hints\//, ""), fragment: hash < 0 ? "" : hintFile.slice(hash + 1) };
}

/** How the student finds the hint file in the project. */
export function hintLabel(hintFile: string): string {
  return `exercises/hints/${splitHintFile(hintFile).file}`;
}

/** A relative link to a hint file inside the hints folder, or null when the name could point elsewhere. */
export function hintHref(hintFile: string, hintsHref: string): string | null {
  const { file, fragment } = splitHintFile(hintFile);
  const segments = file.split("/");
  if (file === "" || segments.some((s) => s === "" || s === "." || s === ".." || s.includes("\\"))) return null;
  const encode = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, (c) => encodeURIComponent(c).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`));
  return hintsHref + segments.map(encode).join("/") + (fragment ? `#${encode(fragment)}` : "");
}

function diagnosisView(d: Diagnosis | undefined, options: ReportOptions): DiagnosisView | null {
  if (!d || (!d.mistake && d.findings.length === 0)) return null;
  const m = d.mistake;
  const mistake = m
    ? {
        name: m.name,
        explanation: m.explanation,
        hint: m.hint,
        hint_file: m.hint_file ? hintLabel(m.hint_file) : null,
        hint_href: m.hint_file ? hintHref(m.hint_file, options.hintsHref) : null,
      }
    : null;
  return { mistake, findings: d.findings.map(visibleControls) };
}

function caseView(c: CaseResult, options: ReportOptions): CaseView {
  return {
    name: c.name,
    status: c.status,
    message: visibleControls(c.message),
    location: c.location ?? null,
    hidden: c.hidden,
    output: visibleControls(c.output).replace(/\n+$/, ""),
    comparison: c.comparison ? comparisonView(c.comparison, c.hidden) : null,
    diagnosis: diagnosisView(c.diagnosis, options),
  };
}

const failingCases = (cases: CaseResult[], options: ReportOptions) => cases.filter((c) => c.status !== "pass").map((c) => caseView(c, options));

function exerciseView(e: ExerciseResult, options: ReportOptions): ExerciseView {
  const attempted = e.status !== "not-attempted";
  const failing = attempted ? failingCases(e.cases, options) : [];
  const w = e.with_own_dependencies;
  const own = w ? { status: w.status, message: visibleControls(w.message), failing: attempted ? failingCases(w.cases, options) : [] } : null;
  return {
    name: e.name,
    status: e.status,
    score: e.score,
    max_score: e.max_score,
    message: visibleControls(e.message),
    failing,
    own,
    explained: failing.length > 0 || (own !== null && own.failing.length > 0),
  };
}

export function buildReportView(results: Results, options: ReportOptions): ReportView {
  const exercises = results.exercises.map((e) => exerciseView(e, options));
  return {
    grader: results.grader,
    submission: { path: results.submission.path, files: results.submission.files.map(visibleControls) },
    hidden_seed: results.hidden_cases ? String(results.hidden_cases.seed) : null,
    started_at: results.started_at,
    ok: results.status === "ok",
    message: visibleControls(results.message),
    score: results.score,
    max_score: results.max_score,
    percent: results.max_score > 0 ? Math.round((100 * results.score) / results.max_score) : 0,
    parts: results.parts.length > 1 ? results.parts.map((p, i) => ({ label: `Part ${i + 1} · ${p.title}`, score: p.score, max_score: p.max_score })) : [],
    nothing_attempted: exercises.length > 0 && exercises.every((e) => e.status === "not-attempted"),
    exercises,
    explained: exercises.filter((e) => e.explained),
    warnings: results.warnings.map(visibleControls),
  };
}
