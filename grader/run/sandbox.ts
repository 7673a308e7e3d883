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
 * short case): the child checks for changes once, at the end, and names each step as it starts in
 * a progress record the parent reads only when a time limit is up. Its results are used only when
 * nothing went wrong. When a step used up its own time limit, the steps before it run again in a
 * fresh child, up to it: if they run clean, the death was that step's, and the rest goes on from
 * there (see `recover`); a hanging case thus runs once. (What this cannot tell: code of an earlier
 * submission in a shared child that hid from the checks and ran later, say when memory was
 * collected, and made the step loop. Bulk grading with a process per student rules that out.)
 * Anything else is done again with `load` and `call`, one by one, which is what tells which call
 * did what.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomInt, randomUUID } from "node:crypto";
import { closeSync, openSync, readSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileSchema } from "../validation/ajv";
import type { Value } from "../values/value";
import { decodeWire, encodeWire, type WireValue } from "../values/wire";
import { harnessCode } from "./bundle";
import { childCommand, defaultLimits, probeConfinement, type SandboxLimits } from "./limits";
import { bundleToken, CHANNEL_CLOSED_EXIT, childMessageSchema, PROGRESS_FD, PROGRESS_RECORD_BYTES, type ChildMessage, type ParentMessage, type RanJob, type StepAt, type ThrownError } from "./protocol";

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
  /** In a "run", the step ("job:step") that printed `streamed`. */
  streamedAt: string;
  /** The progress record (see PROGRESS_FD), open for reading; none if it could not be made. */
  progressFd?: number;
  stderrTail: string;
  killedForTimeout?: number;
  /** The step of a "run" that was stopped after its own full time limit. */
  killedAt?: StepAt;
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

/** Part of a batch: job `index` from its case `from` on, loaded under `key` (see Sandbox `batch`). */
interface Part {
  index: number;
  key: string;
  from: number;
  /** How many new instances of the job's module were made before this one (0: the first). */
  again: number;
}

/**
 * What a batch did: its clean answer, complete up to where it was asked to stop; a death at a step
 * that had used up its own time limit (by the progress record); or anything else ("failed").
 */
type Batch = { kind: "ran"; jobs: RanJob[]; stray: string } | ({ kind: "died" } & TimedOut) | { kind: "failed" };

/** A step stopped after its own full time limit, and what it printed. */
interface TimedOut {
  at: StepAt;
  limitMs: number;
  output: string;
}

/** Where a recovery is: at job `job`, from its case `from`. */
interface Position {
  job: number;
  from: number;
}

/** Step `at` of the jobs, as a step of the parts that start at `position` (see recover). */
function inParts(at: StepAt, position: Position): StepAt {
  return { job: at.job - position.job, step: at.step === -1 || at.job !== position.job ? at.step : at.step - position.from };
}

/** The inverse of inParts. */
function inJobs(at: StepAt, position: Position): StepAt {
  return { job: position.job + at.job, step: at.step === -1 || at.job !== 0 ? at.step : at.step + position.from };
}

