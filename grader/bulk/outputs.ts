/**
 * A student's folder in the bulk output, OUT/students/<id>/: the results file, the HTML and
 * Markdown reports, Gradescope's results.json and, on request, Exercism's. Everything in it is
 * derived from results.json, so a missing file (a format asked for later) is rebuilt without regrading.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeReports } from "../report/write-reports";
import type { Results } from "../results/types";
import { writeAtomically, writeResults } from "../results/write";
import { exercismResults, gradescopeResults } from "./formats";

export type ExtraFormat = "exercism";
export const extraFormats: readonly ExtraFormat[] = ["exercism"];

export function studentDir(outDir: string, id: string): string {
  return join(outDir, "students", id);
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

function writeFormat(dir: string, format: "gradescope" | ExtraFormat, value: unknown): void {
  mkdirSync(join(dir, format), { recursive: true });
  writeAtomically(join(dir, format, "results.json"), json(value));
}

function writeDerived(dir: string, results: Results, formats: readonly ExtraFormat[]): void {
  writeReports(dir, results);
  writeFormat(dir, "gradescope", gradescopeResults(results));
  if (formats.includes("exercism")) writeFormat(dir, "exercism", exercismResults(results));
}

/** Replaces the student's folder: nothing from an earlier grading survives beside the new files. */
export function writeStudentFiles(outDir: string, id: string, results: Results, formats: readonly ExtraFormat[]): void {
  const dir = studentDir(outDir, id);
  rmSync(dir, { recursive: true, force: true });
  writeResults(dir, results);
  writeDerived(dir, results, formats);
}

/** For a student who could not be graded: Gradescope still gets a score (0) and the reason. */
export function writeFailedStudent(outDir: string, id: string, problem: string): void {
  const dir = studentDir(outDir, id);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeAtomically(join(dir, "problem.txt"), problem + "\n");
  writeFormat(dir, "gradescope", { score: 0, output: problem, tests: [] });
}

/** For a student skipped as already graded: true when every file is there (rebuilding derived ones). */
export function ensureStudentFiles(outDir: string, id: string, formats: readonly ExtraFormat[]): boolean {
  const dir = studentDir(outDir, id);
  const resultsFile = join(dir, "results.json");
  if (!existsSync(resultsFile)) return false;
  const wanted = ["report.html", "report.md", "gradescope/results.json", ...formats.map((f) => `${f}/results.json`)];
  if (wanted.some((f) => !existsSync(join(dir, f)))) writeDerived(dir, JSON.parse(readFileSync(resultsFile, "utf8")) as Results, formats);
  return true;
}
