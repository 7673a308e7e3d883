/**
 * The grader's side of a sandboxed child (run/limits.ts says how it is confined; child/harness.ts
 * is what runs inside). One Sandbox serves one submission: one child for all its cases, replaced
 * only when it dies, is killed, or reports that a function changed the built-ins. Each job (one
 * function's cases in one mode) is one request; the child answers with a frame per load and case.
 *
 * The child stops an endless loop itself (its watchdog); killing it is the backstop, a case's limit
 * plus a grace after the last frame. After a death the job goes on from the next case in a fresh
 * child: nothing runs twice. Every frame is validated; anything unexpected (a forged or garbled
 * frame, a frame out of turn) is the running case's crash, never an exception here.
 *
 * Graded functions the student's code calls in their reference version ("callees") are computed
 * here, by `callee`, and only those the running job may call: nothing secret is in the child.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomInt } from "node:crypto";
import { constants } from "node:os";
import { compileSchema } from "../validation/ajv";
import type { Value } from "../values/value";
import { decodeWire, encodeWire, numbersIn, type WireValue } from "../values/wire";
import { harnessCode } from "../build/bundle";
import { encodeFrame, frameReader } from "./frames";
import { childCommand, defaultLimits, probeConfinement, type Confinement, type SandboxLimits } from "./limits";
import { childMessageSchema, MAX_CALLEE_NUMBERS, type ChildMessage, type ModuleSource, type ThrownError } from "./protocol";

/**
 * Reads the harness (raw code after its length, on fd 0) and V8's code cache for it (maybe none),
 * and runs it; `require` and the compiled script are handed to it (they are not globals there).
 */
const BOOT = `const fs=require("node:fs");const r=(n)=>{const b=Buffer.alloc(n);let g=0;while(g<n){let k=0;try{k=fs.readSync(0,b,g,n-g,null)}catch(e){if(e.code==="EAGAIN")continue;throw e}if(k===0)process.reallyExit(0);g+=k}return b};const code=r(r(4).readUInt32LE(0)).toString("utf8");const c=r(4).readUInt32LE(0);const s=new (require("node:vm").Script)("(function (module, exports, require, harnessScript) {"+code+"\\n})",{filename:"grader-harness",cachedData:c>0?r(c):undefined});s.runInThisContext()({exports:{}},{},require,s);`;
/** How long after a case's own limit the grader kills a child whose watchdog did not answer. */
const GRACE_MS = 1500;
/** How long a child whose pipe was closed has to exit before it is killed. */
const END_GRACE_MS = 2000;
const OUTPUT_LIMIT = 4000;
const STDERR_LIMIT = 4000;

/** Why a child died: out of memory, it ended itself, a signal, a frame the grader did not ask for, or it never started. */
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

/** A member of a package (build/package.ts): `code` is the package's, evaluated once per child. */
export interface PackageMember {
  packageKey: string;
  code: string;
  member: string;
}

/** What a job loads: a bundle's code, or a package member. */
export type LoadSource = string | PackageMember;

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
  /**
   * V8's code cache for the harness, made by a child that ran no student code (see `codeCache`):
   * a child compiles the harness and np from it instead of from source (~15 to 25 ms of its CPU).
   */
  codeCache?: Promise<Buffer | undefined>;
}

export interface Sandbox {
  /** Each job in turn: its load, then its function's outcome on each case (none if it did not load). */
  runJobs(jobs: readonly Job[]): Promise<JobOutcome[]>;
  /** Start the child now, so that its boot overlaps the grader's own work (bundling). */
  warm(): void;
  /**
   * V8's code cache of the harness as the current child has it compiled, with what it ran so far.
   * Only from a sandbox that ran trusted code: a cache is code for every later child.
   */
  codeCache(): Promise<Buffer | undefined>;
  /** How many child processes this sandbox has started. */
  childrenStarted(): number;
  close(): void;
}

/** Case `i` of a job's outcome: its call's, or, if the module did not load, how the load went. */
export function caseOutcome(job: JobOutcome, i: number): CallOutcome {
  return job.load.kind === "loaded" ? job.outcomes[i] : { ...job.load, durationMs: 0 };
}

const validateMessage = compileSchema(childMessageSchema);
const DEFAULT_BOUND = 100_000;

/** What one request did: the load (if it loaded), the cases it answered, and the death that stopped it (while loading, or at the next case). */
interface Part {
  load?: LoadOutcome;
  outcomes: CallOutcome[];
  death?: { output: string; loading: boolean } & Death;
}

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

function signalName(n: number): string {
  return Object.entries(constants.signals).find(([, v]) => v === n)?.[0] ?? `signal ${n}`;
}

