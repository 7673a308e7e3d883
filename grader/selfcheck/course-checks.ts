/**
 * `npm run check`: the course checks itself. The reference solutions score full marks on the public
 * and hidden cases, every catalogued mistake is caught and named, every stub is "not attempted", the
 * fixtures regenerate byte for byte and validate, the docs and hints are there, and nothing stray
 * lies around. Each problem names the file and what to do.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadExercises } from "../course/exercises";
import { GraderError } from "../errors";
import { fixturesDir, loadFixtures } from "../fixtures/load";
import { renderAllFixtures } from "../fixtures/render";
import { gradeSubmission } from "../grade/grade-submission";
import { paths } from "../paths";
import { checkAppHelpersCopy, checkDocs, checkStrayFiles, checkStubs } from "./files";
import { catalogueRounds, proveRound } from "../diagnose/catalogue/prove";
import type { CourseCheck, Problem } from "./problem";

const names = () => loadExercises().map((e) => e.name);
const layout = () => ({ root: paths.projectRoot, names: names() });

export const courseChecks: CourseCheck[] = [
  {
    name: "the reference solutions score full marks",
    async run() {
      const results = await gradeSubmission({ submissionDir: paths.solutions });
      return results.exercises.flatMap((e) => {
        const own = e.with_own_dependencies;
        const problems: Problem[] = [];
        if (e.status !== "pass") problems.push({ file: `solutions/${e.name}.ts`, problem: `scores ${e.score}/${e.max_score}: ${e.message}`, fix: "fix the solution, or regenerate the fixtures if the recipe changed (npm run fixtures)" });
        if (own && own.status !== "pass") problems.push({ file: `solutions/${e.name}.ts`, problem: `fails with the solutions it calls: ${own.message}`, fix: "the solutions must agree with one another" });
        return problems;
      });
    },
  },
  {
    name: "the reference solutions pass hidden cases of other shapes",
    async run() {
      const problems: Problem[] = [];
      for (const seed of [1, 2, 3]) {
        const results = await gradeSubmission({ submissionDir: paths.solutions, hiddenSeed: seed });
        for (const e of results.exercises) {
          for (const c of e.cases.filter((x) => x.hidden && x.status !== "pass")) {
            problems.push({ file: `solutions/${e.name}.ts`, problem: `hidden case "${c.name}" (seed ${seed}) is ${c.status}: ${c.message}`, fix: "the solution or the hidden-case recipe (grader/hidden/) is wrong for other shapes" });
          }
        }
      }
      return problems;
    },
  },
  {
    name: "every catalogued mistake is caught and named",
    async run() {
      const problems: Problem[] = [];
      for (const round of catalogueRounds()) {
        for (const p of await proveRound(round)) {
          problems.push({ file: p.file, problem: p.problem, fix: "make the mistake observable on the course's cases, or mark it observable: false with the reason (grader/diagnose/catalogue/catalogue.json)" });
        }
      }
      return problems;
    },
  },
  {
    name: "every stub is not attempted on every case",
    async run() {
      const results = await gradeSubmission({ submissionDir: paths.exercises });
      return results.exercises.flatMap((e) =>
        e.cases
          .filter((c) => c.status !== "not-attempted")
          .map((c) => ({ file: `exercises/${e.name}.ts`, problem: `case "${c.name}" is ${c.status}: ${c.message}`, fix: "a stub must only throw NotImplementedError inside its YOUR CODE region" })),
      );
    },
  },
  {
    name: "the fixtures validate and regenerate byte for byte",
    async run() {
      try {
        loadFixtures(names());
      } catch (error) {
        if (error instanceof GraderError) return [{ file: error.file ?? "fixtures", problem: `${error.pointer ? `at ${error.pointer}: ` : ""}${error.message}`, fix: "regenerate the fixtures: npm run fixtures" }];
        throw error;
      }
      const rendered = await renderAllFixtures(names());
      return [...rendered]
        .filter(([file, text]) => readFileSync(join(fixturesDir, file), "utf8") !== text)
        .map(([file]) => ({ file: `fixtures/${file}`, problem: "differs from what the recipes and solutions produce", fix: "run npm run fixtures and commit the result" }));
    },
  },
  { name: "every stub has its region, export and shape doc", run: async () => checkStubs(layout()) },
  { name: "every exercise has its docs and hints", run: async () => checkDocs(layout()) },
  { name: "no stray files", run: async () => checkStrayFiles(layout()) },
  { name: "Part 2's given helpers are the same in exercises/ and solutions/", run: async () => checkAppHelpersCopy(layout()) },
];

export interface CheckReport {
  name: string;
  problems: Problem[];
}

export async function checkCourse(checks: readonly CourseCheck[] = courseChecks): Promise<CheckReport[]> {
  const reports: CheckReport[] = [];
  for (const check of checks) reports.push({ name: check.name, problems: await check.run() });
  return reports;
}
