/**
 * The grader's side of a sandboxed child (run/limits.ts: how it is confined; child/harness.ts: what
 * runs inside). One Sandbox serves one submission: one child for all its cases, replaced only when
 * it dies or reports that a function changed the built-ins. Each job (one function's cases in one
 * mode) is one request, answered with a frame per load and case. The child stops an endless loop
 * itself (its watchdog); a kill, a case's limit plus a grace after the last frame, is the backstop.
 * After a death the job goes on from the next case in a fresh child: nothing runs twice. Anything
 * unexpected on the child's pipe (a forged or garbled frame, a frame out of turn) is the running
 * case's crash, never an exception here. The reference versions of graded functions the student's
 * code calls ("callees") are computed here, only those the running job may call.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomInt } from "node:crypto";
import { constants } from "node:os";
import { compileSchema } from "../validation/ajv";
import type { Value } from "../values/value";
import { decodeWire, encodeWire, numbersIn, wellFormed } from "../values/wire";
import { harnessCode } from "../build/bundle";
import { encodeFrame, frame, frameReader } from "./frames";
import { childCommand, childStdio, defaultLimits, probeConfinement, type Confinement, type SandboxLimits } from "./limits";
import { childMessageSchema, MAX_CALLEE_NUMBERS, MAX_OUTPUT, type ChildMessage, type ModuleSource, type ParentMessage, type ThrownError } from "./protocol";

/**
 * The child's first code (`node -e`): reads the harness and V8's code cache for it (maybe empty), a
 * frame each, and runs the harness with `require`, its compiled script (for the code cache) and the
 * child's only frame reader and writer (fd 0 and 1), whose calls are taken now: student code may
 * patch Node's modules later. EAGAIN (a pipe made non-blocking) waits 1 ms; the grader gone ends it.
 */
const BOOT = `const fs = require("node:fs"), readSync = fs.readSync, writeSync = fs.writeSync, alloc = Buffer.alloc;
const exit = process.reallyExit.bind(process), wait = Atomics.wait, cell = new Int32Array(new SharedArrayBuffer(4));
function whole(io, fd, b) {
  for (let done = 0; done < b.length; ) {
    try { const k = io(fd, b, done, b.length - done); if (k === 0) exit(0); done += k; }
    catch (e) { if (e.code !== "EAGAIN") exit(0); wait(cell, 0, 0, 1); }
  }
  return b;
}
const nextFrame = () => { const h = whole(readSync, 0, alloc(4)); return whole(readSync, 0, alloc(h[0] + h[1] * 256 + h[2] * 65536 + h[3] * 16777216)); };
const sendFrame = (frame) => { whole(writeSync, 1, frame); };
const code = nextFrame().toString("utf8"), cache = nextFrame();
const script = new (require("node:vm").Script)("(function (module, exports, require, harnessScript, nextFrame, sendFrame) {" + code + "\\n})", { filename: "grader-harness", cachedData: cache.length > 0 ? cache : undefined });
script.runInThisContext()({ exports: {} }, {}, require, script, nextFrame, sendFrame);`;
/** How long after a case's limit a child whose watchdog did not answer is killed; and one whose pipe was closed. */
const GRACE_MS = 1500;
const END_GRACE_MS = 2000;
/** What a step's output may hold here: the child's bound, and room for its note of what it dropped. */
const OUTPUT_LIMIT = MAX_OUTPUT + 200;
const STDERR_LIMIT = 4000;

/** Why a child died: out of memory, it ended itself, a signal, a frame the grader did not ask for, or it never started. */
export type CrashCause = "memory" | "exit" | "signal" | "channel" | "start";
export type Death = { kind: "crashed"; reason: string; cause?: CrashCause } | { kind: "timeout"; limitMs: number };

/** How one case went, what it printed and how long it took (0 when it never ran: its module did not load). */
export type CallOutcome = (
  | { kind: "returned"; value: Value; mutatedArgs: number[] }
  | { kind: "threw"; error: ThrownError }
  | { kind: "load-failed"; problem: "threw" | "missing-export"; error: ThrownError }
  | Death
) & { output: string; durationMs: number };

/** How loading a job's module went: it loaded, or what every case of the job got instead. */
export type LoadOutcome = { kind: "loaded"; output: string } | Exclude<CallOutcome, { kind: "returned" | "threw" }>;

/** What a job loads: a bundle's code, or a `member` of a `package` (build/package.ts), whose code a child evaluates once. */
export type LoadSource = ModuleSource & { code: string };

/** A function to load and call on each of `cases`, each call within `timeoutMs`. */
export interface Job {
  key: string;
  source: LoadSource;
  exportName: string;
  cases: Value[][];
  timeoutMs: number;
  /** The graded functions this job's code may call in their reference version (see CalleeServer). */
  callees?: readonly string[];
  /** Per case, the most numbers a returned value may hold (larger ones arrive as a description). */
  bounds?: readonly number[];
  /** Each piece of what the code prints, as it prints it (training shows its progress from it; no verdict comes from it). */
  onOutput?: (text: string) => void;
}

