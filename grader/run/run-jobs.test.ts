/**
 * Sandbox.runJobs answers in one request when nothing goes wrong; when something does, each outcome
 * must still be that of its own call, as `load` and `call` one by one would give it.
 */
import { afterAll, describe, expect, it } from "vitest";
import type { Value } from "../values/value";
import { createSandbox, type CallOutcome, type Job } from "./sandbox";

const sandboxes: ReturnType<typeof createSandbox>[] = [];
afterAll(() => sandboxes.forEach((s) => s.close()));

const number = (value: number): Value => ({ type: "number", value });
const job = (key: string, code: string, cases: number[], timeoutMs = 400): Job => ({ key, source: code, exportName: "f", cases: cases.map((n) => [number(n)]), timeoutMs });

/** What an outcome says, without its duration. */
function summary(o: CallOutcome): string {
  if (o.kind === "returned") return `returned ${o.value.type === "number" ? o.value.value : o.value.type}${o.output ? ` | ${o.output.trim()}` : ""}`;
  if (o.kind === "threw") return `threw ${o.error.message}`;
  return o.kind;
}

/** The same jobs, load and call one by one, in a sandbox of their own. */
async function oneByOne(jobs: Job[]): Promise<string[][]> {
  const sandbox = createSandbox();
  sandboxes.push(sandbox);
  const all: string[][] = [];
  for (const j of jobs) {
    const load = await sandbox.load(j.key, j.source, j.exportName, j.timeoutMs);
    const outcomes: string[] = [];
    if (load.kind === "loaded") for (const args of j.cases) outcomes.push(summary(await sandbox.call(j.key, j.exportName, args, j.timeoutMs)));
    all.push(outcomes);
  }
  return all;
}

async function batched(jobs: Job[]): Promise<string[][]> {
  return (await batchedWith(jobs)).got;
}

/** The jobs' outcomes in one runJobs, and how many child processes it took. */
async function batchedWith(jobs: Job[]): Promise<{ got: string[][]; children: number; outcomes: CallOutcome[][] }> {
  const sandbox = createSandbox();
  sandboxes.push(sandbox);
  const ran = await sandbox.runJobs(jobs);
  return { got: ran.map((j) => j.outcomes.map(summary)), children: sandbox.childrenStarted(), outcomes: ran.map((j) => j.outcomes) };
}

const np = 'const np = globalThis[Symbol.for("dnn-grader.np")];\n';

