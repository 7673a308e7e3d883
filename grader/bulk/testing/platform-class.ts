/**
 * For tests: one class folder holding every layout teachers download, made from the solutions and
 * the sample submissions, with the slips students make: Canvas (a zip, a late student who uploaded
 * linear_forward.ts twice), Moodle (a folder holding the student's zip; flat files with near names),
 * Blackboard (two attempts, each with its receipt; a username with "_"), GitHub Classroom (a repository, the untouched
 * handout, a helper module in a subfolder), and folders or zips per student: empty, no TypeScript,
 * no exercise file, and names that are not UTF-8 (two Latin-1 folders that differ in one byte, and a
 * zip named and filled on Windows, without the UTF-8 flag).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadExercises } from "../../course/exercises";
import { paths } from "../../paths";
import { childPath } from "../names";
import { writeZip } from "./make-zip";

const latin1 = (text: string) => Buffer.from(text, "latin1");

export function writePlatformClass(classDir: string): void {
  const sources = readdirSync(paths.solutions).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "dnn_utils.ts");
  const solution = (name: string) => readFileSync(join(paths.solutions, `${name}.ts`));
  const sample = (dir: string, name: string) => readFileSync(join(paths.projectRoot, "grader", "samples", dir, `${name}.ts`));
  const file = (name: string, data: string | Buffer) => {
    mkdirSync(join(classDir, name, ".."), { recursive: true });
    writeFileSync(join(classDir, name), data);
  };
  mkdirSync(classDir, { recursive: true });

  // Canvas: ada's zip holds her editor project; grace, late, uploaded linear_forward.ts twice (the
  // first transposed, the second right): Canvas named the second linear_forward-1.ts.
  writeZip(join(classDir, "lovelaceada_101_5001_week4.zip"), sources.map((f) => ({ name: `week4/exercises/${f}`, data: readFileSync(join(paths.solutions, f)) })));
  file("hoppergrace_LATE_102_6001_linear_forward.ts", sample("transposed-product", "linear_forward"));
  file("hoppergrace_LATE_102_6002_linear_forward-1.ts", solution("linear_forward"));

  // Moodle: turing's folder holds his zip; dijkstra's files, flat, have near names.
  const turing = join(classDir, "Alan Turing_3001_assignsubmission_file_");
  mkdirSync(turing, { recursive: true });
  writeZip(join(turing, "turing.zip"), sources.map((f) => ({ name: f, data: readFileSync(join(paths.solutions, f)) })));
  file("Edsger Dijkstra_3002_assignsubmission_file_Compute_Cost.ts", solution("compute_cost"));
  file("Edsger Dijkstra_3002_assignsubmission_file_linear-backward.ts", solution("linear_backward"));

  // Blackboard: two attempts; the first wrong, the latest right.
  for (const [attempt, data] of [["2026-11-30-09-00-00", sample("transposed-product", "linear_forward")], ["2026-12-01-09-00-00", solution("linear_forward")]] as const) {
    const stored = `Week 4_khwarizmi_attempt_${attempt}_linear_forward.ts`;
    file(stored, data);
    file(`Week 4_khwarizmi_attempt_${attempt}.txt`, `Name: Muhammad al-Khwarizmi (khwarizmi)\nAssignment: Week 4\nFiles:\n\tOriginal filename: linear_forward.ts\n\tFilename: ${stored}\n`);
  }

  // A username with "_" in it: only the receipt tells where the assignment's name ends.
  const smith = "Week 4_j_smith_attempt_2026-12-01-10-00-00";
  file(`${smith}_compute_cost.ts`, solution("compute_cost"));
  file(`${smith}.txt`, `Name: Jo Smith (j_smith)\nAssignment: Week 4\nFiles:\n\tOriginal filename: compute_cost.ts\n\tFilename: ${smith}_compute_cost.ts\n`);

  // GitHub Classroom: octocat's repository, hubot's untouched handout, monalisa's helper module.
  for (const f of sources) cpSync(join(paths.solutions, f), join(classDir, "dnn-week4-octocat", "exercises", f));
  mkdirSync(join(classDir, "dnn-week4-octocat", ".git"), { recursive: true });
  cpSync(paths.exercises, join(classDir, "dnn-week4-hubot", "exercises"), { recursive: true });
  file("dnn-week4-monalisa/exercises/lib/affine.ts", 'import * as np from "#np";\nimport type { NDArray } from "#np";\n\nexport const affine = (W: NDArray, A: NDArray, b: NDArray) => np.add(np.dot(W, A), b);\n');
  // The handout's grader comes with the repository: its reference tape of compute_cost is not hers.
  file("dnn-week4-monalisa/grader/reference-tapes/compute_cost.ts", solution("compute_cost"));
  file(
    "dnn-week4-monalisa/exercises/linear_forward.ts",
    'import type { NDArray } from "#np";\nimport { affine } from "./lib/affine";\n\nexport function linear_forward(A: NDArray, W: NDArray, b: NDArray) {\n  return [affine(W, A, b), [A, W, b]];\n}\n',
  );

  // A folder or a zip per student: the odd ones.
  mkdirSync(join(classDir, "empty-student"));
  file("python-student/linear_forward.py", "def linear_forward(A, W, b):\n    return W @ A + b\n");
  file("python-student/notes.pdf", "%PDF-1.4");
  file("mainfile/main.ts", solution("linear_forward"));
  // Names from a Windows zip, unzipped as bytes: "José" and "Josè" in Latin-1, and Zoë's zip whose
  // entry "Übung/update_parameters.ts" is Latin-1 too, without the UTF-8 flag.
  for (const [name, fn] of [["Jos\xe9", "linear_forward"], ["Jos\xe8", "compute_cost"]] as const) {
    const dir = childPath(classDir, latin1(name));
    mkdirSync(dir);
    writeFileSync(childPath(dir, Buffer.from(`${fn}.ts`)), solution(fn));
  }
  writeZip(childPath(classDir, latin1("Zo\xeb.zip")) as unknown as string, [
    { name: "Übung/update_parameters.ts", rawName: latin1("\xdcbung/update_parameters.ts"), data: solution("update_parameters") },
  ]);
  file("README.txt", "exported by hand");
  file("__MACOSX/._README.txt", "resource fork");
}

const fns = loadExercises().map((e) => e.name);
const max = loadExercises().reduce((sum, e) => sum + e.points, 0);
/** A row's points: 10 for each function named, 0 for the rest. */
const points = (...right: string[]) => fns.map((f) => (right.includes(f) ? 10 : 0)).join(",");
const none = ",".repeat(fns.length - 1);

