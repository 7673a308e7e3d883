/**
 * The parallel part of bulk grading: `jobs` lanes, each one sandboxed child kept across students
 * (starting a child costs more than grading a submission in a warm one), taking the next student
 * as soon as it is free. A lane restarts its child every `recycleEvery` students, after any grader
 * fault, and whenever the sandbox itself finds leftovers of earlier code (see run/sandbox.ts).
 */
import { createSandbox, type Sandbox } from "../run/sandbox";
import type { SandboxLimits } from "../run/limits";
import { defaultLimits } from "../run/limits";

export interface Lane {
  /** Undefined with `freshProcess`: each student then gets a child of its own. */
  sandbox: Sandbox | undefined;
  graded: number;
  /** Ends the lane's sandbox; the next student gets a new one (after a grader fault, and every `recycleEvery` students). */
  discard(): void;
}

export interface LaneOptions {
  jobs: number;
  limits?: SandboxLimits;
  /** One new child per student: no student's code ever runs in a process another's ran in. */
  freshProcess?: boolean;
  recycleEvery?: number;
}

/**
 * Bounds the memory of a child that keeps every module it loaded (~110 to 130 MiB at most after 100
 * students, measured with scripts/bench-bulk.ts). A start costs ~0.15 to 0.27 s of CPU (Node's own
 * start, the harness, cold code), about what six correct submissions cost: every 40 students, that
 * was ~7 ms per student.
 */
export const DEFAULT_RECYCLE_EVERY = 100;

/**
 * Runs `work` on every item with `jobs` lanes; resolves when all are done, with how many sandboxed
 * processes the lanes' sandboxes started (not counting those `work` makes itself, as with
 * `freshProcess`). `work` must not throw.
 */
export async function runInLanes<T>(items: readonly T[], options: LaneOptions, work: (item: T, lane: Lane) => Promise<void>): Promise<number> {
  let next = 0;
  let started = 0;
  const recycleEvery = options.recycleEvery ?? DEFAULT_RECYCLE_EVERY;
  const lanes = Array.from({ length: Math.max(1, Math.min(options.jobs, items.length)) }, () => {
    // A new Sandbox, not only a new child: the old one keeps the code of every bundle it loaded.
    const lane: Lane = {
      sandbox: undefined,
      graded: 0,
      discard: () => {
        started += lane.sandbox?.childrenStarted() ?? 0;
        lane.sandbox?.close();
        lane.sandbox = undefined;
      },
    };
    return lane;
  });
  try {
    await Promise.all(
      lanes.map(async (lane) => {
        while (next < items.length) {
          const item = items[next++];
          if (!options.freshProcess) lane.sandbox ??= createSandbox(options.limits ?? defaultLimits);
          await work(item, lane);
          lane.graded++;
          if (lane.graded % recycleEvery === 0) lane.discard();
        }
      }),
    );
  } finally {
    for (const lane of lanes) lane.discard();
  }
  return started;
}
