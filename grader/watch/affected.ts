/**
 * Which functions a saved file affects: the function of that name and every function that calls
 * it, directly or not. A file that is not an exercise (a helper module of the student's) may be
 * imported by any of them, so it affects all.
 */
import { basename } from "node:path";
import { dependenciesOf, type Exercise } from "../course/exercises";

/**
 * Files editors write beside the one being saved, never meant as code: vim's swap files
 * (`.x.ts.swp`) and its write test `4913`, backups (`x.ts~`), Emacs' lock and auto-save files
 * (`.#x.ts`, `#x.ts#`), `*.tmp`, JetBrains' safe-write copies (`x.ts___jb_tmp___`, `___jb_old___`),
 * and hidden files in general. Regrading on them costs time and shows the student a wrong name.
 */
export function isEditorTemporary(file: string): boolean {
  const name = basename(file);
  return /^[.#~]/.test(name) || /(~|\.swp|\.swx|\.tmp|___jb_(tmp|old)___|#)$/.test(name) || /^\d+$/.test(name);
}

export function affectedBy(file: string, exercises: readonly Exercise[]): string[] {
  const name = basename(file).replace(/\.ts$/, "");
  if (!file.endsWith(".ts") || isEditorTemporary(file)) return [];
  // The grader always uses its own given helpers, so the student's copies change nothing.
  if (name === "dnn_utils" || name === "dnn_app_utils") return [];
  if (!exercises.some((e) => e.name === name)) return exercises.map((e) => e.name);
  return exercises.filter((e) => e.name === name || dependenciesOf(e.name, exercises).includes(name)).map((e) => e.name);
}
