/**
 * Which functions a saved file affects: the function of that name and every function that calls
 * it, directly or not. A file that is not an exercise (a helper module of the student's) may be
 * imported by any of them, so it affects all.
 */
import { basename } from "node:path";
import { dependenciesOf, type Exercise } from "../course/exercises";

export function affectedBy(file: string, exercises: readonly Exercise[]): string[] {
  const name = basename(file).replace(/\.ts$/, "");
  if (!file.endsWith(".ts")) return [];
  // The grader always uses its own given helpers, so the student's copies change nothing.
  if (name === "dnn_utils" || name === "dnn_app_utils") return [];
  if (!exercises.some((e) => e.name === name)) return exercises.map((e) => e.name);
  return exercises.filter((e) => e.name === name || dependenciesOf(e.name, exercises).includes(name)).map((e) => e.name);
}
