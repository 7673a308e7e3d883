/**
 * The student handout works on its own and gives nothing away: built into a temporary folder,
 * installed with npm, it grades a fresh copy 0/120, grades the reference solutions (copied from
 * outside) 120/120 through the replayed reference calls, both parts, and holds no line of solution
 * code: Part 2's given helpers (the course's own helper file holds Part 1's solutions) included.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadExercises } from "../course/exercises";
import { paths } from "../paths";
import { buildHandout } from "./build-handout";

const names = loadExercises().map((e) => e.name);

/** Lines every student gets anyway: the stubs' own (signatures, pre-filled lines). */
const stubLines = new Set(names.flatMap((n) => readFileSync(join(paths.exercises, `${n}.ts`), "utf8").split("\n").map((l) => l.trim())));

/** Lines of a solution that no stub has: the answer itself. */
function answerLines(name: string): string[] {
  const stub = stubLines;
  return readFileSync(join(paths.solutions, `${name}.ts`), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length >= 20 && !stub.has(l) && !/^(import|export function|\/\/|\*|\/\*\*|\})/.test(l));
}

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.parentPath.includes("node_modules") && /\.(ts|mjs|js|json|md|hbs)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe("the student handout", () => {
  const out = join(mkdtempSync(join(tmpdir(), "handout-")), "course");

  it("holds the exercises, fixtures and grader, and no solution", async () => {
    const files = await buildHandout(out);
    expect(files).toContain("exercises/linear_forward.ts");
    expect(files).toContain("fixtures/linear_forward.json");
    expect(files).toContain("README.md");
    expect(files.some((f) => f.startsWith("solutions"))).toBe(false);
    expect(files.some((f) => f.endsWith(".test.ts"))).toBe(false);
    const answers = names.flatMap(answerLines);
    expect(answers.length).toBeGreaterThan(30);
    const leaks = textFiles(out).flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return answers.filter((line) => text.includes(line)).map((line) => `${file}: ${line}`);
    });
    expect(leaks).toEqual([]);
  });

  it("ships Part 2's stubs and given helpers, and no Part 1 solution in them", () => {
    for (const file of ["exercises/two_layer_model.ts", "exercises/L_layer_model.ts", "exercises/dnn_app_utils.ts", "exercises/hints/L_layer_model.md", "fixtures/L_layer_model.json"]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    const helpers = readFileSync(join(out, "exercises", "dnn_app_utils.ts"), "utf8");
    // Only the application's own helpers: none of the graded functions, Part 1's or Part 2's.
    expect([...helpers.matchAll(/export function (\w+)/g)].map((m) => m[1])).toEqual(["initialize_parameters_deep", "predict"]);
    const part1 = loadExercises().filter((e) => e.part === "step-by-step").map((e) => e.name);
    expect(part1.flatMap(answerLines).filter((line) => helpers.includes(line))).toEqual([]);
    // The application's initialiser is not Part 1's in disguise: other seed, other scale.
    expect(helpers).toContain("np.random.seed(1)");
    expect(helpers).not.toContain("np.random.seed(3)");
    expect(helpers).not.toMatch(/np\.multiply\([^;]*0\.01\)/);
  });

  it("installs with npm and grades there: 0/120 fresh, 120/120 for the solutions", () => {
    execFileSync("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: out, stdio: "ignore" });
    const fresh = JSON.parse(execFileSync("npm", ["run", "--silent", "grade", "--", "--json"], { cwd: out, encoding: "utf8" }));
    expect(fresh.score).toBe(0);
    expect(fresh.max_score).toBe(120);
    expect(fresh.exercises.map((e: { status: string }) => e.status)).toEqual(Array(12).fill("not-attempted"));

    const solved = mkdtempSync(join(tmpdir(), "handout-solved-"));
    for (const name of names) cpSync(join(paths.solutions, `${name}.ts`), join(solved, `${name}.ts`));
    const graded = JSON.parse(execFileSync("npm", ["run", "--silent", "grade", "--", solved, "--json"], { cwd: out, encoding: "utf8" }));
    expect(graded.exercises.filter((e: { status: string }) => e.status !== "pass").map((e: { message: string }) => e.message)).toEqual([]);
    expect(graded.score).toBe(120);
    expect(graded.parts.map((p: { score: number }) => p.score)).toEqual([100, 20]);
    expect(existsSync(join(out, "solutions"))).toBe(false);

    // Diagnosis still names a catalogued mistake there, from the compiled outputs alone.
    cpSync(join(paths.projectRoot, "grader", "diagnose", "catalogue", "linear_forward", "product-transposed.ts"), join(solved, "linear_forward.ts"));
    const wrong = JSON.parse(execFileSync("npm", ["run", "--silent", "grade", "--", solved, "--json", "--only", "linear_forward"], { cwd: out, encoding: "utf8" }));
    expect(wrong.exercises[0].cases[0].diagnosis?.mistake?.id).toBe("linear_forward/product-transposed");
    expect(existsSync(join(out, "grader", "diagnose", "catalogue", "linear_forward"))).toBe(false);

    // Part 2 too: a model whose update is thrown away, graded with the replayed Part 1 references.
    cpSync(join(paths.projectRoot, "grader", "diagnose", "catalogue", "L_layer_model", "params-not-carried.ts"), join(solved, "L_layer_model.ts"));
    const model = JSON.parse(execFileSync("npm", ["run", "--silent", "grade", "--", solved, "--json", "--only", "L_layer_model"], { cwd: out, encoding: "utf8" }));
    expect(model.exercises[0].cases.map((c: { diagnosis?: { mistake?: { id: string } } }) => c.diagnosis?.mistake?.id)).toEqual(Array(2).fill("L_layer_model/params-not-carried"));
    expect(existsSync(join(out, "grader", "diagnose", "catalogue", "L_layer_model"))).toBe(false);

    // Training ships too: the student's models learn on the default pictures, in the handout alone.
    for (const name of ["linear_forward", "L_layer_model"]) cpSync(join(paths.solutions, `${name}.ts`), join(solved, `${name}.ts`));
    const run = JSON.parse(execFileSync("npm", ["run", "--silent", "train", "--", solved, "--iterations", "300", "--json"], { cwd: out, encoding: "utf8" }));
    expect(run.costs.map((c: [number, number]) => c[0])).toEqual([0, 100, 200, 299]);
    expect(run.costs[3][1]).toBeLessThan(run.costs[0][1]);
    expect(run.train_accuracy).toBeGreaterThan(0.5);
    rmSync(solved, { recursive: true, force: true });
  }, 240_000);
});
