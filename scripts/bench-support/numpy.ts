/**
 * Runs numpy's side of a bench (numpy_bench.py) on one thread, where python3 with numpy is present;
 * elsewhere says why not, and the bench prints our figures alone.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const SCRIPT = join(import.meta.dirname, "numpy_bench.py");

/** One BLAS thread, whichever BLAS numpy was built with. */
const ONE_THREAD = { OPENBLAS_NUM_THREADS: "1", OMP_NUM_THREADS: "1", MKL_NUM_THREADS: "1", BLIS_NUM_THREADS: "1" };

export type NumpyRun<T> = { ok: true; figures: T & { numpy: string } } | { ok: false; reason: string };

export function runNumpy<T>(args: string[]): NumpyRun<T> {
  const run = spawnSync("python3", [SCRIPT, ...args], { encoding: "utf8", env: { ...process.env, ...ONE_THREAD }, maxBuffer: 1 << 24 });
  if (run.error) return { ok: false, reason: `python3 is not available here (${run.error.message})` };
  if (run.status !== 0) {
    const last = run.stderr.trim().split("\n").at(-1) ?? "";
    return { ok: false, reason: last.includes("No module named 'numpy'") ? "numpy is not installed for python3" : `numpy's bench failed: ${last}` };
  }
  return { ok: true, figures: JSON.parse(run.stdout) };
}
