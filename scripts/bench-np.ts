/**
 * npm run bench:np — times the two operations that dominate the course's run time:
 * a 512×512 np.dot, and a forward pass of the course's application network
 * [12288, 20, 7, 5, 1] on 209 examples (64×64×3 images), using the reference solutions.
 * Prints the median of several runs after a warm-up, so JIT compilation is not counted.
 */
import * as np from "#np";
import { initialize_parameters_deep } from "../solutions/initialize_parameters_deep";
import { L_model_forward } from "../solutions/L_model_forward";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median wall time in ms of `runs` calls after `warmup` untimed ones. */
function time(fn: () => unknown, runs: number, warmup = 2): { median: number; min: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { median: median(times), min: Math.min(...times) };
}

function report(label: string, t: { median: number; min: number }, runs: number): void {
  console.log(`${label.padEnd(52)} median ${t.median.toFixed(1).padStart(7)} ms   min ${t.min.toFixed(1).padStart(7)} ms   (${runs} runs)`);
}

np.random.seed(1);
const A = np.random.randn(512, 512);
const B = np.random.randn(512, 512);
const dotRuns = 9;
report("np.dot (512, 512) x (512, 512)", time(() => np.dot(A, B), dotRuns), dotRuns);

const layers = [12288, 20, 7, 5, 1];
const m = 209;
const X = np.random.rand(layers[0], m); // pixel-like values in [0, 1), as the course scales them
const parameters = initialize_parameters_deep(layers);
const fwdRuns = 7;
report(`L_model_forward [${layers.join(", ")}], m = ${m}`, time(() => L_model_forward(X, parameters), fwdRuns), fwdRuns);
