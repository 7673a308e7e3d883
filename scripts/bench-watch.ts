/**
 * `npm run bench:watch`: time from saving one exercise file to its new result in watch mode
 * (target: at most 300 ms for one function). Saves linear_backward.ts (graded alone: nothing else
 * calls it... except linear_activation_backward and L_model_backward) and compute_cost.ts (alone).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { paths } from "../grader/paths";
import { startWatch, type WatchEvent } from "../grader/watch/watch";

const saves = Number(process.argv[2] ?? 15);
const dir = mkdtempSync(join(tmpdir(), "bench-watch-"));
cpSync(paths.solutions, dir, { recursive: true });

let waiting: ((e: WatchEvent) => void) | undefined;
const stop = await startWatch({ submissionDir: dir }, (event) => waiting?.(event));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const name of ["compute_cost", "linear_backward"]) {
  const file = join(dir, `${name}.ts`);
  const original = readFileSync(file, "utf8");
  const times: number[] = [];
  let regraded: string[] = [];
  for (let i = 0; i < saves; i++) {
    const done = new Promise<WatchEvent>((resolve) => (waiting = resolve));
    const saved = performance.now();
    writeFileSync(file, `${original}\n// save ${i}\n`);
    const event = await done;
    times.push(performance.now() - saved);
    regraded = event.regraded;
    if (event.results.exercises.find((e) => e.name === name)?.status !== "pass") throw new Error(`${name} did not pass after a save`);
    await new Promise((r) => setTimeout(r, 50));
  }
  console.log(`save ${name}.ts -> result (regrades ${regraded.join(", ")}): median ${Math.round(median(times))} ms, max ${Math.round(Math.max(...times))} ms over ${saves} saves`);
}
stop();
