import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadExercises } from "../course/exercises";
import { paths } from "../paths";
import { checkCourse } from "./course-checks";
import { checkAppHelpersCopy, checkDocs, checkStrayFiles, checkStubs } from "./files";

const names = loadExercises().map((e) => e.name);

function copyOfCourse(): string {
  const root = mkdtempSync(join(tmpdir(), "course-"));
  for (const folder of ["exercises", "solutions", "fixtures"]) cpSync(join(paths.projectRoot, folder), join(root, folder), { recursive: true });
  return root;
}

describe("npm run check", () => {
  it("finds the course sound", async () => {
    const reports = await checkCourse();
    expect(reports.flatMap((r) => r.problems.map((p) => `${r.name}: ${p.file}: ${p.problem}`))).toEqual([]);
  });

  it("names a stray file and says what to do", () => {
    const root = copyOfCourse();
    writeFileSync(join(root, "solutions", "notes.txt"), "scratch");
    expect(checkStrayFiles({ root, names })).toEqual([expect.objectContaining({ file: "solutions/notes.txt", problem: "is not part of the course" })]);
  });

  it("notices a stub that lost its region and a README section that is missing", () => {
    const root = copyOfCourse();
    writeFileSync(join(root, "exercises", "linear_forward.ts"), "export function linear_forward() { return 1; }\n");
    writeFileSync(join(root, "exercises", "README.md"), "# nothing here\n");
    mkdirSync(join(root, "exercises", "hints"), { recursive: true });
    expect(checkStubs({ root, names }).map((p) => p.file)).toContain("exercises/linear_forward.ts");
    expect(checkDocs({ root, names }).some((p) => p.file === "exercises/README.md" && p.problem.includes("### 3. linear_forward("))).toBe(true);
  });

  it("requires solutions/dnn_app_utils.ts to be exactly exercises/dnn_app_utils.ts", () => {
    const root = copyOfCourse();
    expect(checkAppHelpersCopy({ root, names })).toEqual([]);
    const copy = join(root, "solutions", "dnn_app_utils.ts");
    writeFileSync(copy, readFileSync(copy, "utf8").replace("np.random.seed(1)", "np.random.seed(3)"));
    expect(checkAppHelpersCopy({ root, names })).toEqual([expect.objectContaining({ file: "solutions/dnn_app_utils.ts", problem: "is not a byte-for-byte copy of exercises/dnn_app_utils.ts" })]);
  });

  it("knows the Part 2 stubs, their README sections and hints", () => {
    const root = copyOfCourse();
    expect(names.slice(-2)).toEqual(["two_layer_model", "L_layer_model"]);
    expect([...checkStubs({ root, names }), ...checkDocs({ root, names }), ...checkStrayFiles({ root, names })]).toEqual([]);
    writeFileSync(join(root, "exercises", "L_layer_model.ts"), "export function L_layer_model() { return 1; }\n");
    expect(checkStubs({ root, names }).map((p) => p.file)).toContain("exercises/L_layer_model.ts");
  });
});
