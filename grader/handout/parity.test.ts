/**
 * A handout grades like the repository: the same wrong submission gets the same status, message and
 * named mistake in both, though the handout has no solutions (its tapes replay them, wrong callers'
 * calls included). And a handout is built only from unsolved exercises, and carries the CI workflow.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadExercises } from "../course/exercises";
import { GraderError } from "../errors";
import { gradeSubmission } from "../grade/grade-submission";
import { paths } from "../paths";
import type { ExerciseResult, Results } from "../results/types";
import { buildHandout } from "./build-handout";
import { isStub } from "./solved";

const work = mkdtempSync(join(tmpdir(), "handout-parity-"));
const handout = join(work, "course");
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What a student reads of a function's grading, the same wherever it was graded. */
const seen = (e: ExerciseResult) => ({
  status: e.status,
  score: e.score,
  message: e.message,
  cases: e.cases.map((c) => ({ status: c.status, message: c.message, location: c.location, mistake: c.diagnosis?.mistake?.id })),
});

function gradeInHandout(dir: string, only: string): Results {
  const run = spawnSync(process.execPath, [join(handout, "grader", "cli", "launch.mjs"), "grade", dir, "--json", "--only", only, "--out", join(work, "out")], { cwd: handout, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Results;
}

describe("a handout, built from the project", () => {
  beforeAll(async () => {
    await buildHandout(handout);
    // The handout's lock file is the project's: its packages are the project's (handout.test.ts installs them with npm).
    symlinkSync(join(paths.projectRoot, "node_modules"), join(handout, "node_modules"), "dir");
  }, 120_000);

  // Wrong submissions as students type them: two that make calls no right function makes, one catalogued mistake.
  for (const [sample, only] of [
    ["forward-loop-one-too-far", "L_model_forward"],
    ["backward-loop-one-too-far", "L_model_backward"],
    ["forward-relu-on-output", "L_model_forward"],
    // A catalogued mistake that throws (L = the number of keys, not halved): named from what it throws.
    ["../diagnose/own-set/lmf-keys-length", "L_model_forward"],
  ]) {
    it(`gives ${sample} the same diagnosis as the repository`, async () => {
      const dir = join(paths.projectRoot, "grader", "samples", sample);
      const repo = await gradeSubmission({ submissionDir: dir, only: [only] });
      const there = gradeInHandout(dir, only);
      expect(seen(there.exercises[0])).toEqual(seen(repo.exercises[0]));
      expect(repo.exercises[0].status).not.toBe("pass");
      expect(repo.exercises[0].cases.map((c) => c.diagnosis?.mistake?.id).filter(Boolean), "a named mistake").not.toEqual([]);
      expect(there.exercises[0].message).not.toContain("the course's case never passes");
    }, 60_000);
  }

  it("carries the CI workflow, whose npm scripts the handout has", () => {
    const workflow = readFileSync(join(handout, ".github", "workflows", "grade.yml"), "utf8");
    const scripts = Object.keys(JSON.parse(readFileSync(join(handout, "package.json"), "utf8")).scripts);
    const used = [...workflow.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(used).toContain("grade");
    for (const script of used) expect(scripts).toContain(script);
    expect(existsSync(join(handout, "grader", "handout", "probes"))).toBe(false);
  });
});

describe("building a handout from solved exercises", () => {
  it("is refused without --allow-solved, naming the files", async () => {
    const exercises = join(work, "solved-exercises");
    cpSync(paths.exercises, exercises, { recursive: true });
    cpSync(join(paths.solutions, "linear_forward.ts"), join(exercises, "linear_forward.ts"));
    const started = readFileSync(join(exercises, "compute_cost.ts"), "utf8").replace(/(\/\/ YOUR CODE STARTS HERE\n)/, "$1  const m = Y.shape[1];\n");
    writeFileSync(join(exercises, "compute_cost.ts"), started);
    const out = join(work, "refused");
    const error = await buildHandout(out, { exercisesDir: exercises }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraderError);
    expect((error as GraderError).message).toMatch(/^holds code in compute_cost\.ts, linear_forward\.ts|^holds code in linear_forward\.ts, compute_cost\.ts/);
    expect((error as GraderError).message).toContain("--allow-solved");
    expect(existsSync(out)).toBe(false);
  });

  it("knows every stub of the project for a stub", () => {
    for (const e of loadExercises()) expect(isStub(readFileSync(join(paths.exercises, `${e.name}.ts`), "utf8")), e.name).toBe(true);
    expect(isStub(readFileSync(join(paths.solutions, "linear_forward.ts"), "utf8"))).toBe(false);
  });
});
