/**
 * Watch mode: regrade when an exercise file is saved, only the functions it affects, in a sandbox
 * kept warm between saves, and merge the new results into the last full ones.
 */
import { watch, type FSWatcher } from "node:fs";
import { loadCourse, loadExercises } from "../course/exercises";
import { partSubtotals, sumPoints } from "../grade/parts";
import { gradeSubmission, submissionSandbox, type GradeOptions } from "../grade/grade-submission";
import type { Results } from "../results/types";
import { affectedBy, isEditorTemporary } from "./affected";

export interface WatchEvent {
  results: Results;
  /** The file whose save caused this grading, absent for the first one. */
  changed?: string;
  regraded: string[];
  ms: number;
}

/** The last results with the regraded functions replaced, and the totals recomputed. */
export function mergeResults(previous: Results, update: Results): Results {
  const byName = new Map(update.exercises.map((e) => [e.name, e]));
  const exercises = previous.exercises.map((e) => byName.get(e.name) ?? e);
  const score = sumPoints(exercises.map((e) => e.score));
  const { exercises: all, parts } = loadCourse();
  return { ...update, exercises, parts: partSubtotals(exercises, all, parts), score, max_score: previous.max_score, message: `${score}/${previous.max_score}` };
}

export async function startWatch(options: GradeOptions, onEvent: (event: WatchEvent) => void): Promise<() => void> {
  const exercises = loadExercises();
  const sandbox = submissionSandbox(options.limits);
  const grade = async (only: readonly string[] | undefined) => gradeSubmission({ ...options, only, sandbox });
  const started = performance.now();
  let current = await grade(options.only);
  onEvent({ results: current, regraded: current.exercises.map((e) => e.name), ms: performance.now() - started });

  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const flush = () => {
    const files = [...pending];
    pending.clear();
    running = running.then(async () => {
      const t = performance.now();
      const only = [...new Set(files.flatMap((f) => affectedBy(f, exercises)))].filter((n) => !options.only || options.only.includes(n));
      if (only.length === 0) return;
      current = mergeResults(current, await grade(only));
      sandbox.warm();
      onEvent({ results: current, changed: files.join(", "), regraded: only, ms: performance.now() - t });
    });
  };
  const watcher: FSWatcher = watch(current.submission.path, (_event, file) => {
    // Saves also write editors' temporary files: they neither trigger a regrade nor are named.
    if (!file || isEditorTemporary(String(file))) return;
    pending.add(String(file));
    // Editors save in bursts (write, rename, chmod): wait for the burst to end.
    clearTimeout(timer);
    timer = setTimeout(flush, 15);
  });
  return () => {
    watcher.close();
    clearTimeout(timer);
    sandbox.close();
  };
}
