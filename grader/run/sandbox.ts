/**
 * One sandboxed child process, reused for every case of a submission and replaced only after it
 * dies or is killed (a timeout, a crash, tampering). Bundles are loaded by key; after a restart
 * they are loaded again on demand. Every message from the child is validated before use.
 *
 * Before running anything, a child that has run other student code checks that nothing changed
 * since its last report (a timer or a promise callback of an earlier function may have patched a
 * built-in after it returned); if something did, it refuses ("dirty"). And when code reports
 * tampering in such a child, it may have been an earlier function's timer firing meanwhile. Either
 * way the request is repeated once in a fresh child, where only the code asked for runs: one
 * function's leftovers never change another's result, nor are they blamed on it.
 *
 * `runJobs` sends many loads and calls in one request (a request costs both processes more than a
 * short case): the child checks for changes once, at the end. Its results are used only when
 * nothing went wrong; otherwise everything in it is done again with `load` and `call`, one by one,
 * which is what tells which call did what.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomInt } from "node:crypto";
import { tmpdir } from "node:os";
import { compileSchema } from "../validation/ajv";
import type { Value } from "../values/value";
import { decodeWire, encodeWire, type WireValue } from "../values/wire";
import { harnessCode } from "./bundle";
import { childCommand, defaultLimits, probeConfinement, type SandboxLimits } from "./limits";
import { bundleToken, CHANNEL_CLOSED_EXIT, childMessageSchema, PROGRESS_FD, type ChildMessage, type ParentMessage, type RanCase, type ThrownError } from "./protocol";

const BOOT = `process.once("message", (m) => import("data:text/javascript;base64," + m.harness));`;
const STDERR_TAIL = 4000;
/** What a case printed, as streamed by the child while it ran (the same bound as the child's capture). */
const STREAMED_LIMIT = 4000;

/**
 * Why a child died: it ran out of memory, ended itself (an exit code), was killed by a signal, wrote
 * something to the grader's channel that the grader did not ask for, or never started.
 */
export type CrashCause = "memory" | "exit" | "signal" | "channel" | "start";

export type Death = { kind: "crashed"; reason: string; cause?: CrashCause } | { kind: "timeout"; limitMs: number };

export type LoadOutcome =
  | { kind: "loaded"; output: string }
  | { kind: "load-failed"; problem: "threw" | "missing-export"; error: ThrownError; output: string }
  | ({ output: string } & Death);

export type CallOutcome =
  | { kind: "returned"; value: Value; mutatedArgs: number[]; output: string; durationMs: number }
  | { kind: "threw"; error: ThrownError; output: string; durationMs: number }
  | { kind: "load-failed"; problem: "threw" | "missing-export"; error: ThrownError; output: string; durationMs: number }
  | ({ output: string; durationMs: number } & Death);

interface Pending {
  id: number;
  /** A "run": answered by "ran", and only by it. */
  run: boolean;
  resolve: (message: ChildMessage | Death) => void;
  /** A "run": a step of job `job` started (see PROGRESS_FD). */
  stepStarted?: (job: number) => void;
}

interface Child {
  process: ChildProcess;
  ready: Promise<void>;
  loaded: Set<string>;
  /** Packages this child has imported: their members are loaded without sending the package again. */
  packages: Set<string>;
  pending?: Pending;
  stray: string;
  /** Output the pending request's code printed so far (the child streams it): used if the child dies. */
  streamed: string;
  /** What the progress pipe sent after its last full line. */
  progressText: string;
  stderrTail: string;
  killedForTimeout?: number;
  /**
   * Student code patched something a later function would notice, or left work running. While it
   * loaded: finish this bundle (its cases need what it set up), then replace the child. While a
   * case ran: replace the child before the next request.
   */
  tainted?: "load" | "call";
}

/** A member of a package (run/bundle.ts buildStudentPackage): `code` is the package's, imported once per child. */
export interface PackageMember {
  packageKey: string;
  code: string;
  member: string;
}

/** What `load` runs: a bundle's code, or a package member. */
export type LoadSource = string | PackageMember;

/** A function to load and call on each of `cases`, each call within `timeoutMs`. */
export interface Job {
  key: string;
  source: LoadSource;
  exportName: string;
  cases: Value[][];
  timeoutMs: number;
}

export interface JobOutcome {
  load: LoadOutcome;
  /** One per case; none if the load failed. */
  outcomes: CallOutcome[];
}