export interface JobOutcome {
  load: LoadOutcome;
  /** One per case; none if the load failed. */
  outcomes: CallOutcome[];
}

/** Computes a graded function's reference version in the grader, for the child's "callee" requests. */
export type CalleeServer = (name: string, args: Value[]) => CalleeAnswer | Promise<CalleeAnswer>;
export type CalleeAnswer = { value: Value } | { error: { name: string; message: string } };

export interface SandboxOptions {
  limits?: SandboxLimits;
  confinement?: Confinement;
  callee?: CalleeServer;
  /** V8's code cache for the harness, made by a child that ran no student code (run/code-cache.ts). */
  codeCache?: Promise<Buffer | undefined>;
}

export type Sandbox = ReturnType<typeof createSandbox>;

/** Case `i` of a job's outcome: its call's, or, if the module did not load, how the load went. */
export function caseOutcome(job: JobOutcome, i: number): CallOutcome {
  return job.load.kind === "loaded" ? job.outcomes[i] : job.load;
}

const validateMessage = compileSchema(childMessageSchema);
const DEFAULT_BOUND = 100_000;

interface Child {
  process: ChildProcess;
  packages: Set<string>;
  loaded: Set<string>;
  /** A function changed the built-ins: replace this child before the next job. */
  tainted: boolean;
  stderr: string;
  /** The running request's frame handler; undefined between requests. */
  onFrame?: (message: ChildMessage) => void;
  onDeath?: (death: Death) => void;
  dead?: Death;
}

const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed|Cannot allocate memory/i;

function deathOf(code: number | null, signal: NodeJS.Signals | null, stderr: string): Death {
  if (OUT_OF_MEMORY.test(stderr)) return { kind: "crashed", reason: "ran out of memory", cause: "memory" };
  // Under bubblewrap, a signal that killed Node comes back as 128 + its number.
  const byNumber = code !== null && code > 128 && code < 160 ? (Object.entries(constants.signals).find(([, v]) => v === code - 128)?.[0] ?? `signal ${code - 128}`) : undefined;
  if (signal ?? byNumber) return { kind: "crashed", reason: `was killed by ${signal ?? byNumber}`, cause: "signal" };
  return { kind: "crashed", reason: `ended with exit code ${code}`, cause: "exit" };
}

