/**
 * The parallel part of bulk grading: `jobs` lanes, each taking the next student as soon as it is
 * free. No process is shared: each student gets a sandbox of their own (see run-bulk.ts), so no
 * student's code can ever see or steer another's grading.
 */

/** Runs `work` on every item with `jobs` lanes; resolves when all are done. `work` must not throw. */
export async function runInLanes<T>(items: readonly T[], jobs: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}