export interface Sandbox {
  load(key: string, source: LoadSource, exportName: string, timeoutMs: number): Promise<LoadOutcome>;
  call(key: string, exportName: string, args: Value[], timeoutMs: number): Promise<CallOutcome>;
  /**
   * For each job in turn: `load`, then the outcomes of calling its function on each of its cases
   * (none if it did not load), as `load` and `call` one by one would give them; in one request when
   * nothing goes wrong. When anything does (a death, a case over its time limit, something changed),
   * it is all done again that way, from a fresh child, so that each outcome is that of its own call.
   */
  runJobs(jobs: readonly Job[]): Promise<JobOutcome[]>;
  /** Start a child now if none is running, so the next grading does not wait for one to boot. */
  warm(): void;
  close(): void;
}

const validateMessage = compileSchema(childMessageSchema);

function tamperNote(tampered: string[]): string {
  if (tampered.length === 0) return "";
  return `[grader] your code ${tampered.join(", ")}; the other functions are graded in a fresh process.`;
}

/** Pieces of a case's output, each starting on its own line. */
function joinOutput(...parts: string[]): string {
  return parts.filter(Boolean).reduce((all, part) => (all === "" || all.endsWith("\n") ? all + part : `${all}\n${part}`), "");
}

/**
 * `code` named `name` in stack traces: V8 takes a module's sourceURL comment as its name, instead of
 * its data: URL (the whole module, base64), which every frame would otherwise repeat.
 */
function withSourceUrl(code: string, name: string): string {
  return `${code}\n//# sourceURL=${name}\n`;
}

function isDeath(reply: ChildMessage | Death): reply is Death {
  return "kind" in reply;
}

const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed/i;

function crashOf(code: number | null, signal: NodeJS.Signals | null, stderr: string): { reason: string; cause: CrashCause } {
  if (OUT_OF_MEMORY.test(stderr)) return { reason: "ran out of memory", cause: "memory" };
  if (signal) return { reason: `was killed by ${signal}`, cause: "signal" };
  if (code === CHANNEL_CLOSED_EXIT) return { reason: "closed its channel to the grader", cause: "channel" };
  return { reason: `ended with exit code ${code}`, cause: "exit" };
}

/**
 * What the child printed outside a case, without Node's own report of a fatal error (GC traces,
 * native and JavaScript stacks of an out-of-memory or process.abort()) and without bundle URLs.
 */