/** What the child wrote to stderr outside a capture, without Node's own report of a fatal error. */
function cleanStderr(text: string): string {
  const fatal = text.search(/\n?<--- Last few GCs --->|\n?#\n# Fatal error|\n?FATAL ERROR:|\n?----- Native stack trace -----/);
  return fatal >= 0 ? text.slice(0, fatal) : text;
}

function joinOutput(...parts: string[]): string {
  return parts.filter(Boolean).reduce((all, part) => (all === "" || all.endsWith("\n") ? all + part : `${all}\n${part}`), "");
}

/** Case frame `m`'s outcome; undefined when it holds neither a value nor an error. */
function caseFrameOutcome(m: Extract<ChildMessage, { t: "case" }>, limitMs: number, bound: number, output: string, durationMs: number): CallOutcome | undefined {
  if (m.timedOut) return { kind: "timeout", limitMs, output, durationMs: limitMs };
  if (m.error) return { kind: "threw", error: m.error, output, durationMs };
  if (!m.value) return undefined;
  // The child bounds what it returns; checked again here, where it is trusted.
  const value: Value = wellFormed(m.value) && numbersIn(m.value) <= bound ? decodeWire(m.value) : { type: "other", description: "a value larger than the expected result, or damaged" };
  return { kind: "returned", value, mutatedArgs: m.mutatedArgs, output, durationMs };
}

/** A job's outcome as its requests fill it in: `load` once the module loaded (or could not). */
type Progress = { load?: LoadOutcome; outcomes: CallOutcome[] };

export function createSandbox(options: SandboxOptions = {}) {
  let child: Child | undefined;
  let starting: Promise<Child> | undefined;
  let started = 0;

  /**
   * Ends child `c`: at once (`now`: it hangs, crashed or broke the protocol), or by closing its pipe
   * (the harness exits), with SIGKILL as the backstop (bubblewrap killed while it sets up can leave its pid 1).
   */
  function kill(c: Child, now = true): void {
    if (child === c) child = undefined;
    if (now) c.process.kill("SIGKILL");
    else {
      c.process.stdin!.end();
      setTimeout(() => c.process.kill("SIGKILL"), END_GRACE_MS).unref();
    }
  }

  function die(c: Child, death: Death): void {
    if (c.dead) return;
    c.dead = death;
    kill(c);
    const handler = c.onDeath;
    c.onFrame = c.onDeath = undefined;
    handler?.(death);
  }

  async function start(): Promise<Child> {
    started += 1;
    const harness = await harnessCode();
    const [program, ...args] = childCommand(options.limits ?? defaultLimits, options.confinement ?? probeConfinement(), BOOT);
    const proc = spawn(program, args, { stdio: childStdio(), env: {}, cwd: "/" });
    const c: Child = { process: proc, packages: new Set(), loaded: new Set(), tainted: false, stderr: "" };
    proc.stdin!.on("error", () => undefined); // a dead child: its exit says why
    proc.stdout!.on("data", frameReader(
      (message) => {
        if (!validateMessage(message)) return die(c, { kind: "crashed", reason: "wrote a message the grader did not ask for", cause: "channel" });
        if (c.onFrame) c.onFrame(message as ChildMessage);
        else die(c, { kind: "crashed", reason: "wrote to the grader between requests", cause: "channel" });
      },
      (problem) => die(c, { kind: "crashed", reason: problem, cause: "channel" }),
    ));
    proc.stderr!.on("data", (d: Buffer) => {
      if (c.stderr.length < STDERR_LIMIT) c.stderr = (c.stderr + d.toString("utf8")).slice(0, STDERR_LIMIT);
    });
    proc.on("error", (error) => die(c, { kind: "crashed", reason: `could not start (${error.message})`, cause: "start" }));
    proc.on("exit", (code, signal) => die(c, deathOf(code, signal, c.stderr)));
    // Raw bytes, not JSON: BOOT evaluates the harness, with its code cache.
    proc.stdin!.write(Buffer.concat([frame(Buffer.from(harness, "utf8")), frame((await options.codeCache) ?? Buffer.alloc(0))]));
    return c;
  }

  /**
   * Sends `message` to child `c`; `handle` gets each frame the child writes until it calls `end`, and
   * `onDeath` the child's death (a child that died since it was chosen answers nothing).
   */
  function ask(c: Child, message: ParentMessage, handle: (m: ChildMessage, end: () => void) => void, onDeath: (death: Death) => void): Promise<void> {
    return new Promise((resolve) => {
      const end = () => {
        c.onFrame = c.onDeath = undefined;
        resolve();
      };
      c.onFrame = (m) => handle(m, end);
      c.onDeath = (death) => {
        onDeath(death);
        end();
      };
      if (c.dead) return c.onDeath(c.dead);
      c.process.stdin!.write(encodeFrame(message));
    });
  }

  /**
   * A job's request: runs `job` in child `c` from its first unanswered case (loading its module
   * first if `c` has not), adding each outcome to `progress`. A death is the outcome of the step it
   * stopped, the load or a case. Loading again in a fresh child counts only if it fails: as the next case's.
   */
  function request(c: Child, job: Job, progress: Progress): Promise<void> {
    const id = randomInt(1, 2 ** 47);
    const from = progress.outcomes.length;
    const cases = job.cases.slice(from);
    const bounds = cases.map((_, i) => job.bounds?.[from + i] ?? DEFAULT_BOUND);
    let loading = !c.loaded.has(job.key);
    if (!loading) progress.load ??= { kind: "loaded", output: "" }; // loaded by an earlier job (watch mode)
    let loadFailed = false;
    let output = "";
    let stepStarted = performance.now();
    c.stderr = "";
    const settle = (outcome: CallOutcome | LoadOutcome) => {
      if (loading && !progress.load) progress.load = outcome as LoadOutcome;
      else if (outcome.kind !== "loaded" && progress.outcomes.length < job.cases.length) progress.outcomes.push(outcome);
    };
    let timer: NodeJS.Timeout | undefined;
    const nextStep = () => {
      clearTimeout(timer);
      output = "";
      stepStarted = performance.now();
      timer = setTimeout(() => die(c, { kind: "timeout", limitMs: job.timeoutMs }), job.timeoutMs + GRACE_MS);
    };
    const violation = (what: string) => die(c, { kind: "crashed", reason: what, cause: "channel" });
    nextStep();
    // A package's code goes only to a child that has not evaluated it yet.
    const { package: pkg, member } = job.source;
    const source = pkg !== undefined && c.packages.has(pkg) ? { package: pkg, member } : job.source;
    const message: ParentMessage = { t: "run", id, key: job.key, source, exportName: job.exportName, cases: cases.map((args) => args.map((arg) => encodeWire(arg))), bounds, timeoutMs: job.timeoutMs };
    return ask(c, message, (m, end) => {
      if (m.id !== id) return violation("wrote a message for another request");
      if (m.t === "out") {
        if (output.length < OUTPUT_LIMIT) output += m.text.slice(0, OUTPUT_LIMIT - output.length);
        job.onOutput?.(m.text);
        return;
      }
      if (m.t === "callee") return answerCallee(c, job, m);
      if (m.t === "loaded") {
        if (!loading) return violation("said it loaded a module twice");
        if (m.ok) {
          c.loaded.add(job.key);
          if (pkg !== undefined) c.packages.add(pkg);
          settle({ kind: "loaded", output });
        } else if (m.problem === "timeout") settle({ kind: "timeout", limitMs: job.timeoutMs, output, durationMs: 0 });
        else if (m.error && m.problem) settle({ kind: "load-failed", problem: m.problem, error: m.error, output, durationMs: 0 });
        else return violation("said a module failed to load without saying why");
        loading = false;
        loadFailed = !m.ok;
        return nextStep();
      }
      if (m.t === "case") {
        if (loading || m.index !== progress.outcomes.length - from || m.index >= cases.length) return violation("answered a case out of turn");
        const outcome = caseFrameOutcome(m, job.timeoutMs, bounds[m.index], output, performance.now() - stepStarted);
        if (!outcome) return violation("answered a case with neither a value nor an error");
        progress.outcomes.push(outcome);
        return nextStep();
      }
      if (m.t !== "done") return violation("wrote a message the grader did not ask for");
      if (loading || (!loadFailed && progress.outcomes.length < job.cases.length)) return violation("said it was done before it was");
      if (m.tampered.length > 0) {
        // The next function runs in a fresh child; the note goes with this one's first outcome.
        c.tainted = true;
        const first = progress.outcomes[from] ?? progress.load;
        if (first) first.output = joinOutput(first.output, `[grader] while this function ran, your code ${m.tampered.join(", ")}; the other functions are graded in a fresh process.`);
      }
      clearTimeout(timer);
      end();
    }, (death) => {
      clearTimeout(timer);
      settle({ ...death, output: joinOutput(output, cleanStderr(c.stderr)), durationMs: death.kind === "timeout" && !loading ? job.timeoutMs : 0 });
    });
  }

  /** Answers a "callee" request with the reference version's result, if the running job may call that function. */
  function answerCallee(c: Child, job: Job, m: Extract<ChildMessage, { t: "callee" }>): void {
    const refuse = (message: string): CalleeAnswer => ({ error: { name: "Error", message } });
    let answer: CalleeAnswer | Promise<CalleeAnswer>;
    if (!options.callee || !(job.callees ?? []).includes(m.name)) answer = refuse(`${m.name} cannot be called here`);
    else if (!m.args.every(wellFormed) || m.args.reduce((n, a) => n + numbersIn(a), 0) > MAX_CALLEE_NUMBERS) answer = refuse(`the arguments given to ${m.name} are too large or damaged`);
    else answer = options.callee(m.name, m.args.map(decodeWire));
    void Promise.resolve(answer).then((a) => {
      if (c.dead) return;
      const reply = "value" in a ? { value: encodeWire(a.value) } : { error: a.error };
      c.process.stdin!.write(encodeFrame({ t: "callee-result", id: m.id, ...reply }));
    });
  }

  /** The child for the next job: the current one, or a fresh one when it died or a function changed the built-ins. */
  async function current(): Promise<Child> {
    if (child && (child.tainted || child.dead)) kill(child, false);
    if (!child) {
      starting ??= start();
      child = await starting;
      starting = undefined;
    }
    return child;
  }

  return {
    /**
     * Each job in turn: its load, then its function's outcome on each case (none if it did not load).
     * A job is one request, unless a death stops it: then its other cases go on in a fresh child.
     */
    async runJobs(jobs: readonly Job[]): Promise<JobOutcome[]> {
      const results: JobOutcome[] = [];
      for (const job of jobs) {
        const progress: Progress = { outcomes: [] };
        while (!progress.load || (progress.load.kind === "loaded" && progress.outcomes.length < job.cases.length)) await request(await current(), job, progress);
        results.push({ load: progress.load, outcomes: progress.load.kind === "loaded" ? progress.outcomes : [] });
      }
      return results;
    },
    /** Start the child now, so that its boot overlaps the grader's own work (bundling). */
    warm(): void {
      if (!child && !starting) starting = start();
    },
    /**
     * V8's code cache of the harness as the current child has it compiled, with what it ran so far.
     * Only from a sandbox that ran trusted code: a cache is code for every later child.
     */
    async codeCache(): Promise<Buffer | undefined> {
      const id = randomInt(1, 2 ** 47);
      let data: Buffer | undefined;
      await ask(await current(), { t: "cache", id }, (m, end) => {
        if (m.t === "cache" && m.id === id) data = Buffer.from(m.data, "base64");
        end();
      }, () => undefined);
      return data;
    },
    /** How many child processes this sandbox has started. */
    childrenStarted: (): number => started,
    close(): void {
      if (child) kill(child, false);
      void starting?.then((c) => kill(c, false));
    },
  };
}
