/**
 * The terminal summary: one line per function and, under a failing one, the first sentence of its
 * problem, the named mistake and its one-line fix when the diagnosis has one, then where the
 * details are. Every line fits TERMINAL_COLUMNS; the long form lives in the report.
 * Messages and warnings carry student text (thrown messages, printed output, file names), and the
 * label may be a student's folder name: all go through terminalText, line by line after wrapping,
 * so a terminal or a CI runner reading these lines obeys none of it.
 */
import pc from "picocolors";
import { isMissingFile } from "../results/missing";
import { terminalText, visibleControls } from "../ci/neutralise";
import { messages } from "../messages/messages";
import type { CaseResult, CaseStatus, ExerciseResult, Results } from "../results/types";
import { atMost, columns, firstSentence, TERMINAL_COLUMNS, wrap } from "./wrap";

const marks: Record<CaseStatus, (text: string) => string> = {
  pass: pc.green,
  fail: pc.red,
  error: pc.red,
  timeout: pc.magenta,
  crashed: pc.magenta,
  "invalid-submission": pc.red,
  "not-attempted": pc.dim,
};

const symbol: Record<CaseStatus, string> = {
  pass: "✓",
  fail: "✗",
  error: "✗",
  timeout: "⏱",
  crashed: "✗",
  "invalid-submission": "✗",
  "not-attempted": "·",
};

const INDENT = "      ";
/** Lines the problem itself may take under a function; the rest is in the report. */
const PROBLEM_LINES = 3;

export interface SummaryOptions {
  /** The report as the student should open it (relative to where they are), for the "Details" lines. */
  reportPath?: string;
  resultsPath?: string;
  /** How many functions the course grades, to tell a run with --only from a whole one. */
  courseFunctions?: number;
}

/**
 * A part's heading with its subtotal, before its first function, when more than one part was graded:
 * "Part 2 · Application" and its points, aligned with the functions' points.
 */
function partHeadings(results: Results, width: number): Map<string, string> {
  const headings = new Map<string, string>();
  if (results.parts.length < 2) return headings;
  results.parts.forEach((part, i) => {
    const title = messages.summary.part(i, part.title);
    const points = `${part.score}/${part.max_score}`;
    headings.set(part.exercises[0], pc.bold(`  ${title.padEnd(width + 2)} ${points.padStart(7)}`));
  });
  return headings;
}

/** Student text wrapped under its function, each line made inert after wrapping. */
function block(text: string, max = Infinity): string[] {
  const lines = wrap(visibleControls(text), TERMINAL_COLUMNS, INDENT).map(terminalText);
  return atMost(lines, max, `${INDENT}${messages.summary.moreInReport}`);
}

/** The case whose story the terminal tells: the first failing one with a named mistake, else the first failing one. */
function headlineCase(cases: readonly CaseResult[]): CaseResult | undefined {
  const failing = cases.filter((c) => c.status !== "pass");
  return failing.find((c) => c.diagnosis?.mistake) ?? failing[0];
}

/** What is said under a function that did not pass on its own. */
function problemLines(e: ExerciseResult, reportPath: string | undefined): string[] {
  const c = headlineCase(e.cases);
  const text = c ? `${e.cases.length > 1 ? `case "${c.name}": ` : ""}${firstSentence(c.message)}` : firstSentence(e.message);
  const lines = block(text, PROBLEM_LINES).map((l) => pc.dim(l));
  const mistake = c?.diagnosis?.mistake;
  if (mistake) {
    lines.push(...block(messages.summary.mistake(mistake.name)).map((l) => pc.bold(l)));
    lines.push(...block(messages.summary.fix(mistake.hint), PROBLEM_LINES));
  }
  if (reportPath) lines.push(...block(messages.summary.details(`${reportPath}#fn-${e.name}`)).map((l) => pc.dim(l)));
  return lines;
}

export function formatSummary(results: Results, label: string, options: SummaryOptions = {}): string {
  const width = Math.max(...results.exercises.map((e) => e.name.length));
  const lines = [...wrap(`Grading ${visibleControls(label)}`, TERMINAL_COLUMNS).map((l) => pc.bold(terminalText(l))), ""];
  const headings = partHeadings(results, width);
  for (const e of results.exercises) {
    const heading = headings.get(e.name);
    if (heading) lines.push(...(lines.at(-1) === "" ? [] : [""]), heading);
    const color = marks[e.status];
    const points = `${e.score}/${e.max_score}`.padStart(7);
    // A missing file is not a stub left alone: say so, with the near names found (did you mean).
    const missing = isMissingFile(e);
    lines.push(`  ${color(symbol[e.status])} ${e.name.padEnd(width)} ${points}  ${color(missing ? "missing" : e.status.replace("-", " "))}`);
    const own = e.with_own_dependencies;
    if (missing) lines.push(...block(e.cases[0].message, PROBLEM_LINES).map((l) => pc.dim(l)));
    else if (e.status !== "pass" && e.status !== "not-attempted") lines.push(...problemLines(e, options.reportPath));
    else if (own && own.status !== "pass" && own.status !== "not-attempted") lines.push(...block(own.message, PROBLEM_LINES + 1).map((l) => pc.yellow(l)));
  }
  const graded = results.exercises.map((e) => e.name);
  const some = options.courseFunctions !== undefined && graded.length < options.courseFunctions;
  const score = some ? messages.summary.scoreOfSome(results.score, results.max_score, graded) : messages.summary.score(results.score, results.max_score);
  const nothing = graded.length > 0 && results.exercises.every((e) => e.status === "not-attempted");
  lines.push("");
  lines.push(pc.bold(score));
  if (nothing) lines.push(pc.dim(messages.summary.nothingAttempted(graded[0])));
  for (const warning of results.warnings) lines.push(...wrap(`warning: ${visibleControls(warning)}`, TERMINAL_COLUMNS).map((l) => pc.yellow(terminalText(l))));
  if (options.resultsPath || options.reportPath) lines.push("");
  if (options.resultsPath) lines.push(...wrap(`Results: ${options.resultsPath}`, TERMINAL_COLUMNS));
  if (options.reportPath) lines.push(...wrap(`Report: ${options.reportPath}`, TERMINAL_COLUMNS));
  return lines.join("\n");
}

/** The widest line of a summary, in columns (for tests and for callers that add their own lines). */
export function widestLine(summary: string): number {
  return Math.max(...summary.split("\n").map(columns));
}
