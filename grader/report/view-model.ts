/**
 * The view model of a report: what the templates show, built from a Results object by a pure
 * function. Every field is present (null or empty when there is nothing to show), so that the
 * templates, compiled in Handlebars' strict mode, fail loudly on a misspelt name.
 * Student text is passed through as text: escaping is the templates' job, done by `{{ }}`.
 */
import type { CaseResult, CaseStatus, Diagnosis, ExerciseResult, Results } from "../results/types";
import { messages } from "../messages/messages";
import { isMissingFile } from "../results/missing";
import { comparisonView, type ComparisonView } from "./tensor-view";
import { parseHintFile, type HintBlock, type HintFileView } from "./hints-view";

export interface ReportOptions {
  /**
   * The hint files, by name without ".md" (hints-view.ts loads the project's): the report carries
   * those it links to, so its links work wherever it is opened. Without them, no link.
   */
  hints?: Readonly<Record<string, string>>;
}

export interface MistakeView {
  name: string;
  explanation: string;
  hint: string;
  /** The hint file as the student finds it in the project, e.g. "exercises/hints/linear_forward.md". */
  hint_file: string | null;
  /** An anchor in the report itself ("#hints-linear_forward-hint-2-..."), where the hint file is carried. */
  hint_href: string | null;
  /** The hint the link points to, for the Markdown report, which shows it in place. */
  hint_section: { title: string; text: string } | null;
}

export interface DiagnosisView {
  mistake: MistakeView | null;
  findings: string[];
}

export interface CaseView {
  name: string;
  /** The named mistake, when the diagnosis has one: the case's headline, above what the check saw. */
  headline: string | null;
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
  /** The mistake named in the case the summary tells of, as in the terminal. */
  mistake: string | null;
  /** Cases to explain in full: every case that did not pass, unless the function was not attempted. */
  failing: CaseView[];
  own: OwnDependenciesView | null;
  /** Whether the report has a section on this function below the summary lines. */
  explained: boolean;
  /** Its file is missing from the submission: labelled "missing", not "not attempted". */
  missing: boolean;
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
  /** Where to start: the first function graded (the course's first, unless --only chose others). */
  first_function: string;
  exercises: ExerciseView[];
  explained: ExerciseView[];
  /** The hint files the report links to, carried at its end. */
  hints: HintFileView[];
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

/** The hint file a mistake names, parsed, when the report carries it. */
function hintFileOf(hintFile: string, options: ReportOptions): HintFileView | null {
  const name = splitHintFile(hintFile).file.replace(/\.md$/, "");
  const markdown = options.hints && Object.hasOwn(options.hints, name) ? options.hints[name] : undefined;
  return markdown === undefined ? null : parseHintFile(name, markdown);
}

/** The hint a link points to: its heading when the file has it, else the file's top. */
function hintTarget(hintFile: string, options: ReportOptions): { href: string; section: MistakeView["hint_section"] } | null {
  const file = hintFileOf(hintFile, options);
  if (!file) return null;
  const fragment = splitHintFile(hintFile).fragment;
  const at = file.blocks.findIndex((b) => b.heading && fragment !== "" && b.id === `${file.id}-${fragment}`);
  if (at < 0) return { href: `#${file.id}`, section: null };
  const end = file.blocks.findIndex((b, i) => i > at && b.heading);
  const plain = (b: HintBlock) => b.pre ?? b.spans.map((x) => (x.code ? `\`${x.text}\`` : x.text)).join("");
  return {
    href: `#${file.blocks[at].id}`,
    section: { title: plain(file.blocks[at]), text: file.blocks.slice(at + 1, end < 0 ? undefined : end).map(plain).join("\n\n") },
  };
}

function diagnosisView(d: Diagnosis | undefined, options: ReportOptions): DiagnosisView | null {
  if (!d || (!d.mistake && d.findings.length === 0)) return null;
  const m = d.mistake;
  const target = m?.hint_file ? hintTarget(m.hint_file, options) : null;
  const mistake = m
    ? {
        name: m.name,
        explanation: m.explanation,
        hint: m.hint,
        hint_file: m.hint_file ? hintLabel(m.hint_file) : null,
        hint_href: target?.href ?? null,
        hint_section: target?.section ?? null,
      }
    : null;
  return { mistake, findings: d.findings.map(visibleControls) };
}

function caseView(c: CaseResult, options: ReportOptions): CaseView {
  return {
    name: c.name,
    headline: c.status !== "pass" && c.diagnosis?.mistake ? c.diagnosis.mistake.name : null,
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
    mistake: attempted ? (e.cases.find((c) => c.status !== "pass" && c.diagnosis?.mistake)?.diagnosis?.mistake?.name ?? null) : null,
    failing,
    own,
    explained: failing.length > 0 || (own !== null && own.failing.length > 0),
    missing: isMissingFile(e),
  };
}

/** Every hint file a failing case's mistake names, once, in the grader's order of functions. */
function carriedHints(results: Results, options: ReportOptions): HintFileView[] {
  const files = new Map<string, HintFileView>();
  for (const e of results.exercises) {
    for (const c of [...e.cases, ...(e.with_own_dependencies?.cases ?? [])]) {
      const hintFile = c.status !== "pass" ? c.diagnosis?.mistake?.hint_file : undefined;
      const file = hintFile ? hintFileOf(hintFile, options) : null;
      if (file && !files.has(file.id)) files.set(file.id, file);
    }
  }
  return [...files.values()];
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
    parts: results.parts.length > 1 ? results.parts.map((p, i) => ({ label: messages.summary.part(i, p.title), score: p.score, max_score: p.max_score })) : [],
    nothing_attempted: exercises.length > 0 && exercises.every((e) => e.status === "not-attempted"),
    first_function: exercises[0]?.name ?? "",
    exercises,
    explained: exercises.filter((e) => e.explained),
    hints: carriedHints(results, options),
    warnings: results.warnings.map(visibleControls),
  };
}
