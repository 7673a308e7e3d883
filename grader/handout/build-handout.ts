/**
 * `npm run handout -- OUT`: the package a student receives. Exercises, public fixtures, the grader
 * and a student README; no solutions, no secrets, no test suite, no mistake-catalogue code.
 *
 * Two things the grader normally takes from the solutions are replaced by data, so no answer ships:
 * - grading a function "with the reference versions of what it calls" replays the reference calls
 *   recorded on the course's cases (grader/reference-tapes/, see tapes.ts and replay.ts);
 * - the mistake catalogue's variants are wrong near-solutions, so their code stays on the teacher's
 *   side; the handout ships their outputs on the public cases (catalogue/compiled.ts), which is all
 *   diagnosis needs there, beside the generic detectors and named-dimension messages.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { loadExercises } from "../course/exercises";
import { GraderError } from "../errors";
import { loadFixtures } from "../fixtures/load";
import { paths } from "../paths";
import { recordTapes, tapeModule } from "./tapes";
import { loadCatalogue } from "../diagnose/catalogue/catalogue";
import { compileOutputs, compiledOutputsFile } from "../diagnose/catalogue/compiled";
import { messages } from "../messages/messages";
import { solvedExercises } from "./solved";

/** Paths (relative to the project, with "/") that never go into a handout. */
const excluded = [
  /(^|\/)node_modules(\/|$)/,
  /(^|\/)\.build(\/|$)/,
  /(^|\/)testdata(\/|$)/,
  /(^|\/)__snapshots__(\/|$)/,
  /\.test\.ts$/,
  /^grader\/samples(\/|$)/,
  /^grader\/selfcheck(\/|$)/,
  // The mistakes' code (near-solutions) and test shims; catalogue.json and the compiled outputs stay.
  /^grader\/diagnose\/catalogue\/[^/.]+(\/|$)/,
  // The team's own set of wrong files (near-solutions too) and what grades it.
  /^grader\/diagnose\/own-set(\.ts|\/|$)/,
  /^grader\/handout\/(build-handout|tapes|solved)\.ts$/,
  /^grader\/handout\/probes(\/|$)/,
  /^grader\/fixtures\/(recipes|render|generate)\.ts$/,
  /^grader\/cli\/(check|handout)\.ts$/,
  /^grader\/(bulk|dashboard)(\/|$)/,
  /^grader\/cli\/(grade-bulk|merge)\.ts$/,
  /^grader\/reference-tapes(\/|$)/,
];

const included = ["exercises", "fixtures", "grader", "package-lock.json", "tsconfig.json", ".gitignore"];

function isExcluded(rel: string): boolean {
  const path = rel.split(sep).join("/");
  return excluded.some((pattern) => pattern.test(path));
}

function handoutPackageJson(): string {
  const pkg = JSON.parse(readFileSync(paths.packageJson, "utf8")) as Record<string, unknown> & { scripts: Record<string, string> };
  // Only what a student runs; the dependencies stay as locked, so `npm ci` installs exactly them.
  pkg.scripts = { grade: pkg.scripts.grade, typecheck: pkg.scripts.typecheck, train: pkg.scripts.train, predict: pkg.scripts.predict };
  return JSON.stringify(pkg, null, 2) + "\n";
}

/** The CI workflow students' repositories run on their solution branches (docs/ci.md). */
const ciWorkflow = join(".github", "workflows", "grade.yml");

export interface HandoutOptions {
  /** Ship exercise files that hold code (solved or started): only when the teacher means it. */
  allowSolved?: boolean;
  /** The exercises to ship (the project's by default). */
  exercisesDir?: string;
}

export async function buildHandout(outDir: string, options: HandoutOptions = {}): Promise<string[]> {
  if (existsSync(outDir) && readdirSync(outDir).length > 0) {
    throw new GraderError("usage", "is not empty: give a new or empty folder for the handout", outDir);
  }
  const exercisesDir = options.exercisesDir ?? paths.exercises;
  const solved = solvedExercises(exercisesDir, loadExercises().map((e) => e.name));
  if (solved.length > 0 && !options.allowSolved) throw new GraderError("usage", messages.handout.solved(solved), exercisesDir);
  mkdirSync(outDir, { recursive: true });
  for (const entry of included) {
    const source = entry === "exercises" ? exercisesDir : join(paths.projectRoot, entry);
    cpSync(source, join(outDir, entry), {
      recursive: true,
      filter: (path) => !isExcluded(entry === "exercises" ? join("exercises", relative(exercisesDir, path)) : relative(paths.projectRoot, path)),
    });
  }
  mkdirSync(join(outDir, ".github", "workflows"), { recursive: true });
  cpSync(join(paths.projectRoot, ciWorkflow), join(outDir, ciWorkflow));
  writeFileSync(join(outDir, "package.json"), handoutPackageJson());
  cpSync(join(paths.projectRoot, "grader", "handout", "student-readme.md"), join(outDir, "README.md"));

  const exercises = loadExercises();
  const fixtures = loadFixtures(exercises.map((e) => e.name)).byFunction;
  const tapes = await recordTapes(exercises, fixtures);
  const tapeDir = join(outDir, "grader", "reference-tapes");
  mkdirSync(tapeDir, { recursive: true });
  for (const [name, tape] of tapes) writeFileSync(join(tapeDir, `${name}.ts`), tapeModule(name, tape));

  const compiled = await compileOutputs(loadCatalogue(), fixtures);
  writeFileSync(join(outDir, relative(paths.projectRoot, compiledOutputsFile)), JSON.stringify(compiled) + "\n");

  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else files.push(relative(outDir, join(dir, e.name)));
    }
  };
  walk(outDir);
  return files.sort();
}
