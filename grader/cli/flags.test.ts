/**
 * The command line's slips: an unknown flag answered with the nearest known one, and flags npm took
 * for itself (`npm run grade --only x`, without `--`) put back, from npm's arguments or its variables.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GraderError } from "../errors";
import { paths } from "../paths";
import { parseFlags } from "./cli";
import { recoverNpmFlags, type FlagSpec } from "./npm-flags";

const options = { only: { type: "string" }, json: { type: "boolean" }, timeout: { type: "string" }, "min-score": { type: "string" }, watch: { type: "boolean" } } as const;
const specs = options as unknown as Record<string, FlagSpec>;
const notNpm = { env: {}, npmArgv: undefined };
const byNpm = (extra: NodeJS.ProcessEnv = {}) => ({ npm_lifecycle_event: "grade", npm_lifecycle_script: "node grader/cli/launch.mjs grade", ...extra });

function usageError(argv: string[]): string {
  try {
    parseFlags(argv, options, "usage: ...", notNpm);
  } catch (error) {
    expect(error).toBeInstanceOf(GraderError);
    return (error as GraderError).message;
  }
  throw new Error(`${argv.join(" ")} was accepted`);
}

describe("an unknown flag", () => {
  it("is named, with the flag the student most likely meant", () => {
    expect(usageError(["--onyl", "linear_forward"])).toMatch(/^unknown flag --onyl: did you mean --only\?/);
    expect(usageError(["--min_score", "70"])).toMatch(/^unknown flag --min_score: did you mean --min-score\?/);
    expect(usageError(["--wach"])).toMatch(/did you mean --watch\?/);
    expect(usageError(["--jsn"])).toMatch(/did you mean --json\?/);
  });

  it("gets no suggestion when nothing is near, and the usage either way", () => {
    const message = usageError(["--banana"]);
    expect(message).toMatch(/^unknown flag --banana \(/);
    expect(message).not.toContain("did you mean");
    expect(message).toContain("usage: ...");
  });
});

describe("flags npm took for itself", () => {
  it("are put back from npm's own arguments, their values taken out of the positionals", () => {
    const npmArgv = ["npm", "run", "grade", "--only", "linear_forward", "--timeout", "5000", "--", "solutions"];
    // npm passed on what follows `--`, and the value of a setting it did not know.
    const r = recoverNpmFlags(["5000", "solutions"], specs, { env: byNpm(), npmArgv });
    expect(r).toEqual({ argv: ["--only", "linear_forward", "--timeout", "5000", "solutions"], taken: ["--only linear_forward", "--timeout 5000"], lost: [] });
  });

  it("leave a command typed with -- as it is", () => {
    const npmArgv = ["npm", "run", "grade", "--silent", "--", "--only", "linear_forward"];
    expect(recoverNpmFlags(["--only", "linear_forward"], specs, { env: byNpm(), npmArgv }).taken).toEqual([]);
  });

  it("are read from npm's variables where its arguments cannot be, and explained when their value is lost", () => {
    const r = recoverNpmFlags([], specs, { env: byNpm({ npm_config_json: "true", npm_config_only: "compute_cost" }), npmArgv: undefined });
    expect(r.argv).toEqual(["--only", "compute_cost", "--json"]);
    expect(recoverNpmFlags(["5000"], specs, { env: byNpm({ npm_config_timeout: "true" }), npmArgv: undefined }).lost).toEqual(["--timeout"]);
    expect(() => parseFlags(["5000"], options, "usage", { env: byNpm({ npm_config_timeout: "true" }), npmArgv: undefined })).toThrow(/put -- before the grader's flags/);
  });

  it("are never looked for in a grader another npm script started (a test run's children)", () => {
    const env = { npm_lifecycle_event: "test", npm_lifecycle_script: "vitest run", npm_config_json: "true" };
    expect(recoverNpmFlags([], specs, { env, npmArgv: ["npm", "test"] }).argv).toEqual([]);
  });
});

describe("the help of the student's commands", () => {
  it("fits a 100-column terminal", () => {
    for (const command of ["grade", "handout"]) {
      const run = spawnSync(process.execPath, [join(paths.projectRoot, "grader", "cli", "launch.mjs"), command, "--help"], { encoding: "utf8" });
      expect(run.stdout).toMatch(/^usage: /);
      for (const line of run.stdout.split("\n")) expect(Array.from(line).length, line).toBeLessThanOrEqual(100);
    }
  });
});

describe("npm run grade --only linear_forward, without --, run by the real npm", () => {
  const work = mkdtempSync(join(tmpdir(), "npm-only-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("grades only linear_forward and says npm took the flag", () => {
    const dir = join(work, "submission");
    cpSync(paths.solutions, dir, { recursive: true });
    const run = spawnSync("npm", ["run", "--silent", "grade", "--only", "linear_forward", "--", dir, "--json", "--out", join(work, "out")], {
      cwd: paths.projectRoot,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const results = JSON.parse(run.stdout);
    expect(results.exercises.map((e: { name: string }) => e.name)).toEqual(["linear_forward"]);
    expect(run.stderr).toContain("npm took --only linear_forward for itself");
  }, 60_000);
});
