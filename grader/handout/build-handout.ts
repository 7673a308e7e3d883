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
  /^grader\/handout\/(build-handout|tapes)\.ts$/,
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
  pkg.scripts = { grade: pkg.scripts.grade, typecheck: pkg.scripts.typecheck };
  return JSON.stringify(pkg, null, 2) + "\n";
}

export async function buildHandout(outDir: string): Promise<string[]> {
  if (existsSync(outDir) && readdirSync(outDir).length > 0) {
    throw new GraderError("usage", "is not empty: give a new or empty folder for the handout", outDir);
  }
  mkdirSync(outDir, { recursive: true });
  for (const entry of included) {
    cpSync(join(paths.projectRoot, entry), join(outDir, entry), {
      recursive: true,
      filter: (source) => !isExcluded(relative(paths.projectRoot, source)),
    });
  }
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
