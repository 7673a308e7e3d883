/**
 * Names a student meant as an exercise's file name: `Compute_Cost.ts`, `linear-backward.ts`,
 * `linear_backward.js`, `L_model_forward (1).ts` (a browser's second download), `update parameters.ts`.
 * Bulk grading grades such a file and says so; `npm run grade` names it under the missing function
 * ("did you mean"), so that the student renames it.
 */
import { posix } from "node:path";
import { editDistance } from "../text/edit-distance";

/** Extensions of files that hold a function a student wrote: TypeScript, or JavaScript compiled or typed in its place. */
const CODE_EXTENSION = /\.(ts|mts|cts|js|mjs|cjs)$/i;

/**
 * A file name reduced to what a slip does not change: no extension, no copy counter (" (1)", "-2",
 * " copy"), lower case, and "-", "." and spaces as "_".
 */
export function nameStem(fileName: string): string | undefined {
  const base = posix.basename(fileName);
  if (!CODE_EXTENSION.test(base) || base.endsWith(".d.ts")) return undefined;
  return base
    .replace(CODE_EXTENSION, "")
    .replace(/(\s*\(\d+\)|-\d+|\s+copy(\s*\d+)?)$/i, "")
    .toLowerCase()
    .replace(/[-.\s]+/g, "_");
}

/** The exercise `fileName` nearly names (never one it names exactly), if any. */
export function nearExercise(fileName: string, exerciseNames: readonly string[]): string | undefined {
  const base = posix.basename(fileName);
  if (exerciseNames.some((n) => base === `${n}.ts`)) return undefined;
  const stem = nameStem(base);
  if (stem === undefined) return undefined;
  return exerciseNames.find((n) => n.toLowerCase() === stem);
}

/**
 * Files of `fileNames` that look meant as `exerciseName`.ts: a near name as above, or a stem within
 * two edits of it (`linear_foward.ts`), or its name with another extension (`compute_cost.py`).
 */
export function didYouMean(exerciseName: string, fileNames: readonly string[]): string[] {
  const wanted = exerciseName.toLowerCase();
  return fileNames.filter((f) => {
    const base = posix.basename(f);
    if (base === `${exerciseName}.ts`) return false;
    const stem = nameStem(base) ?? base.replace(/\.[^.]*$/, "").toLowerCase().replace(/[-.\s]+/g, "_");
    return stem === wanted || (nameStem(base) !== undefined && editDistance(stem, wanted) <= 2);
  });
}
