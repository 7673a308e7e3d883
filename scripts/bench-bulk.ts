/**
 * `npm run bench:bulk -- N [--jobs J] [--timeout MS] [--no-hidden] [--no-hanging]`: grades N
 * synthetic submissions (grader/bulk/testing/synthetic-class.ts: correct, partly wrong, throwing,
 * hanging, broken; a third zipped) with public and hidden cases, and prints submissions per second
 * and the peak memory of the grader process and of its sandboxed children. `--no-hanging` makes the
 * hanging share correct instead (each endless case costs its time limit, stopped by the child's watchdog).
 * Nothing here is asserted.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { defaultJobs } from "../grader/bulk/lanes";
import { runBulk } from "../grader/bulk/run-bulk";
import { mix, writeSyntheticClass } from "../grader/bulk/testing/synthetic-class";
import { nodeStartupLine } from "./node-startup";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { jobs: { type: "string" }, timeout: { type: "string" }, "no-hidden": { type: "boolean", default: false }, "no-hanging": { type: "boolean", default: false }, keep: { type: "boolean", default: false } },
});
const n = Number(positionals[0] ?? 100);
const jobs = Number(values.jobs ?? defaultJobs());
const timeoutMs = Number(values.timeout ?? 250);

/**
 * Resident memory (MiB) of this process's children, the sandboxed grading processes (and esbuild's
 * service). Their pids are found by a scan of /proc every few samples only: the scan costs more
 * CPU than a sample, and this process competes for the same two cores as the grading it measures.
 */
let known: string[] = [];
let samples = 0;
function childrenRss(): number[] {
  if (samples++ % 5 === 0) {
    known = readdirSync("/proc").filter((pid) => {
      if (!/^\d+$/.test(pid)) return false;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === process.pid;
      } catch {
        return false; // the process ended meanwhile
      }
    });
  }
  const rss: number[] = [];
  for (const pid of known) {
    try {
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      if (kb > 0) rss.push(kb / 1024);
    } catch {
      // the process ended meanwhile
    }
  }
  return rss;
}

/**
 * What a hanging student costs beyond its timeouts: the grading time of each student with timed-out
 * cases, less its cases' limits, against the median grading time of the students without any.
 */
function hangingCostLine(studentsDir: string): string {
  const extra: number[] = [];
  const plain: number[] = [];
  for (const id of readdirSync(studentsDir)) {
    let results: { duration_ms: number; exercises: { cases: { status: string }[] }[] };
    try {
      results = JSON.parse(readFileSync(join(studentsDir, id, "results.json"), "utf8"));
    } catch {
      continue; // a student that could not be graded has no results
    }
    const timeouts = results.exercises.flatMap((e) => e.cases).filter((c) => c.status === "timeout").length;
    if (timeouts > 0) extra.push(results.duration_ms - timeouts * timeoutMs);
    else plain.push(results.duration_ms);
  }
  if (extra.length === 0 || plain.length === 0) return "  no hanging student in this class";
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return `  a hanging student costs its timeouts plus ${(median(extra) - median(plain)).toFixed(0)} ms (median over ${extra.length}; a student without timeouts takes ${median(plain).toFixed(0)} ms)`;
}

/**
 * CPU milliseconds of this process (the grader) per student. The sandboxes' CPU is not among this
 * process's children's: bubblewrap's outer process exits without reaping the sandbox's pid 1, so
 * their rusage never reaches the grader; `perf stat -e task-clock npm run bench:bulk -- N` counts
 * every descendant.
 */
function graderCpuMs(before: NodeJS.ResourceUsage, graded: number): string {
  const after = process.resourceUsage();
  const us = after.userCPUTime - before.userCPUTime + after.systemCPUTime - before.systemCPUTime;
  return (us / 1000 / Math.max(1, graded)).toFixed(0);
}

const work = mkdtempSync(join(tmpdir(), "dnn-bench-bulk-"));
const classDir = join(work, "class");
const shares = values["no-hanging"] ? { ...mix, correct: mix.correct + mix.hanging, hanging: 0 } : mix;
const counts = writeSyntheticClass(classDir, n, shares);
let peakChild = 0;
let peakChildren = 0;
let peakTotal = 0;
const sampler = setInterval(() => {
  const children = childrenRss();
  const sum = children.reduce((s, x) => s + x, 0);
  peakChild = Math.max(peakChild, ...children, 0);
  peakChildren = Math.max(peakChildren, sum);
  peakTotal = Math.max(peakTotal, sum + process.memoryUsage.rss() / 2 ** 20);
}, 100);

const cpuBefore = process.resourceUsage();
const summary = await runBulk({ classDir, outDir: join(work, "out"), jobs, timeoutMs, secret: values["no-hidden"] ? undefined : "bench-secret" });
clearInterval(sampler);
const graderCpu = graderCpuMs(cpuBefore, summary.graded);
const parentPeak = process.resourceUsage().maxRSS / 1024;
const rate = (summary.graded * 1000) / summary.elapsedMs;
console.log(`${n} submissions (${Object.entries(counts).map(([k, c]) => `${c} ${k}`).join(", ")}; mix per 100: ${JSON.stringify(shares)}), a third zipped`);
console.log(`  ${summary.hiddenCases ? "public and hidden cases" : "public cases only"}, --jobs ${jobs}, --timeout ${timeoutMs} ms`);
console.log(`  graded ${summary.graded}, failed to grade ${summary.failed.length}, in ${(summary.elapsedMs / 1000).toFixed(1)} s: ${rate.toFixed(1)} submissions/s (target: at least 12 for N = 500, aiming at 20)`);
console.log(`  grader process CPU per student: ${graderCpu} ms (the sandboxes' CPU is not counted: see graderCpuMs)`);
console.log(`  sandboxed processes started: ${summary.processesStarted} (one per student graded, one for each that was killed)`);
console.log(`  peak memory: grader process ${parentPeak.toFixed(0)} MiB, one sandboxed child at most ${peakChild.toFixed(0)} MiB, children together ${peakChildren.toFixed(0)} MiB, all ${peakTotal.toFixed(0)} MiB`);
console.log(hangingCostLine(join(work, "out", "students")));
console.log(nodeStartupLine());
if (values.keep) console.log(`  output kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
