/**
 * `npm run bench:grade`: how long a student waits for `npm run grade` on solutions/ (all ten
 * functions pass, every case runs in the sandbox), and where the time goes.
 * Prints medians over several runs; nothing here is asserted.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { paths } from "../grader/paths";
import { nodeStartupLine } from "./node-startup";

const runs = Number(process.argv[2] ?? 9);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(command: string, args: string[]): { ms: number; stdout: string } {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: paths.projectRoot, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr}`);
  return { ms: performance.now() - started, stdout: result.stdout };
}

const launcher = [join("grader", "cli", "launch.mjs"), "grade", "solutions", "--json", "--out", join(paths.projectRoot, ".grade", "bench")];
// Warm-up: builds grader/.build if the sources changed; its results say what one grading covers.
const warm = JSON.parse(time(process.execPath, launcher).stdout) as { exercises: { cases: unknown[]; with_own_dependencies?: { cases: unknown[] } }[] };
const covered = `${warm.exercises.length} functions, ${warm.exercises.reduce((n, e) => n + e.cases.length, 0)} cases + ${warm.exercises.reduce((n, e) => n + (e.with_own_dependencies?.cases.length ?? 0), 0)} with own dependencies`;

const viaNpm: number[] = [];
const viaNode: number[] = [];
const phases = { startup: [] as number[], bundle: [] as number[], run: [] as number[], report: [] as number[] };
for (let i = 0; i < runs; i++) {
  viaNpm.push(time("npm", ["run", "grade", "--silent", "--", "solutions", "--out", join(paths.projectRoot, ".grade", "bench")]).ms);
  const node = time(process.execPath, launcher);
  viaNode.push(node.ms);
  const results = JSON.parse(node.stdout) as { score: number; max_score: number; duration_ms: number; timings_ms: { startup: number; bundle: number; run: number } };
  if (results.score !== results.max_score) throw new Error(`solutions scored ${results.score}, not ${results.max_score}`);
  phases.startup.push(results.timings_ms.startup);
  phases.bundle.push(results.timings_ms.bundle);
  phases.run.push(results.timings_ms.run);
  phases.report.push(node.ms - results.timings_ms.startup - results.duration_ms);
}

const ms = (x: number) => `${Math.round(x)} ms`;
console.log(`grading solutions/ (${covered}), median of ${runs} runs`);
console.log(`  npm run grade            ${ms(median(viaNpm))}   (target: at most 1000 ms, aim 500 ms)`);
console.log(`  node launch.mjs grade    ${ms(median(viaNode))}   (npm's own start-up is the difference)`);
console.log(`    start-up (node, loading the grader)      ${ms(median(phases.startup))}`);
console.log(`    transpiling (esbuild, child boots meanwhile) ${ms(median(phases.bundle))}`);
console.log(`    running cases in the sandbox              ${ms(median(phases.run))}`);
console.log(`    reporting and exit                        ${ms(median(phases.report))}`);
console.log(nodeStartupLine());
