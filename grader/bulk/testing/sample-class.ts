/**
 * For tests: a small class as a learning platform exports it, built from the solutions and the
 * sample submissions: correct (nested folders), partly wrong, hostile (public answers, an endless
 * loop, patched built-ins), zipped, a zip with a path escape, empty, an unreadable zip, a student
 * whose folder name is a spreadsheet formula and HTML, and a stray file.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { paths } from "../../paths";
import { publicAnswersSource } from "../../hidden/public-answers";
import { loadFixtures } from "../../fixtures/load";
import { writeZip } from "./make-zip";

export const HOSTILE_ID = `=SUM(1+1)<img src=x onerror=alert(1)>`;

export function writeSampleClass(classDir: string): void {
  const solutions = readdirSync(paths.solutions).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  const solution = (file: string) => readFileSync(join(paths.solutions, file));
  const samples = join(paths.projectRoot, "grader", "samples");
  mkdirSync(classDir, { recursive: true });

  // alice: every function right, in the layout of her editor project.
  for (const f of solutions) cpSync(join(paths.solutions, f), join(classDir, "alice", "week4", "exercises", f));
  writeFileSync(join(classDir, "alice", "week4", "notes.txt"), "my notes");

  // bob: right except two catalogued mistakes, and two functions missing.
  for (const f of solutions.filter((f) => !["L_model_backward.ts", "update_parameters.ts"].includes(f))) cpSync(join(paths.solutions, f), join(classDir, "bob", f));
  cpSync(join(samples, "transposed-product", "linear_forward.ts"), join(classDir, "bob", "linear_forward.ts"));
  cpSync(join(samples, "missing-one-over-m", "linear_backward.ts"), join(classDir, "bob", "linear_backward.ts"));

  // carol: hostile. Published answers whatever the input, an endless loop, built-ins patched as
  // the module loads (which breaks her own linear_backward, and must break no one else's).
  const carol = join(classDir, "carol");
  mkdirSync(carol, { recursive: true });
  const fixtures = loadFixtures(["linear_forward", "compute_cost"]);
  writeFileSync(join(carol, "linear_forward.ts"), publicAnswersSource("linear_forward", fixtures.byFunction.get("linear_forward")!.cases));
  writeFileSync(join(carol, "compute_cost.ts"), "export function compute_cost(AL: unknown, Y: unknown): number {\n  for (;;) {}\n}\n");
  writeFileSync(
    join(carol, "linear_backward.ts"),
    `${solution("linear_backward.ts")}\nMath.exp = () => 0.5;\n(Array.prototype as any).map = function () { return []; };\n`,
  );

  // dave: alice's files, zipped flat, as a platform exports them.
  writeZip(join(classDir, "dave.zip"), solutions.map((f) => ({ name: f, data: solution(f) })));

  // eve: a zip trying to write outside its folder, with one right function.
  writeZip(join(classDir, "eve.zip"), [
    { name: "../../../escaped.ts", data: "export const x = 1;\n" },
    { name: "eve/linear_forward.ts", data: solution("linear_forward.ts") },
  ]);

  mkdirSync(join(classDir, "frank"));
  writeFileSync(join(classDir, "gina.zip"), "not a zip at all");
  mkdirSync(join(classDir, HOSTILE_ID));
  writeFileSync(join(classDir, "README.txt"), "exported by the learning platform");
}

const EMPTY = "the submission holds no files: hand in your exercise files (e.g. linear_forward.ts)";

/** The class's gradebook without its digest column, as the tests expect it (time limit 300 ms, secret "test-secret"). */
export const expectedGradebook = [
  "student_id,name,initialize_parameters,initialize_parameters_deep,linear_forward,linear_activation_forward,L_model_forward,compute_cost,linear_backward,linear_activation_backward,L_model_backward,update_parameters,two_layer_model,L_layer_model,total,max,percent,status,late,platform,notes",
  `"'=SUM(1+1)<img src=x onerror=alert(1)>",,,,,,,,,,,,,,0,120,0,empty,,folder-or-zip,${EMPTY}`,
  "alice,,10,10,10,10,10,10,10,10,10,10,10,10,120,120,100,graded,,folder-or-zip,",
  "bob,,10,10,0,10,10,10,0,10,0,0,10,10,80,120,66.67,graded,,folder-or-zip,",
  "carol,,0,0,5,0,0,0,0,0,0,0,0,0,5,120,4.17,graded,,folder-or-zip,",
  "dave,,10,10,10,10,10,10,10,10,10,10,10,10,120,120,100,graded,,folder-or-zip,",
  "eve,,0,0,10,0,0,0,0,0,0,0,0,0,10,120,8.33,graded,,folder-or-zip,",
  `frank,,,,,,,,,,,,,,0,120,0,empty,,folder-or-zip,${EMPTY}`,
  `gina,,,,,,,,,,,,,,,120,,failed,,folder-or-zip,"the .zip could not be read (End of central directory record signature not found. Either not a zip file, or file is truncated.): export the submission again as a plain .zip"`,
];