function deathOf(code: number | null, signal: NodeJS.Signals | null, stderr: string): Death {
  if (OUT_OF_MEMORY.test(stderr)) return { kind: "crashed", reason: "ran out of memory", cause: "memory" };
  if (signal) return { kind: "crashed", reason: `was killed by ${signal}`, cause: "signal" };
  // Under bubblewrap, a signal that killed Node comes back as 128 + its number.
  if (code !== null && code > 128 && code < 160) return { kind: "crashed", reason: `was killed by ${signalName(code - 128)}`, cause: "signal" };
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

function tamperNote(tampered: readonly string[]): string {
  return `[grader] while this function ran, your code ${tampered.join(", ")}; the other functions are graded in a fresh process.`;
}

/** Every array holds as many numbers as its shape says (the schema cannot say so). */
function consistent(value: WireValue): boolean {
  if (value.type === "ndarray") return value.shape.reduce((p, d) => p * d, 1) === value.data.length;
  if (value.type === "sequence") return value.items.every(consistent);
  if (value.type === "mapping") return value.entries.every(([, v]) => consistent(v));
  return true;
}

function withoutStep(death: NonNullable<Part["death"]>): { output: string } & Death {
  const { loading: _loading, ...rest } = death;
  return rest;
}

function sourceOf(c: Child, key: string, source: LoadSource): ModuleSource {
  if (typeof source === "string") return { code: source };
  return { package: source.packageKey, member: source.member, ...(c.packages.has(source.packageKey) ? {} : { code: source.code }) };
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const limits = options.limits ?? defaultLimits;
  let child: Child | undefined;
  let starting: Promise<Child> | undefined;
  let started = 0;

  /**
   * Ends child `c`. `now`: at once (it hangs, crashed or broke the protocol). Otherwise its pipe is
   * closed and the harness exits on its own (it waits for the next request), with SIGKILL as the
   * backstop: bubblewrap killed while it sets up the sandbox can leave its pid-1 process behind.
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
    const [program, ...args] = childCommand(limits, options.confinement ?? probeConfinement(), BOOT);
    const proc = spawn(program, args, { stdio: ["pipe", "pipe", "pipe"], env: {}, cwd: "/" });
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
    // Raw bytes after their lengths, not JSON: BOOT evaluates the harness, with its code cache.
    const cache = (await options.codeCache) ?? Buffer.alloc(0);
    const code = Buffer.from(harness, "utf8");
    const heads = Buffer.alloc(8);
    heads.writeUInt32LE(code.length, 0);
    heads.writeUInt32LE(cache.length, 4);
    proc.stdin!.write(Buffer.concat([heads.subarray(0, 4), code, heads.subarray(4), cache]));
    return c;
  }

  /**
   * Runs `job` from case `from` in child `c` (loading its module first if `c` has not): the
   * outcomes it got, and the death that stopped it, if one did (at the load, or at the next case).
   */
  function runPart(c: Child, job: Job, from: number): Promise<Part> {
    const id = randomInt(1, 2 ** 47);
    const cases = job.cases.slice(from);
    const bounds = cases.map((_, i) => job.bounds?.[from + i] ?? DEFAULT_BOUND);
    const needsLoad = !c.loaded.has(job.key);
    const result: Part = { outcomes: [] };
    let loading = needsLoad;
    c.stderr = "";
    let streamed = "";
    let stepStarted = performance.now();
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout;
      const arm = () => {
        clearTimeout(timer);
        stepStarted = performance.now();
        timer = setTimeout(() => die(c, { kind: "timeout", limitMs: job.timeoutMs }), job.timeoutMs + GRACE_MS);
      };
      const finish = () => {
        clearTimeout(timer);
        c.onFrame = c.onDeath = undefined;
        resolve(result);
      };
      /** Adds case frame `m`'s outcome; false when it holds neither a value nor an error. */
      const recordCase = (m: Extract<ChildMessage, { t: "case" }>, output: string, durationMs: number): boolean => {
        const { outcomes } = result;
        if (m.timedOut) outcomes.push({ kind: "timeout", limitMs: job.timeoutMs, output, durationMs: job.timeoutMs });
        else if (m.error) outcomes.push({ kind: "threw", error: m.error, output, durationMs });
        else if (!m.value) return false;
        // The child bounds what it returns; checked again here, where it is trusted.
        else if (consistent(m.value) && numbersIn(m.value) <= bounds[m.index]) outcomes.push({ kind: "returned", value: decodeWire(m.value), mutatedArgs: m.mutatedArgs, output, durationMs });
        else outcomes.push({ kind: "returned", value: { type: "other", description: "a value larger than the expected result, or damaged" }, mutatedArgs: m.mutatedArgs, output, durationMs });
        return true;
      };
      const violation = (what: string) => die(c, { kind: "crashed", reason: what, cause: "channel" });
      c.onDeath = (death) => {
        const stderr = cleanStderr(c.stderr);
        result.death = { ...death, output: joinOutput(streamed, stderr), loading };
        finish();
      };
      c.onFrame = (m) => {
        if (m.id !== id) return violation("wrote a message for another request");
        if (m.t === "out") {
          if (streamed.length < OUTPUT_LIMIT) streamed += m.text.slice(0, OUTPUT_LIMIT - streamed.length);
          job.onOutput?.(m.text);
          return;
        }
        if (m.t === "callee") return answerCallee(c, job, m);
        if (m.t === "loaded") {
          if (!loading) return violation("said it loaded a module twice");
          loading = false;
          streamed = "";
          if (m.ok) {
            c.loaded.add(job.key);
            if (typeof job.source !== "string") c.packages.add(job.source.packageKey);
            result.load = { kind: "loaded", output: m.output };
          } else if (m.problem === "timeout") result.load = { kind: "timeout", limitMs: job.timeoutMs, output: m.output };
          else if (m.error && m.problem) result.load = { kind: "load-failed", problem: m.problem, error: m.error, output: m.output };
          else return violation("said a module failed to load without saying why");
          return arm();
        }
        if (m.t === "case") {
          if (loading || m.index !== result.outcomes.length || m.index >= cases.length) return violation("answered a case out of turn");
          const durationMs = Math.min(performance.now() - stepStarted, m.timedOut ? job.timeoutMs : Infinity);
          streamed = "";
          if (!recordCase(m, m.output, durationMs)) return violation("answered a case with neither a value nor an error");
          return arm();
        }
        if (m.t !== "done") return violation("wrote a message the grader did not ask for");
        // "done": every case answered, or the load failed.
        const complete = loading ? false : result.load && result.load.kind !== "loaded" ? true : result.outcomes.length === cases.length;
        if (!complete) return violation("said it was done before it was");
        if (m.tampered.length > 0) {
          // The next function runs in a fresh child; the note goes with this one's first outcome.
          c.tainted = true;
          const first = result.outcomes[0] ?? result.load;
          if (first) first.output = joinOutput(first.output, tamperNote(m.tampered));
        }
        finish();
      };
      // A child that died since it was chosen (its exit came in between) answers nothing.
      if (c.dead) return c.onDeath(c.dead);
      arm();
      const message = { t: "run", id, key: job.key, source: sourceOf(c, job.key, job.source), exportName: job.exportName, cases: cases.map((args) => args.map(encodeWire)), bounds, timeoutMs: job.timeoutMs };
      c.process.stdin!.write(encodeFrame(message));
    });
  }

  /** Answers a "callee" request with the reference version's result, if the running job may call that function. */
  function answerCallee(c: Child, job: Job, m: Extract<ChildMessage, { t: "callee" }>): void {
    const args = m.args as WireValue[];
    const refuse = (message: string): CalleeAnswer => ({ error: { name: "Error", message } });
    let answer: CalleeAnswer | Promise<CalleeAnswer>;
    if (!options.callee || !(job.callees ?? []).includes(m.name)) answer = refuse(`${m.name} cannot be called here`);
    else if (!args.every(consistent) || args.reduce((n, a) => n + numbersIn(a), 0) > MAX_CALLEE_NUMBERS) answer = refuse(`the arguments given to ${m.name} are too large or damaged`);
    else answer = options.callee(m.name, args.map(decodeWire));
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

  async function runJob(job: Job): Promise<JobOutcome> {
    const outcomes: CallOutcome[] = [];
    let load: LoadOutcome | undefined;
    while (load === undefined || (load.kind === "loaded" && outcomes.length < job.cases.length)) {
      const part = await runPart(await current(), job, outcomes.length);
      if (load === undefined) {
        load = part.death?.loading ? withoutStep(part.death) : (part.load ?? { kind: "loaded", output: "" });
        if (load.kind !== "loaded") return { load, outcomes: [] };
      } else if (part.load && part.load.kind !== "loaded") {
        // Loading again after a death went otherwise than the first time: that is the next case's outcome.
        outcomes.push({ ...part.load, durationMs: 0 });
        continue;
      }
      outcomes.push(...part.outcomes);
      if (part.death) outcomes.push({ ...withoutStep(part.death), durationMs: part.death.kind === "timeout" ? job.timeoutMs : 0 });
    }
    return { load, outcomes };
  }

  return {
    async runJobs(jobs) {
      const results: JobOutcome[] = [];
      for (const job of jobs) results.push(await runJob(job));
      return results;
    },
    warm() {
      if (!child && !starting) starting = start();
    },
    async codeCache() {
      const c = await current();
      const id = randomInt(1, 2 ** 47);
      if (c.dead) return undefined;
      return new Promise<Buffer | undefined>((resolve) => {
        c.onDeath = () => resolve(undefined);
        c.onFrame = (m) => {
          c.onFrame = c.onDeath = undefined;
          resolve(m.t === "cache" && m.id === id ? Buffer.from(m.data, "base64") : undefined);
        };
        c.process.stdin!.write(encodeFrame({ t: "cache", id }));
      });
    },
    childrenStarted: () => started,
    close() {
      if (child) kill(child, false);
      void starting?.then((c) => kill(c, false));
    },
  };
}