function cleanStray(stray: string): string {
  const fatal = stray.search(/\n?<--- Last few GCs --->|\n?#\n# Fatal error|\n?FATAL ERROR:|\n?----- Native stack trace -----/);
  return (fatal >= 0 ? stray.slice(0, fatal) : stray).replace(/data:text\/javascript;base64,[A-Za-z0-9+/=]*|[A-Za-z0-9+/=]{200,}/g, "<grader>");
}

/** Every array in a returned value holds as many numbers as its shape says (the schema cannot say so). */
function consistent(value: WireValue): boolean {
  switch (value.type) {
    case "ndarray":
      return value.shape.reduce((p, d) => p * d, 1) === value.data.length;
    case "sequence":
      return value.items.every(consistent);
    case "mapping":
      return value.entries.every(([, v]) => consistent(v));
    default:
      return true;
  }
}

/**
 * A request's id, random so that student code cannot guess it and forge the reply to a request it
 * has not seen (e.g. one that hides the tampering the child would report).
 */
function newId(): number {
  return randomInt(1, 2 ** 47);
}

export function createSandbox(limits: SandboxLimits = defaultLimits): Sandbox {
  let child: Child | undefined;
  const codes = new Map<string, { source: LoadSource; exportName: string }>();

  function start(): Child {
    const [program, ...args] = childCommand(limits, probeConfinement(), BOOT);
    const proc = spawn(program, args, { stdio: ["ignore", "pipe", "pipe", "ipc", "pipe"], env: {}, cwd: tmpdir() });
    const c: Child = { process: proc, loaded: new Set(), packages: new Set(), stray: "", streamed: "", progressText: "", stderrTail: "", ready: Promise.resolve() };
    // Stray output keeps its beginning (what the student printed comes before Node's own reports);
    // stderrTail keeps the end (how the process died is said last).
    proc.stdout!.on("data", (d: Buffer) => (c.stray = (c.stray + d.toString("utf8")).slice(0, STDERR_TAIL)));
    proc.stderr!.on("data", (d: Buffer) => {
      c.stderrTail = (c.stderrTail + d.toString("utf8")).slice(-STDERR_TAIL);
      c.stray = (c.stray + d.toString("utf8")).slice(0, STDERR_TAIL);
    });
    // "id:job:case" lines, one per step of a "run" as it starts: each step's time limit runs from
    // there. Student code that learnt the request's id could write here too: at most it gets its
    // own request the time all its steps would have had together, and never a result.
    proc.stdio[PROGRESS_FD]?.on("data", (d: Buffer) => {
      const lines = (c.progressText + d.toString("utf8")).split("\n");
      c.progressText = lines.pop()!.slice(-200);
      const pending = c.pending;
      for (const line of lines) {
        const [id, job] = line.split(":").map(Number);
        if (pending?.stepStarted && id === pending.id && Number.isInteger(job)) pending.stepStarted(job);
      }
    });
    c.ready = new Promise<void>((resolve, reject) => {
      const onReady = (m: unknown) => {
        if ((m as ChildMessage)?.type === "ready") {
          proc.off("message", onReady);
          resolve();
        }
      };
      proc.on("message", onReady);
      proc.once("exit", (code, signal) => reject(new Error(`could not start (${crashOf(code, signal, c.stderrTail).reason}): ${c.stderrTail.trim()}`)));
    });
    c.ready.catch(() => undefined);
    proc.on("error", () => undefined); // a send to a child that just died; its exit handler reports it
    proc.on("message", (m: unknown) => {
      const pending = c.pending;
      if (!pending) return;
      const message = validateMessage(m) ? (m as ChildMessage) : undefined;
      if (message?.type === "output" && message.id === pending.id) {
        c.streamed = (c.streamed + message.text).slice(0, STREAMED_LIMIT);
        return;
      }
      const forged =
        !message ||
        message.type === "ready" ||
        message.type === "output" ||
        message.id !== pending.id ||
        (message.type === "returned" && !consistent(message.value)) ||
        (message.type === "ran" && !pending.run) ||
        (pending.run && message.type !== "ran" && message.type !== "dirty") ||
        (message.type === "ran" && !message.jobs.every((j) => j.cases.every((r) => !("value" in r) || consistent(r.value))));
      if (forged) {
        // A forged or garbled message: student code wrote to the IPC channel. Treat it as a crash
        // of this case rather than trusting anything in it.
        c.pending = undefined;
        pending.resolve({ kind: "crashed", reason: "sent the grader a message it did not ask for", cause: "channel" });
        kill(c);
        return;
      }
      c.pending = undefined;
      pending.resolve(message);
    });
    proc.on("exit", () => {
      if (child === c) child = undefined;
    });

    // "close", not "exit": by then all of stderr has been read (how the process died is told there).
    proc.on("close", (code, signal) => {
      const pending = c.pending;
      c.pending = undefined;
      if (child === c) child = undefined;
      if (!pending) return;
      if (c.killedForTimeout !== undefined) pending.resolve({ kind: "timeout", limitMs: c.killedForTimeout });
      else pending.resolve({ kind: "crashed", ...crashOf(code, signal, c.stderrTail) });
    });
    harnessCode().then(
      (harness) => proc.send({ type: "boot", harness: Buffer.from(withSourceUrl(harness, "grader-harness")).toString("base64") }, () => undefined),
      (error: Error) => {
        // The grader's own harness failed to build: no case can run; say why in every outcome.
        c.stderrTail = error.message;
        proc.kill("SIGKILL");
      },
    );
    return c;
  }

  function kill(c: Child): void {
    if (child === c) child = undefined;
    c.process.kill("SIGKILL");
  }

  /**
   * Sends `message`; resolves with the reply, or with how the child died. The time limit is
   * `timeoutMs`; for a "run", `steps` gives each step its own, from when the child says it starts,
   * within an overall limit that no message from the child can extend.
   */
  async function request(c: Child, message: ParentMessage & { id: number }, timeoutMs: number, steps?: { limit: (job: number) => number; overallMs: number }): Promise<ChildMessage | Death> {
    try {
      await c.ready;
    } catch (error) {
      return { kind: "crashed", reason: (error as Error).message, cause: "start" };
    }
    return new Promise((resolve) => {
      const expire = (limitMs: number) => () => {
        c.killedForTimeout = limitMs;
        kill(c);
      };
      let timer = setTimeout(expire(timeoutMs), timeoutMs);
      const deadline = performance.now() + (steps?.overallMs ?? timeoutMs);
      c.streamed = "";
      c.pending = {
        id: message.id,
        run: message.type === "run",
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
        ...(steps && {
          stepStarted: (job: number) => {
            clearTimeout(timer);
            const limitMs = steps.limit(job);
            timer = setTimeout(expire(limitMs), Math.max(0, Math.min(limitMs, deadline - performance.now())));
          },
        }),
      };
      c.process.send(message, () => undefined);
    });
  }

  function takeStray(c: Child | undefined): string {
    if (!c || !c.stray) return "";
    const text = c.stray;
    c.stray = "";
    return text;
  }

  /** What a case that died printed: what the child streamed, then what it wrote outside the capture. */
  function deathOutput(c: Child): string {
    const streamed = c.streamed;
    c.streamed = "";
    return joinOutput(streamed, cleanStray(takeStray(c)));
  }

  /** Whether student code other than `key`'s has run in this child (then it must prove it is clean). */
  function ranOtherCode(c: Child, key: string): boolean {
    return [...c.loaded].some((k) => k !== key);
  }

  /** The child to load `key` into: a tainted one is replaced first (see Child.tainted). */
  function childFor(key: string): Child {
    if (child?.tainted === "call" || (child?.tainted === "load" && !child.loaded.has(key))) kill(child);
    return (child ??= start());
  }

  /** What a load request says of where the module comes from; a package already imported by `c` is not sent again. */
  function moduleSource(c: Child, key: string, source: LoadSource, imported: ReadonlySet<string> = c.packages): { code?: string; package?: string; member?: string } {
    const base64 = (code: string, name: string) => Buffer.from(withSourceUrl(code, bundleToken(name))).toString("base64");
    if (typeof source === "string") return { code: base64(source, key) };
    return { package: source.packageKey, member: source.member, ...(imported.has(source.packageKey) ? {} : { code: base64(source.code, source.packageKey) }) };
  }

  function markLoaded(c: Child, key: string, source: LoadSource): void {
    c.loaded.add(key);
    if (typeof source !== "string") c.packages.add(source.packageKey);
  }

  async function ensureLoaded(key: string, timeoutMs: number, clean: boolean): Promise<{ child: Child; outcome: LoadOutcome | { kind: "dirty" } }> {
    const c = childFor(key);
    if (c.loaded.has(key)) return { child: c, outcome: { kind: "loaded", output: "" } };
    const { source, exportName } = codes.get(key)!;
    const checked = clean && ranOtherCode(c, key);
    const reply = await request(c, { type: "load", id: newId(), key, ...moduleSource(c, key, source), exportName, clean: checked }, timeoutMs);
    if (isDeath(reply)) return { child: c, outcome: { ...reply, output: deathOutput(c) } };
    if (reply.type === "dirty" || (checked && reply.type === "loaded" && reply.tampered.length > 0)) return { child: c, outcome: { kind: "dirty" } };
    const stray = takeStray(c);
    const r = reply as Extract<ChildMessage, { type: "loaded" }>;
    if (r.tampered.length > 0) c.tainted = "load";
    if (r.ok) markLoaded(c, key, source);
    const output = joinOutput(r.output, stray, tamperNote(r.tampered));
    return { child: c, outcome: r.ok ? { kind: "loaded", output } : { kind: "load-failed", problem: r.problem, error: r.error, output } };
  }

  async function callOne(key: string, exportName: string, args: Value[], timeoutMs: number): Promise<CallOutcome> {
    const started = performance.now();
    let reply: ChildMessage | Death;
    let target: Child;
    for (let attempt = 0; ; attempt++) {
      // A fresh child runs only this key's code: no need to prove it clean, so this ends.
      const clean = attempt === 0;
      const { child: c, outcome } = await ensureLoaded(key, timeoutMs, clean);
      if (outcome.kind === "dirty") {
        kill(c);
        continue;
      }
      if (outcome.kind !== "loaded") return { ...outcome, durationMs: performance.now() - started };
      target = c;
      const wire = args.map(encodeWire);
      const checked = clean && ranOtherCode(c, key);
      reply = await request(c, { type: "call", id: newId(), key, exportName, args: wire, clean: checked }, timeoutMs);
      const suspect = !isDeath(reply) && (reply.type === "dirty" || (checked && "tampered" in reply && reply.tampered.length > 0));
      if (suspect) {
        kill(c);
        continue;
      }
      break;
    }
    const durationMs = performance.now() - started;
    if (isDeath(reply)) return { ...reply, output: deathOutput(target), durationMs };
    const stray = takeStray(target);
    const r = reply as Extract<ChildMessage, { type: "returned" | "threw" }>;
    if (r.tampered.length > 0) target.tainted = "call";
    const output = joinOutput(r.output, stray, tamperNote(r.tampered));
    if (r.type === "threw") return { kind: "threw", error: r.error, output, durationMs };
    return { kind: "returned", value: decodeWire(r.value), mutatedArgs: r.mutatedArgs, output, durationMs };
  }

  async function loadSeparately(key: string, timeoutMs: number): Promise<LoadOutcome> {
    for (let attempt = 0; ; attempt++) {
      const { child: c, outcome } = await ensureLoaded(key, timeoutMs, attempt === 0);
      if (outcome.kind !== "dirty") return outcome;
      kill(c); // an earlier function's leftovers changed this child: load into a fresh one
    }
  }

  function outcomeOf(r: RanCase, extraOutput: string): CallOutcome {
    const output = joinOutput(r.output, extraOutput);
    if ("error" in r) return { kind: "threw", error: r.error, output, durationMs: r.durationMs };
    return { kind: "returned", value: decodeWire(r.value), mutatedArgs: r.mutatedArgs, output, durationMs: r.durationMs };
  }

  async function runJobs(jobs: readonly Job[]): Promise<JobOutcome[]> {
    for (const j of jobs) codes.set(j.key, { source: j.source, exportName: j.exportName });
    const oneByOne = async () => {
      const all: JobOutcome[] = [];
      for (const j of jobs) {
        const load = await loadSeparately(j.key, j.timeoutMs);
        const outcomes: CallOutcome[] = [];
        if (load.kind === "loaded") for (const args of j.cases) outcomes.push(await callOne(j.key, j.exportName, args, j.timeoutMs));
        all.push({ load, outcomes });
      }
      return all;
    };
    if (jobs.length === 0) return [];
    if (child?.tainted) kill(child);
    const c = (child ??= start());
    const keys = new Set(jobs.map((j) => j.key));
    const sent = new Set(c.packages);
    const wire = jobs.map((j) => {
      const load = c.loaded.has(j.key) ? undefined : moduleSource(c, j.key, j.source, sent);
      if (typeof j.source !== "string") sent.add(j.source.packageKey);
      return { key: j.key, exportName: j.exportName, cases: j.cases.map((args) => args.map(encodeWire)), ...(load ? { load } : {}) };
    });
    // Each step has its job's time limit: until the child names a step on the progress pipe (which
    // it does once half the shortest limit went by unheard of), from the request on; after, from
    // that step. A case that took longer than its own limit by the child's clock also has
    // everything redone.
    const limit = Math.min(...jobs.map((j) => j.timeoutMs));
    const overallMs = jobs.reduce((sum, j) => sum + j.timeoutMs * (j.cases.length + 1), 0);
    const message = { type: "run" as const, id: newId(), jobs: wire, clean: [...c.loaded].some((k) => !keys.has(k)), progressAfterMs: limit / 2 };
    const reply = await request(c, message, limit, { limit: (job) => jobs[job]?.timeoutMs ?? limit, overallMs });
    const ran = !isDeath(reply) && reply.type === "ran" ? reply : undefined;
    const complete =
      ran !== undefined &&
      ran.jobs.length === jobs.length &&
      ran.jobs.every((r, i) => {
        if ((r.loaded !== undefined) !== (wire[i].load !== undefined)) return false;
        if (r.loaded && !r.loaded.ok) return r.cases.length === 0;
        return r.cases.length === jobs[i].cases.length && r.cases.every((x) => x.durationMs <= jobs[i].timeoutMs);
      });
    if (!ran || !complete || ran.tampered.length > 0) {
      // A death, a slow case, or a change (this code's doing, or an earlier one's leftovers): which
      // call did what is told by doing them one by one, from a fresh child. (Even the step that died
      // is run again: in a process shared with other submissions, their leftovers could have
      // caused the death, and only a fresh process can tell.)
      if (child === c) kill(c);
      return oneByOne();
    }
    // What was written around the capture goes with the last thing that ran.
    const stray = takeStray(c);
    return ran.jobs.map((r, i): JobOutcome => {
      const last = i === ran.jobs.length - 1 ? stray : "";
      if (r.loaded && !r.loaded.ok) return { load: { kind: "load-failed", problem: r.loaded.problem, error: r.loaded.error, output: joinOutput(r.loaded.output, last) }, outcomes: [] };
      markLoaded(c, jobs[i].key, jobs[i].source);
      const load: LoadOutcome = { kind: "loaded", output: r.loaded?.output ?? "" };
      return { load, outcomes: r.cases.map((x, k) => outcomeOf(x, k === r.cases.length - 1 ? last : "")) };
    });
  }

  // Start the first child at once: its ~100 ms boot overlaps with the parent's bundling.
  child = start();

  return {
    load(key, source, exportName, timeoutMs) {
      codes.set(key, { source, exportName });
      return loadSeparately(key, timeoutMs);
    },
    call: callOne,
    runJobs,
    warm() {
      child ??= start();
    },
    close() {
      if (child) kill(child);
    },
  };
}