/** A job's outcomes so far, while a batch that died is recovered. */
interface Progress {
  load?: LoadOutcome;
  outcomes: CallOutcome[];
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
  /** How many child processes this sandbox has started (each costs about as much as a correct submission's grading). */
  childrenStarted(): number;
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

/** What a call returned or threw (a reply to "call", or a case of a "run"), as its outcome. */
function callOutcome(r: { error: ThrownError } | { value: WireValue; mutatedArgs: number[] }, output: string, durationMs: number): CallOutcome {
  if ("error" in r) return { kind: "threw", error: r.error, output, durationMs };
  return { kind: "returned", value: decodeWire(r.value), mutatedArgs: r.mutatedArgs, output, durationMs };
}

/** Case `i` of a job's outcome: its call's, or, if the module did not load, how the load went. */
export function caseOutcome(job: JobOutcome, i: number): CallOutcome {
  return job.load.kind === "loaded" ? job.outcomes[i] : { ...job.load, durationMs: 0 };
}

/** The outcomes of jobs whose every step is done (a job loaded before the batch has an empty load). */
function jobOutcomes(results: readonly Progress[]): JobOutcome[] {
  return results.map((r) => ({ load: r.load ?? { kind: "loaded", output: "" }, outcomes: r.outcomes }));
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

/** The clock the child writes in the progress record: milliseconds since the epoch, to a fraction. */
function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * A new child's progress record (see PROGRESS_FD): a file the child may only write and the parent
 * only read, removed from its folder at once (the two open descriptors keep it). Undefined if no
 * such file can be made: runs then have no step named, and one that dies is redone call by call.
 */
function progressRecord(): { childFd: number; readFd: number } | undefined {
  const path = join(tmpdir(), `dnn-grader-progress-${randomUUID()}`);
  let childFd: number | undefined;
  try {
    childFd = openSync(path, "wx", 0o600);
    return { childFd, readFd: openSync(path, "r") };
  } catch {
    if (childFd !== undefined) closeSync(childFd);
    return undefined;
  } finally {
    if (childFd !== undefined) unlinkSync(path);
  }
}

const progressBuffer = Buffer.alloc(PROGRESS_RECORD_BYTES);

/** The step the record names, or undefined if it names none (yet) or was garbled. */
function readProgress(fd: number | undefined): (StepAt & { id: number; startedAt: number }) | undefined {
  if (fd === undefined) return undefined;
  try {
    const n = readSync(fd, progressBuffer, 0, PROGRESS_RECORD_BYTES, 0);
    const [id, job, step, startedAt] = progressBuffer.toString("latin1", 0, n).trim().split(":").map(Number);
    return Number.isInteger(id) && Number.isInteger(job) && Number.isInteger(step) && Number.isFinite(startedAt) ? { id, job, step, startedAt } : undefined;
  } catch {
    return undefined;
  }
}

export function createSandbox(limits: SandboxLimits = defaultLimits): Sandbox {
  let child: Child | undefined;
  let started = 0;
  const codes = new Map<string, { source: LoadSource; exportName: string }>();

  function start(): Child {
    started += 1;
    const [program, ...args] = childCommand(limits, probeConfinement(), BOOT);
    const record = progressRecord();
    let proc: ChildProcess;
    try {
      proc = spawn(program, args, { stdio: ["ignore", "pipe", "pipe", "ipc", record?.childFd ?? "ignore"], env: {}, cwd: tmpdir() });
    } finally {
      if (record) closeSync(record.childFd);
    }
    const c: Child = { process: proc, loaded: new Set(), packages: new Set(), stray: "", streamed: "", streamedAt: "", progressFd: record?.readFd, stderrTail: "", ready: Promise.resolve() };
    // Stray output keeps its beginning (what the student printed comes before Node's own reports);
    // stderrTail keeps the end (how the process died is said last).
    proc.stdout!.on("data", (d: Buffer) => (c.stray = (c.stray + d.toString("utf8")).slice(0, STDERR_TAIL)));
    proc.stderr!.on("data", (d: Buffer) => {
      c.stderrTail = (c.stderrTail + d.toString("utf8")).slice(-STDERR_TAIL);
      c.stray = (c.stray + d.toString("utf8")).slice(0, STDERR_TAIL);
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
        // In a "run", only the output of the step that is printing is kept: if it dies, it is that step's.
        const at = message.job === undefined ? "" : `${message.job}:${message.step}`;
        if (at !== c.streamedAt) {
          c.streamed = "";
          c.streamedAt = at;
        }
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
      if (c.progressFd !== undefined) closeSync(c.progressFd);
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
   * `timeoutMs`; for a "run", each step has its own, `steps.limit(job)` from when it started by
   * the progress record, within an overall limit that nothing the child writes can extend.
   */
  async function request(c: Child, message: ParentMessage & { id: number }, timeoutMs: number, steps?: { limit: (job: number) => number; overallMs: number }): Promise<ChildMessage | Death> {
    try {
      await c.ready;
    } catch (error) {
      return { kind: "crashed", reason: (error as Error).message, cause: "start" };
    }
    return new Promise((resolve) => {
      const sentAt = epochNow();
      const expire = (limitMs: number, at?: StepAt) => {
        c.killedForTimeout = limitMs;
        c.killedAt = at;
        kill(c);
      };
      // A run's limits are looked at only when one may be up: reading the record wakes no one.
      const check = () => {
        const record = readProgress(c.progressFd);
        const named = record?.id === message.id ? record : undefined;
        const limitMs = named ? steps!.limit(named.job) : timeoutMs;
        const stepEnd = (named ? named.startedAt : sentAt) + limitMs;
        const overallEnd = sentAt + steps!.overallMs;
        const left = Math.min(stepEnd, overallEnd) - epochNow();
        if (left > 0) timer = setTimeout(check, Math.ceil(left));
        else expire(limitMs, named && stepEnd <= overallEnd ? { job: named.job, step: named.step } : undefined);
      };
      let timer = setTimeout(steps ? check : () => expire(timeoutMs), timeoutMs);
      c.streamed = "";
      c.streamedAt = "";
      c.pending = {
        id: message.id,
        run: message.type === "run",
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
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

  /** What a case that died printed: what the child streamed (in a run, what step `at` streamed), then what it wrote outside the capture. */
  function deathOutput(c: Child, at?: StepAt): string {
    const streamed = at && c.streamedAt !== `${at.job}:${at.step}` ? "" : c.streamed;
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

  /**
   * What a load request says of where the module comes from; a package already imported by `c` is
   * not sent again. `again`: the how-manieth new instance of a module `c` already has (its code
   * then differs by a comment, for Node makes one instance per text).
   */
  function moduleSource(c: Child, key: string, source: LoadSource, imported: ReadonlySet<string> = c.packages, again = 0): { code?: string; package?: string; member?: string } {
    const base64 = (code: string, name: string) => Buffer.from(withSourceUrl(again > 0 ? `${code}\n// instance ${again + 1}\n` : code, bundleToken(name))).toString("base64");
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
    return callOutcome(r, joinOutput(r.output, stray, tamperNote(r.tampered)), durationMs);
  }

  async function loadSeparately(key: string, timeoutMs: number): Promise<LoadOutcome> {
    for (let attempt = 0; ; attempt++) {
      const { child: c, outcome } = await ensureLoaded(key, timeoutMs, attempt === 0);
      if (outcome.kind !== "dirty") return outcome;
      kill(c); // an earlier function's leftovers changed this child: load into a fresh one
    }
  }

  /** A child of its own for what follows: the current one is ended. */
  function freshChild(): Child {
    if (child) kill(child);
    child = start();
    return child;
  }

  /**
   * Runs `parts` of `jobs` in one "run" request to `c` (see Batch). A part is job `index` from its
   * case `from` on, loaded under `key` (a key `c` has not loaded is loaded first; `again` makes it
   * a new instance of code `c` already holds).
   */
  async function batch(c: Child, jobs: readonly Job[], parts: readonly Part[], options: { clean: boolean; stopAt?: StepAt; reseed?: boolean }): Promise<Batch> {
    const { stopAt } = options;
    const sent = new Set(c.packages);
    const wire = parts.map((p) => {
      const j = jobs[p.index];
      const load = c.loaded.has(p.key) ? undefined : moduleSource(c, p.key, j.source, sent, p.again);
      if (typeof j.source !== "string") sent.add(j.source.packageKey);
      return { key: p.key, exportName: j.exportName, cases: j.cases.slice(p.from).map((args) => args.map(encodeWire)), ...(load ? { load } : {}) };
    });
    const limit = (job: number) => jobs[parts[job]?.index]?.timeoutMs ?? jobs[parts[0].index].timeoutMs;
    const overallMs = wire.reduce((sum, w, i) => sum + limit(i) * (w.cases.length + 1), 0);
    const message = { type: "run" as const, id: newId(), jobs: wire, clean: options.clean, ...(stopAt ? { stopAt } : {}), ...(options.reseed ? { reseed: true } : {}) };
    const reply = await request(c, message, limit(0), { limit, overallMs });
    if (isDeath(reply)) {
      const at = c.killedAt;
      if (reply.kind !== "timeout" || !at || at.job >= parts.length) return { kind: "failed" };
      return { kind: "died", at, limitMs: reply.limitMs, output: deathOutput(c, at) };
    }
    if (reply.type !== "ran" || reply.tampered.length > 0) return { kind: "failed" };
    const asked = stopAt ? stopAt.job + 1 : parts.length;
    const complete =
      reply.jobs.length === asked &&
      reply.jobs.every((r, i) => {
        if (stopAt && i === stopAt.job && stopAt.step === -1) return r.loaded === undefined && r.cases.length === 0;
        if ((r.loaded !== undefined) !== (wire[i].load !== undefined)) return false;
        if (r.loaded && !r.loaded.ok) return r.cases.length === 0;
        const cases = stopAt && i === stopAt.job ? stopAt.step : wire[i].cases.length;
        return r.cases.length === cases && r.cases.every((x) => x.durationMs <= limit(i));
      });
    if (!complete) return { kind: "failed" };
    for (const [i, r] of reply.jobs.entries()) if (r.loaded?.ok) markLoaded(c, parts[i].key, jobs[parts[i].index].source);
    return { kind: "ran", jobs: reply.jobs, stray: takeStray(c) };
  }

  /**
   * Adds what a clean batch of `parts` did to `results`; false if it does not fit what the steps
   * before it did (a module loaded before fails to load again). What was written around the capture
   * goes with the last thing that ran.
   */
  function record(results: Progress[], parts: readonly Part[], ran: { jobs: RanJob[]; stray: string }): boolean {
    let last: { output: string } | undefined;
    for (const [i, r] of ran.jobs.entries()) {
      const result = results[parts[i].index];
      if (r.loaded && !r.loaded.ok) {
        if (result.load) return false;
        result.load = { kind: "load-failed", problem: r.loaded.problem, error: r.loaded.error, output: r.loaded.output };
        last = result.load;
        continue;
      }
      // A job's load that a stop came before, or a new instance's (whose output "call" drops too), tells nothing new.
      if (!result.load && (r.loaded || r.cases.length > 0)) {
        result.load = { kind: "loaded", output: r.loaded?.output ?? "" };
        last = result.load;
      }
      for (const x of r.cases) result.outcomes.push((last = callOutcome(x, x.output, x.durationMs)));
    }
    if (last && ran.stray) last.output = joinOutput(last.output, ran.stray);
    return true;
  }

  /**
   * After a batch died at step `died` (global) having had its own full time limit: whether that
   * death is the step's own is told by running the steps before it again, in a fresh child, up to
   * it. If they run clean (nothing changed, nothing left running), the step ran where one by one it
   * would have, and its death is its outcome; the steps after it go on in that child, as in a fresh
   * one (np.random started again, the step's own module as a new instance), until the next death.
   * Anything else (a step before a known death dies, a change, a module that no longer loads): the
   * steps from there on are done one by one, from a fresh child, as they would have been after the
   * last death that was told.
   */
  async function recover(jobs: readonly Job[], died: TimedOut): Promise<JobOutcome[]> {
    const results: Progress[] = jobs.map(() => ({ outcomes: [] }));
    const again = jobs.map(() => 0);
    let death: TimedOut | undefined = died;
    let position: Position = { job: 0, from: 0 };
    let c = freshChild();
    let reseed = false;
    const steps = jobs.reduce((n, j) => n + j.cases.length + 1, 0);
    for (let round = 0; round <= 2 * steps; round++) {
      const parts = jobs.slice(position.job).map((_, k): Part => {
        const index = position.job + k;
        // A new instance is loaded under a key of its own.
        return { index, key: again[index] === 0 ? jobs[index].key : `${jobs[index].key}#${again[index] + 1}`, from: k === 0 ? position.from : 0, again: again[index] };
      });
      const done = await batch(c, jobs, parts, { clean: false, ...(death ? { stopAt: inParts(death.at, position) } : {}), reseed });
      if (done.kind === "failed") return oneByOne(jobs, results, position);
      if (done.kind === "died") {
        if (death) return oneByOne(jobs, results, position);
        death = { at: inJobs(done.at, position), limitMs: done.limitMs, output: done.output };
        c = freshChild();
        reseed = false;
        continue;
      }
      if (!record(results, parts, done)) return oneByOne(jobs, results, position);
      if (!death) break;
      // The steps before it ran clean in a fresh child: the death was that step's own.
      const { job, step } = death.at;
      const timedOut = { kind: "timeout" as const, limitMs: death.limitMs, output: death.output };
      if (step === -1) results[job].load = timedOut;
      else results[job].outcomes.push({ ...timedOut, durationMs: death.limitMs });
      if (step !== -1 && step + 1 < jobs[job].cases.length) {
        // One by one, the next case would run in a fresh child, with the module loaded anew.
        again[job] += 1;
        position = { job, from: step + 1 };
      } else position = { job: job + 1, from: 0 };
      death = undefined;
      reseed = true;
      if (position.job >= jobs.length) break;
    }
    if (death || results.some((r, i) => !r.load || (r.load.kind === "loaded" && r.outcomes.length !== jobs[i].cases.length))) return oneByOne(jobs, results, position);
    return jobOutcomes(results);
  }

  /**
   * `results` completed from `position` on (job `job` from its case `from`) with `load` and `call`,
   * one by one, from a fresh child: what one by one does after the steps before `position`, which
   * it keeps; anything `results` holds from there on is dropped.
   */
  async function oneByOne(jobs: readonly Job[], results: Progress[] = jobs.map(() => ({ outcomes: [] })), position: Position = { job: 0, from: 0 }): Promise<JobOutcome[]> {
    if (child) kill(child);
    for (let i = position.job; i < jobs.length; i++) {
      const j = jobs[i];
      const r = results[i];
      const from = i === position.job ? position.from : 0;
      r.outcomes.length = from;
      if (from === 0) r.load = await loadSeparately(j.key, j.timeoutMs);
      // A later case loads the module anew in the fresh child (as after a death), its output dropped.
      if (r.load?.kind === "loaded") for (const args of j.cases.slice(from)) r.outcomes.push(await callOne(j.key, j.exportName, args, j.timeoutMs));
    }
    return jobOutcomes(results);
  }

  async function runJobs(jobs: readonly Job[]): Promise<JobOutcome[]> {
    for (const j of jobs) codes.set(j.key, { source: j.source, exportName: j.exportName });
    if (jobs.length === 0) return [];
    if (child?.tainted) kill(child);
    const c = (child ??= start());
    const keys = new Set(jobs.map((j) => j.key));
    const parts = jobs.map((j, index): Part => ({ index, key: j.key, from: 0, again: 0 }));
    const first = await batch(c, jobs, parts, { clean: [...c.loaded].some((k) => !keys.has(k)) });
    if (first.kind === "ran") {
      const results: Progress[] = jobs.map(() => ({ outcomes: [] }));
      record(results, parts, first);
      return jobOutcomes(results);
    }
    // A death, a slow case, or a change (this code's doing, or an earlier one's leftovers): which call
    // did what is told by doing them one by one, from a fresh child; but a step that used up its own
    // time limit is not run again when the steps before it prove clean (see recover).
    if (child === c) kill(c);
    return first.kind === "died" ? recover(jobs, first) : oneByOne(jobs);
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
    childrenStarted: () => started,
    close() {
      if (child) kill(child);
    },
  };
}
