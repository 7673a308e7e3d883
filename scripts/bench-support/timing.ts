/**
 * How the benches time an operation: warm-up calls (JIT compilation and wasm tiering not counted),
 * then timed runs, each measured as wall time and as the process's CPU time. On a machine shared
 * with other work the CPU time is the steadier figure (waiting for a core is not counted); numpy's
 * side measures the same two (numpy_bench.py).
 */
export interface Timing {
  /** Milliseconds of CPU (user + system, all threads) per call: median and minimum. */
  cpu: { median: number; min: number };
  /** Milliseconds of wall time per call: median and minimum. */
  wall: { median: number; min: number };
  runs: number;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** `runs` calls after `warmup` untimed ones. */
export function time(fn: () => unknown, runs: number, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const [cpu, wall]: number[][] = [[], []];
  for (let i = 0; i < runs; i++) {
    const [c0, w0] = [cpuMs(), performance.now()];
    fn();
    wall.push(performance.now() - w0);
    cpu.push(cpuMs() - c0);
  }
  const stats = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs) });
  return { cpu: stats(cpu), wall: stats(wall), runs };
}

export const ms = (x: number) => `${x.toFixed(1).padStart(6)} ms`;
