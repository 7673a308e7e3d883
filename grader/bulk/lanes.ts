/**
 * The parallel part of bulk grading: `jobs` lanes, each taking the next student as soon as it is
 * free. No process is shared: each student gets a sandbox of their own (see run-bulk.ts), so no
 * student's code can ever see or steer another's grading.
 */
import { availableParallelism } from "node:os";

/**
 * Lanes when none are asked for: one more than the cores. A student's sandbox spends much of its
 * life waiting (on the grader's answers to its callee requests, on its own spawn, on a hanging case's
 * limit) while the grader waits on it; a third lane on two cores fills that idle time (bench:bulk
 * -- 300, 2026-12-03: 10.9 submissions/s with 2 lanes, 11.9 with 3, 11.8 with 4; the cores were
 * idle 12% of the run with 2).
 */
export function defaultJobs(): number {
  return availableParallelism() + 1;
}

/** Runs `work` on every item with `jobs` lanes; resolves when all are done. `work` must not throw. */
export async function runInLanes<T>(items: readonly T[], jobs: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}