/** The class's gradebook without its digest column (secret "test-secret"). */
export const expectedPlatformGradebook = [
  `student_id,name,${fns.join(",")},total,max,percent,status,late,platform,notes`,
  `101,lovelaceada,${points(...fns)},${max},${max},100,graded,,canvas,`,
  `102,hoppergrace,${points("linear_forward")},10,${max},8.33,graded,late,canvas,ignored hoppergrace_LATE_102_6001_linear_forward.ts: a later upload of the same file replaces it`,
  `3001,Alan Turing,${points(...fns)},${max},${max},100,graded,,moodle,`,
  `3002,Edsger Dijkstra,${points("compute_cost", "linear_backward")},20,${max},16.67,graded,,moodle,graded Compute_Cost.ts as compute_cost.ts | graded linear-backward.ts as linear_backward.ts`,
  `Josè,,${points("compute_cost")},10,${max},8.33,graded,,folder-or-zip,"the name ""Josè"" is not UTF-8 (an archive made on Windows?): it was read as Latin-1"`,
  `José,,${points("linear_forward")},10,${max},8.33,graded,,folder-or-zip,"the name ""José"" is not UTF-8 (an archive made on Windows?): it was read as Latin-1"`,
  `Zoë,,${points("update_parameters")},10,${max},8.33,graded,,folder-or-zip,"the name ""Zoë.zip"" is not UTF-8 (an archive made on Windows?): it was read as Latin-1"`,
  `empty-student,,${none},0,${max},0,empty,,folder-or-zip,the submission holds no files: hand in your exercise files (e.g. linear_forward.ts)`,
  `hubot,,${points()},0,${max},0,unchanged-stubs,,github-classroom,every exercise file is still the handout's stub: nothing was attempted`,
  `j_smith,Jo Smith,${points("compute_cost")},10,${max},8.33,graded,,blackboard,`,
  `khwarizmi,Muhammad al-Khwarizmi,${points("linear_forward")},10,${max},8.33,graded,,blackboard,graded the latest attempt (2026-12-01-09-00-00); 1 earlier attempt was ignored`,
  `mainfile,,${none},0,${max},0,no-exercise-files,,folder-or-zip,"none of the exercise files (linear_forward.ts, ...) is in the submission, only main.ts: keep each function in the file of its name"`,
  `monalisa,,${points("linear_forward")},10,${max},8.33,graded,,github-classroom,`,
  `octocat,,${points(...fns)},${max},${max},100,graded,,github-classroom,`,
  `python-student,,${none},0,${max},0,no-typescript,,folder-or-zip,"the submission holds no TypeScript file, only linear_forward.py, notes.pdf: hand in the .ts files of exercises/"`,
];
