/**
 * Proof that the catalogue works, end to end through gradeSubmission and the sandbox: a submission
 * making a catalogued mistake is diagnosed with that mistake, on every case it fails. Each round
 * puts one mistake per function into one folder, so a round costs one grading (one child process).
 * Used by `npm run check` (and so by `npm test`).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gradeSubmission } from "../../grade/grade-submission";
import { paths } from "../../paths";
import { dependenciesOf, loadExercises } from "../../course/exercises";
import { loadCatalogue, mistakeFile, type Mistake } from "./catalogue";

/**
 * The graded functions a mistake's file imports that are not graded apart from it (not its
 * callees): the student's own files, which a submission making the mistake has. L_layer_model's
 * part1-initialiser imports Part 1's initialize_parameters_deep.
 */
export function ownSiblingsOf(mistake: Mistake): string[] {
  const exercises = loadExercises();
  const callees = dependenciesOf(mistake.function, exercises);
  const imported = [...readFileSync(mistakeFile(mistake), "utf8").matchAll(/from "\.\/(\w+)"/g)].map((m) => m[1]);
  return exercises.map((e) => e.name).filter((n) => imported.includes(n) && !callees.includes(n));
}

export interface CatalogueProblem {
  mistake: Mistake;
  file: string;
  problem: string;
}

/**
 * The observable mistakes in rounds: round i holds the i-th mistake of every function that has one.
 * A mistake that needs the student's own version of another graded function has a round of its
 * own, with that function's solution beside it (another function's mistake would stand in for it).
 */
export function catalogueRounds(mistakes: readonly Mistake[] = loadCatalogue()): Mistake[][] {
  const byFunction = new Map<string, Mistake[]>();
  const alone: Mistake[][] = [];
  for (const m of mistakes.filter((x) => x.observable)) {
    if (ownSiblingsOf(m).length > 0) alone.push([m]);
    else byFunction.set(m.function, [...(byFunction.get(m.function) ?? []), m]);
  }
  const rounds = Math.max(0, ...[...byFunction.values()].map((ms) => ms.length));
  return [...Array.from({ length: rounds }, (_, i) => [...byFunction.values()].map((ms) => ms[i]).filter((m) => m !== undefined)), ...alone];
}

export async function proveRound(mistakes: readonly Mistake[]): Promise<CatalogueProblem[]> {
  const dir = mkdtempSync(join(tmpdir(), "dnn-catalogue-"));
  try {
    for (const m of mistakes) {
      copyFileSync(mistakeFile(m), join(dir, `${m.function}.ts`));
      for (const sibling of ownSiblingsOf(m)) copyFileSync(join(paths.solutions, `${sibling}.ts`), join(dir, `${sibling}.ts`));
    }
    const results = await gradeSubmission({ submissionDir: dir, only: mistakes.map((m) => m.function) });
    return mistakes.flatMap((m) => {
      const file = relative(paths.projectRoot, mistakeFile(m));
      const result = results.exercises.find((e) => e.name === m.function)!;
      const failing = result.cases.filter((c) => c.status !== "pass");
      if (failing.length === 0) return [{ mistake: m, file, problem: "passes every course case, so nothing can name it" }];
      return failing.flatMap((c) => {
        const expected = m.throws ? "error" : "fail";
        if (c.status !== expected && !(m.throws && c.status === "fail")) return [{ mistake: m, file, problem: `case "${c.name}" is ${c.status}, not ${m.throws ? "an error" : "a fail"}: ${c.message}` }];
        const named = c.diagnosis?.mistake;
        if (named?.id !== m.id) return [{ mistake: m, file, problem: `case "${c.name}" is diagnosed as ${named?.id ?? "no known mistake"}` }];
        if (named.hint_file !== m.hint_file) return [{ mistake: m, file, problem: `case "${c.name}" links ${named.hint_file}, not ${m.hint_file}` }];
        return [];
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
