/**
 * Where the grader's own files are. Every path is derived from the project root, found by walking
 * up to the package.json, so the same code works from the TypeScript sources and from the
 * prebuilt bundle in grader/.build/ (see cli/launch.mjs).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, "package.json");
    if (existsSync(candidate) && existsSync(join(dir, "grader", "course", "exercises.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the grader's package.json above ${start}`);
    dir = parent;
  }
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

export const paths = {
  projectRoot,
  packageJson: join(projectRoot, "package.json"),
  exercises: join(projectRoot, "exercises"),
  solutions: join(projectRoot, "solutions"),
  helpers: join(projectRoot, "exercises", "dnn_utils.ts"),
  /** Part 2's given helpers (the application's initialiser, predict): always the grader's, like dnn_utils. */
  appHelpers: join(projectRoot, "exercises", "dnn_app_utils.ts"),
  fixtures: join(projectRoot, "fixtures"),
  exerciseMetadata: join(projectRoot, "grader", "course", "exercises.json"),
  harnessEntry: join(projectRoot, "grader", "run", "child", "harness.ts"),
  /** Only in a student handout: recorded reference calls standing in for the solutions. */
  referenceTapes: join(projectRoot, "grader", "reference-tapes"),
  defaultOut: join(projectRoot, ".grade"),
};

const packageJson = JSON.parse(readFileSync(paths.packageJson, "utf8")) as { name: string; version: string };
export const graderInfo = { name: packageJson.name, version: packageJson.version };
