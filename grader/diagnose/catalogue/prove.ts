/**
 * Proof that the catalogue works, end to end through gradeSubmission and the sandbox: a submission
 * making a catalogued mistake is diagnosed with that mistake, on every case it fails. Each round
 * puts one mistake per function into one folder, so a round costs one grading (one child process).
 * Used by `npm run check` (and so by `npm test`).
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gradeSubmission } from "../../grade/grade-submission";
import { paths } from "../../paths";
import { loadCatalogue, mistakeFile, type Mistake } from "./catalogue";

export interface CatalogueProblem {
  mistake: Mistake;
  file: string;
  problem: string;
}

/** The observable mistakes in rounds: round i holds the i-th mistake of every function that has one. */
export function catalogueRounds(mistakes: readonly Mistake[] = loadCatalogue()): Mistake[][] {
  const byFunction = new Map<string, Mistake[]>();
  for (const m of mistakes.filter((x) => x.observable)) byFunction.set(m.function, [...(byFunction.get(m.function) ?? []), m]);
  const rounds = Math.max(0, ...[...byFunction.values()].map((ms) => ms.length));
  return Array.from({ length: rounds }, (_, i) => [...byFunction.values()].map((ms) => ms[i]).filter((m) => m !== undefined));
}

export async function proveRound(mistakes: readonly Mistake[]): Promise<CatalogueProblem[]> {
  const dir = mkdtempSync(join(tmpdir(), "dnn-catalogue-"));
  try {
    for (const m of mistakes) copyFileSync(mistakeFile(m), join(dir, `${m.function}.ts`));
    const results = await gradeSubmission({ submissionDir: dir, only: mistakes.map((m) => m.function) });
    return mistakes.flatMap((m) => {
      const file = relative(paths.projectRoot, mistakeFile(m));
      const result = results.exercises.find((e) => e.name === m.function)!;
      const failing = result.cases.filter((c) => c.status !== "pass");
      if (failing.length === 0) return [{ mistake: m, file, problem: "passes every course case, so nothing can name it" }];
      return failing.flatMap((c) => {
        if (c.status !== "fail") return [{ mistake: m, file, problem: `case "${c.name}" is ${c.status}, not a fail: ${c.message}` }];
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
