/**
 * The sandbox end to end with small CommonJS modules (what build/bundle.ts and build/package.ts make):
 * each outcome is that of its own call, an endless loop costs its time limit and no process, a
 * death costs only its case, and nothing the child writes can make the grader throw.
 */
import { readdirSync, readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import type { Value } from "../values/value";
import { defaultLimits, probeConfinement } from "./limits";
import { createSandbox, type CalleeServer, type CallOutcome, type Job, type Sandbox } from "./sandbox";

const sandboxes: Sandbox[] = [];
afterAll(() => sandboxes.forEach((s) => s.close()));

function sandbox(callee?: CalleeServer): Sandbox {
  const s = createSandbox({ callee });
  sandboxes.push(s);
  return s;
}

const number = (value: number): Value => ({ type: "number", value });
const job = (key: string, code: string, cases: number[], extra: Partial<Job> = {}): Job => ({ key, source: { code }, exportName: "f", cases: cases.map((n) => [number(n)]), timeoutMs: 300, ...extra });
/** A module's code reaching Node's fs as student code can (it has no `require`). */
const fs = 'const fs = process.getBuiltinModule("node:fs");\n';

/** What an outcome says, without its duration. */
function summary(o: CallOutcome): string {
  if (o.kind === "returned") return `returned ${o.value.type === "number" ? o.value.value : o.value.type === "other" ? o.value.description : o.value.type}${o.output ? ` | ${o.output.trim()}` : ""}`;
  if (o.kind === "threw") return `threw ${o.error.message}`;
  if (o.kind === "crashed") return `crashed: ${o.reason}`;
  return o.kind;
}

async function run(s: Sandbox, jobs: Job[]): Promise<string[][]> {
  return (await s.runJobs(jobs)).map((j) => (j.load.kind === "loaded" ? j.outcomes.map(summary) : [`load ${j.load.kind}`]));
}

describe("the sandbox", () => {
  it("stops endless loops, in try/finally and in Atomics.wait, with its watchdog: each costs its limit and no process", async () => {
    const s = sandbox();
    const loops = "module.exports.f = (x) => { if (x === 2) { try { for (;;) {} } finally { for (;;) {} } } if (x === 3) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); return x * 10; };";
    const got = await run(s, [job("loops", loops, [1, 2, 3, 4]), job("after", "exports.f = (x) => x + 1;", [5])]);
    expect(got).toEqual([["returned 10", "timeout", "timeout", "returned 40"], ["returned 6"]]);
    // The same child answered them all: no kill, so the grader's backstop never fired.
    expect(s.childrenStarted()).toBe(1);
  }, 20_000);

  it("records a timed-out case's time as its limit, never more", async () => {
    const [outcome] = (await sandbox().runJobs([job("spin", "exports.f = () => { for (;;) {} };", [1])]))[0].outcomes;
    expect(outcome).toMatchObject({ kind: "timeout", limitMs: 300, durationMs: 300 });
  }, 20_000);

  it("kills a child the watchdog cannot stop (blocked in a system call) after the limit and a grace, and goes on in a fresh one", async () => {
    const s = sandbox();
    const blocks = `${fs}module.exports.f = (x) => { if (x === 2) fs.readSync(0, Buffer.alloc(4)); return x; };`;
    expect(await run(s, [job("blocks", blocks, [1, 2, 3])])).toEqual([["returned 1", "timeout", "returned 3"]]);
    expect(s.childrenStarted()).toBe(2);
  }, 20_000);

  it("gives a death only to its case: the next cases run once each, in a fresh child", async () => {
    const s = sandbox();
    const dies = "let calls = 0;\nmodule.exports.f = (x) => { calls += 1; console.log(`call ${calls} on ${x}`); if (x === 2) process.reallyExit(3); return x; };";
    const got = await run(s, [job("dies", dies, [1, 2, 3])]);
    // The third case's module is a new instance (calls restarts): it ran once, in a new child.
    expect(got).toEqual([["returned 1 | call 1 on 1", "crashed: ended with exit code 3", "returned 3 | call 1 on 3"]]);
  }, 20_000);

  it("keeps what a dying case printed", async () => {
    const [outcome] = (await sandbox().runJobs([job("prints", "exports.f = () => { console.log('last words'); process.abort(); };", [1])]))[0].outcomes;
    expect(outcome.kind).toBe("crashed");
    expect(outcome.output).toContain("last words");
    expect(outcome.output).not.toContain("Native stack");
  }, 20_000);

  it("turns garbage, forged and too-deep frames on the child's channel into that case's crash, never a grader exception", async () => {
    const s = sandbox();
    const writes = `${fs}module.exports.f = (x) => {
      const frame = (text) => { const b = Buffer.from(text); const h = Buffer.alloc(4); h.writeUInt32LE(b.length); fs.writeSync(1, Buffer.concat([h, b])); };
      if (x === 1) fs.writeSync(1, "garbage that is no frame");
      if (x === 2) frame("[".repeat(20000) + "]".repeat(20000));
      if (x === 3) frame(JSON.stringify({ t: "case", id: 12345, index: 0, value: { type: "number", value: 100 }, mutatedArgs: [] }));
      if (x === 4) frame(JSON.stringify({ t: "nonsense" }));
      return x;
    };`;
    const got = await run(s, [job("writes", writes, [1, 2, 3, 4, 5])]);
    expect(got[0].slice(0, 4).every((o) => o.startsWith("crashed: wrote"))).toBe(true);
    expect(got[0][1]).toContain("nested deeper");
    expect(got[0][2]).toContain("another request");
    expect(got[0][4]).toBe("returned 5");
  }, 20_000);

  it("bounds a returned value by the case's bound, in the child and again here", async () => {
    const big = "module.exports.f = (n) => Array.from({ length: n }, () => 1);";
    const [outcomes] = await run(sandbox(), [job("big", big, [10, 5000], { bounds: [100, 100] })]);
    expect(outcomes[0]).toBe("returned sequence");
    expect(outcomes[1]).toBe("returned a value holding 10000 numbers, far more than the expected result has");
  }, 20_000);

  it("answers a callee from the grader, only for the functions the running job may call", async () => {
    const asked: string[] = [];
    const s = sandbox((name, args) => {
      asked.push(name);
      return { value: number((args[0] as { value: number }).value * 100) };
    });
    const calls = 'const callee = globalThis[Symbol.for("dnn-grader.callee")];\nmodule.exports.f = (x) => x === 3 ? callee("allowed", [new Array(300000).fill(1)]) : callee(x === 1 ? "allowed" : "forbidden", [x]);';
    const got = await run(s, [job("calls", calls, [1, 2, 3], { callees: ["allowed"] })]);
    expect(got).toEqual([["returned 100", "threw forbidden cannot be called here", "threw the arguments given to allowed are far larger than any case of the course (600000 values)"]]);
    expect(asked).toEqual(["allowed"]);
  }, 20_000);

  it("runs a module that loops while loading into the watchdog, as the load's timeout", async () => {
    const got = await sandbox().runJobs([job("loops-at-load", "for (;;) {}\nexports.f = () => 1;", [1, 2])]);
    expect(got[0].load.kind).toBe("timeout");
  }, 20_000);

  it("runs a job again in the child that already loaded its module, without loading it twice", async () => {
    const s = sandbox();
    const counts = "let loads = (globalThis.loads ?? 0) + 1;\nglobalThis.loads = loads;\nmodule.exports.f = (x) => x * 10 + loads;";
    expect(await run(s, [job("again", counts, [1, 2])])).toEqual([["returned 11", "returned 21"]]);
    expect(await run(s, [job("again", counts, [3])])).toEqual([["returned 31"]]);
    expect(s.childrenStarted()).toBe(1);
  }, 20_000);

  it("never runs timers or promise callbacks, so nothing a function leaves behind runs later", async () => {
    const leaves = "let later = 0;\nmodule.exports.f = (x) => { setTimeout(() => (later = 99), 0); Promise.resolve().then(() => (later = 98)); return later + x; };";
    expect(await run(sandbox(), [job("leaves", leaves, [1, 2, 3])])).toEqual([["returned 1", "returned 2", "returned 3"]]);
  }, 20_000);

  it("starts from a code cache a trusted child made, and from a cache V8 refuses as from none", async () => {
    const maker = sandbox();
    await run(maker, [job("warm", "exports.f = (x) => x * 2;", [1, 2])]);
    const cache = await maker.codeCache();
    expect(cache?.length).toBeGreaterThan(10_000);
    for (const codeCache of [cache, Buffer.from("not a code cache at all")]) {
      const s = createSandbox({ codeCache: Promise.resolve(codeCache) });
      sandboxes.push(s);
      expect(await run(s, [job("cached", "exports.f = (x) => x + 1;", [1])])).toEqual([["returned 2"]]);
    }
  }, 20_000);

  it.skipIf(process.platform !== "linux")("leaves no process behind when closed, even while it is still starting", async () => {
    // A heap cap no other test uses marks this test's processes (bwrap's own among them) in /proc.
    const mark = "--max-old-space-size=509";
    const running = () =>
      readdirSync("/proc").filter((pid) => /^\d+$/.test(pid)).filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(mark);
        } catch {
          return false; // gone meanwhile
        }
      });
    for (let i = 0; i < 24; i++) {
      const s = createSandbox({ limits: { ...defaultLimits, heapMb: 509 } });
      s.warm();
      await new Promise((resolve) => setTimeout(resolve, i % 12));
      s.close();
    }
    // A closed child exits at once, or is killed after a grace; an orphan of bubblewrap never goes.
    for (let waited = 0; waited < 8000 && running().length > 0; waited += 250) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(running()).toEqual([]);
  }, 30_000);

  it.skipIf(!probeConfinement().bwrap)("holds no host process, file, socket or network: the child is pid 2 of its own namespace", async () => {
    const probes = `${fs}const net = process.getBuiltinModule("node:net");
module.exports.f = (x) => {
  const seen = [process.pid, process.ppid];
  try { process.kill(process.ppid, "SIGKILL"); seen.push("killed its parent"); } catch (e) { seen.push(e.code); }
  for (const pid of [${process.pid}, ${process.ppid}]) { try { process.kill(pid, 0); seen.push("sees " + pid); } catch (e) { seen.push(e.code); } }
  return seen.join(" ");
};`;
    const outcome = (await sandbox().runJobs([{ ...job("probes", probes, [1]), exportName: "f" }]))[0].outcomes[0];
    expect(outcome.kind).toBe("returned");
    // Its parent is bubblewrap's init, which ignores the signal; the grader's pids do not exist there.
    expect(outcome.kind === "returned" && outcome.value.type === "string" ? outcome.value.value : "").toMatch(/^2 1 (killed its parent|EPERM) ESRCH ESRCH$/);
  }, 20_000);
});