describe("Sandbox.runJobs", () => {
  it("gives a case that hangs its own timeout, and the other cases their results", async () => {
    const jobs = [job("hangs-on-2", "export function f(x) { while (x === 2) {} return x * 10; }", [1, 2, 3]), job("after", "export function f(x) { return x + 1; }", [5])];
    const got = await batched(jobs);
    expect(got).toEqual([["returned 10", "timeout", "returned 30"], ["returned 6"]]);
    expect(got).toEqual(await oneByOne(jobs));
  }, 20_000);

  it("notes a change to the built-ins on the case that made it, and the functions after it are not affected", async () => {
    const jobs = [
      job("patches", 'let calls = 0;\nexport function f(x) { calls += 1; if (calls === 2) Math.max = () => 0; return x; }', [1, 2, 3]),
      job("uses-max", "export function f(x) { return Math.max(x, 7); }", [1]),
    ];
    const got = await batched(jobs);
    expect(got[0][0]).toBe("returned 1");
    expect(got[0][1]).toMatch(/^returned 2 \| \[grader\] your code changed Math\.max/);
    expect(got[1]).toEqual(["returned 7"]);
    expect(got).toEqual(await oneByOne(jobs));
  }, 20_000);

  it("gives each case its own time limit: cases that together take longer than one limit all return, one over it times out", async () => {
    // Each case takes ~150 ms, within its limit of 400 ms; together they take longer. The last takes ~600 ms.
    const slow = job("slow", "export function f(x) { const end = performance.now() + (x === 4 ? 600 : 150); while (performance.now() < end) {} return x; }", [1, 2, 3, 4], 400);
    const got = await batched([slow]);
    expect(got).toEqual([["returned 1", "returned 2", "returned 3", "timeout"]]);
    expect(got).toEqual(await oneByOne([slow]));
  }, 20_000);

  it("runs a case that hangs only once: the cases before it again in a fresh child, then on from there", async () => {
    const jobs = [job("hangs-on-2", "export function f(x) { while (x === 2) {} return x * 10; }", [1, 2, 3]), job("after", "export function f(x) { return x + 1; }", [5])];
    const { got, children } = await batchedWith(jobs);
    expect(got).toEqual([["returned 10", "timeout", "returned 30"], ["returned 6"]]);
    // The first child, killed in case 2; a second one runs case 1 again, then the rest. One by one
    // takes a third: case 2 would run (and hang) again.
    expect(children).toBe(2);
  }, 20_000);

  it("goes on after a case that hung as a fresh child would: the module as a new instance, np.random started again", async () => {
    const counts = job("counts", "let calls = 0;\nexport function f(x) { calls += 1; while (x === 2) {} return calls; }", [1, 2, 3, 4]);
    const draws = job("draws", `${np}export function f(x) { while (x === 2) {} return np.random.rand(); }`, [1, 2, 3]);
    // Each alone: a later death would have the steps after this one's run again in a fresh child.
    const got = [...(await batched([counts])), ...(await batched([draws]))];
    expect(got[0]).toEqual(["returned 1", "timeout", "returned 1", "returned 2"]);
    expect(got[1][0]).toBe(got[1][2]);
    expect(got).toEqual([...(await oneByOne([counts])), ...(await oneByOne([draws]))]);
  }, 30_000);

  it("keeps with a case that hung what it printed, and only that", async () => {
    const jobs = [job("prints", "export function f(x) { console.log(`case ${x}`); while (x === 2) {} return x; }", [1, 2, 3])];
    const { outcomes } = await batchedWith(jobs);
    expect(outcomes[0].map((o) => `${o.kind}: ${o.output.trim()}`)).toEqual(["returned: case 1", "timeout: case 2", "returned: case 3"]);
  }, 20_000);

  it("gives a module that hangs while it loads its timeout, and the jobs after it their results", async () => {
    const jobs = [job("first", "export function f(x) { return x; }", [1]), job("loads-forever", "for (;;) {}\nexport function f(x) { return x; }", [1, 2]), job("after", "export function f(x) { return -x; }", [3])];
    const sandbox = createSandbox();
    sandboxes.push(sandbox);
    const ran = await sandbox.runJobs(jobs);
    expect(ran.map((j) => j.load.kind)).toEqual(["loaded", "timeout", "loaded"]);
    expect(ran.map((j) => j.outcomes.map(summary))).toEqual([["returned 1"], [], ["returned -3"]]);
    expect(sandbox.childrenStarted()).toBe(2);
  }, 20_000);

  it("gives code that overwrites the progress record no more time: it cannot know the request, and a death it names is not taken", async () => {
    // Claims, for a request id it guessed, that its step began far in the future, then hangs.
    const forger = job(
      "forges",
      'import { writeSync } from "node:fs";\nexport function f(x) { if (x === 2) { for (let id = 1; id < 50; id++) writeSync(4, `${id}:0:0:${Date.now() + 1e9}`.padEnd(80), 0); for (;;) {} } return x; }',
      [1, 2, 3],
    );
    // The batch is stopped at its first limit from the request (the test's own time limit would end
    // a wait of the 1e9 ms the record claims), and then each case runs on its own.
    const got = await batched([forger]);
    expect(got).toEqual([["returned 1", "timeout", "returned 3"]]);
    expect(got).toEqual(await oneByOne([forger]));
  }, 30_000);

  it("after a case that hung, notes a later change on the case that made it: every outcome is one by one's", async () => {
    const jobs = [
      job("hangs-on-2", "export function f(x) { while (x === 2) {} return x * 10; }", [1, 2, 3]),
      job("patches", "export function f(x) { Math.max = () => 0; return x; }", [1]),
      job("uses-max", "export function f(x) { return Math.max(x, 7); }", [1]),
    ];
    const got = await batched(jobs);
    expect(got[0]).toEqual(["returned 10", "timeout", "returned 30"]);
    expect(got[1][0]).toMatch(/^returned 1 \| \[grader\] your code changed Math\.max/);
    expect(got[2]).toEqual(["returned 7"]);
    expect(got).toEqual(await oneByOne(jobs));
  }, 30_000);
});
