/**
 * The Gradescope autograder end to end: `npm run gradescope`'s zip unpacked into a temporary root
 * laid out as Gradescope lays out /autograder (source/, submission/, run_autograder), its
 * `run_autograder` run with AUTOGRADER_ROOT pointing there, and results.json read back. setup.sh's
 * installs are what this machine already has: node_modules is linked in place of its `npm ci`.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import yauzl from "yauzl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadExercises } from "../course/exercises";
import { paths } from "../paths";
import { buildAutograder } from "./build-autograder";

const work = mkdtempSync(join(tmpdir(), "dnn-gradescope-test-"));
const zip = join(work, "autograder.zip");
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Unpacks `file` into `dir`, keeping each entry's Unix mode, as Gradescope's unzip does. */
async function unzip(file: string, dir: string): Promise<Map<string, number>> {
  const modes = new Map<string, number>();
  const archive = await new Promise<yauzl.ZipFile>((ok, fail) => yauzl.open(file, { lazyEntries: true }, (e, z) => (e ? fail(e) : ok(z))));
  await new Promise<void>((ok, fail) => {
    archive.on("end", ok).on("error", fail);
    archive.on("entry", (entry: yauzl.Entry) => {
      archive.openReadStream(entry, async (error, stream) => {
        if (error) return fail(error);
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        const mode = (entry.externalFileAttributes >>> 16) & 0o777;
        mkdirSync(dirname(join(dir, entry.fileName)), { recursive: true });
        writeFileSync(join(dir, entry.fileName), Buffer.concat(chunks), { mode });
        modes.set(entry.fileName, mode);
        archive.readEntry();
      });
    });
    archive.readEntry();
  });
  return modes;
}

/** A fresh /autograder with `files` as the submission; returns what run_autograder wrote. */
async function runAutograder(name: string, files: Record<string, string>, userId = 42) {
  const root = join(work, name);
  await unzip(zip, join(root, "source"));
  symlinkSync(join(paths.projectRoot, "node_modules"), join(root, "source", "node_modules"));
  copyFileSync(join(root, "source", "run_autograder"), join(root, "run_autograder")); // as Gradescope's image build does
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, "submission", file)), { recursive: true });
    writeFileSync(join(root, "submission", file), text);
  }
  writeFileSync(join(root, "submission_metadata.json"), JSON.stringify({ users: [{ id: userId, email: "s@example.edu", name: "S" }] }));
  const env: NodeJS.ProcessEnv = { ...process.env, AUTOGRADER_ROOT: root };
  delete env.GRADER_SECRET;
  const run = spawnSync(join(root, "run_autograder"), { env, encoding: "utf8", timeout: 240_000 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(readFileSync(join(root, "results", "results.json"), "utf8")) as {
    score: number;
    output: string;
    execution_time: number;
    tests: { name: string; score: number; max_score: number; status: string; output: string; visibility: string }[];
  };
}

/** The assignment's total: every function's points. */
const total = loadExercises().reduce((s, e) => s + e.points, 0);
const hundredths = (xs: number[]) => xs.reduce((s, x) => s + Math.round(x * 100), 0);
const solutionFiles = () => Object.fromEntries(readdirSync(paths.solutions).filter((f) => f.endsWith(".ts")).map((f) => [`week4/exercises/${f}`, readFileSync(join(paths.solutions, f), "utf8")]));

beforeAll(() => {
  buildAutograder(zip, { secret: "course-secret", allow_weak_sandbox: true });
});

describe("the Gradescope autograder", () => {
  it("holds setup.sh and run_autograder at its root, executable, and no tests, build output or node_modules", async () => {
    const modes = await unzip(zip, join(work, "listing"));
    expect(modes.get("setup.sh")).toBe(0o755);
    expect(modes.get("run_autograder")).toBe(0o755);
    const names = [...modes.keys()];
    expect(names).toContain("grader/cli/launch.mjs");
    expect(names).toContain("solutions/linear_forward.ts");
    expect(names.filter((n) => /\.test\.ts$|^grader\/\.build\/|node_modules|\/samples\//.test(n))).toEqual([]);
    expect(readFileSync(join(work, "listing", "setup.sh"), "utf8")).toMatch(/apt-get install[^\n]*bubblewrap/);
    expect(statSync(zip).size).toBeLessThan(2 << 20);
    for (const script of ["setup.sh", "run_autograder"]) {
      const syntax = spawnSync("bash", ["-n", join(work, "listing", script)], { encoding: "utf8" });
      expect(syntax.status, `${script}: ${syntax.stderr}`).toBe(0);
    }
  });

  it("is the same archive, byte for byte, when built again from the same grader and settings", () => {
    const again = join(work, "again.zip");
    buildAutograder(again, { secret: "course-secret", allow_weak_sandbox: true });
    expect(readFileSync(again).equals(readFileSync(zip))).toBe(true);
  });

  it("grades the reference solutions full marks, hidden cases included; the tests' points add up to exactly the total", async () => {
    const results = await runAutograder("solutions", solutionFiles());
    expect(results.score).toBe(total);
    expect(hundredths(results.tests.map((t) => t.max_score))).toBe(total * 100);
    expect(hundredths(results.tests.map((t) => t.score))).toBe(total * 100);
    expect(results.tests.some((t) => t.name.includes("hidden"))).toBe(true);
    for (const t of results.tests) expect(Object.keys(t).sort()).toEqual(["max_score", "name", "output", "score", "status", "visibility"]);
  });

  it("grades a wrong submission: its failed tests score 0 and the passed ones add up to its score", async () => {
    const files = solutionFiles();
    files["week4/exercises/linear_forward.ts"] = readFileSync(join(paths.projectRoot, "grader", "samples", "transposed-product", "linear_forward.ts"), "utf8");
    delete files["week4/exercises/update_parameters.ts"];
    const results = await runAutograder("wrong", files, 43);
    expect(results.score).toBeLessThan(total - 10);
    expect(hundredths(results.tests.map((t) => t.score))).toBe(Math.round(results.score * 100));
    expect(hundredths(results.tests.map((t) => t.max_score))).toBe(total * 100);
    const failed = results.tests.filter((t) => t.status === "failed").map((t) => t.name);
    expect(failed).toContain("linear_forward: course");
    expect(failed).toContain("update_parameters: course");
    expect(results.tests.find((t) => t.name === "linear_forward: course")!.output).toContain("check the order of the factors in np.dot");
  });
});
