/**
 * Runs inside the sandboxed child process only (bundled by the parent, booted over IPC).
 * It loads student bundles, calls one exported function per request with fresh inputs, captures
 * what the student prints, and sends back the raw return value. It decides nothing: the parent
 * validates every message and computes every verdict.
 *
 * Everything after student code has run goes through intrinsics captured at startup (here, in
 * ./safe and ./tamper): a student may have replaced Array.prototype.map, Object.prototype.toJSON,
 * Promise.prototype.then or the thrown error's getters, and the harness must still answer.
 */
import { writeSync } from "node:fs";
import * as np from "../../np/index";
import { NDArray } from "../../np/ndarray";
import { fromValue, toValue } from "../../values/live";
import type { Value } from "../../values/value";
import type { WireValue } from "../../values/wire";
import { bundleToken, CHANNEL_CLOSED_EXIT, PACKAGE_EXPORT, PROGRESS_FD, PROGRESS_RECORD_BYTES, type ChildMessage, type ParentMessage, type RanJob, type ThrownError } from "../protocol";
import { onOutput, rewriteOutput, startCapture, stopCapture } from "./capture";
import { bare, fromWire, sameValue, toWire } from "./safe";
import { append, changedBuiltins, leftBehind, pendingWork, takeBaseline, type Resources } from "./tamper";

const uncurry = <T extends (...args: never[]) => unknown>(f: T) => Function.prototype.call.bind(f) as (self: unknown, ...args: Parameters<T>) => ReturnType<T>;
const rawSend = process.send!.bind(process) as (message: unknown, handle: undefined, options: undefined, callback: (error: Error | null) => void) => boolean;
const ignore = () => undefined;
const listenersOf = uncurry(process.listeners as (event: string) => unknown[]);
const stringify = JSON.stringify;
const apply = Reflect.apply;
const create = Object.create;
const defineProperty = Object.defineProperty;
const toStringTag = uncurry(Object.prototype.toString);
const replaceAll = uncurry(String.prototype.replaceAll as (search: string, replacement: string) => string);
const sliceString = uncurry(String.prototype.slice);
const splitString = uncurry(String.prototype.split as (separator: string) => string[]);
const includes = uncurry(String.prototype.includes);
const repeat = uncurry(String.prototype.repeat);
const StringOf = String;
const ErrorCtor = Error;
const immediate = setImmediate;
const now = performance.now.bind(performance);
const dynamicImport = (url: string): Promise<Record<string, unknown>> => import(url);
const then = uncurry(Promise.prototype.then);
const resolved = Promise.resolve.bind(Promise) as <T>(value: T) => Promise<T>;
const rejected = Promise.reject.bind(Promise) as (reason: unknown) => Promise<never>;

const MAX_TAMPERED = 20;

function send(message: ChildMessage): void {
  try {
    // With a callback, a closed channel is reported to it instead of as an "error" event.
    rawSend(bare(message), undefined, undefined, ignore);
  } catch {
    // The channel is closed (student code called process.disconnect()): the parent sees the exit.
  }
}

/** Loaded modules and their data: URLs (stack traces name bundles by key, not by 50 kB of base64), by key. */
const modules = create(null) as Record<string, Record<string, unknown>>;
const urls: { key: string; url: string }[] = [];

// Student bundles import `#np` through a shim that reads this global, so every bundle and the
// harness share one NDArray class. Neither the global nor the class can be replaced or patched,
// so one student's change cannot reach the next function.
defineProperty(globalThis, Symbol.for("dnn-grader.np"), { value: np, writable: false, configurable: false, enumerable: false });
Object.freeze(NDArray.prototype);
Object.freeze(NDArray);

// A student's stray timer or rejected promise must not take the child down between cases.
process.on("uncaughtException", (error) => report("Uncaught", error));
process.on("unhandledRejection", (reason) => report("Unhandled rejection", reason));
function report(what: string, thrown: unknown): void {
  try {
    const e = describeThrown(thrown);
    const lines = splitString(e.stack || `${e.name}: ${e.message}`, "\n");
    let text = "";
    for (let i = 0; i < lines.length; i++) {
      // Frames of Node and of the harness mean nothing to a student; the parent maps the bundle's.
      if (i === 0 || !(includes(lines[i], "node:internal") || includes(lines[i], "node:events") || includes(lines[i], "grader-harness"))) text += `${i === 0 ? "" : "\n"}${lines[i]}`;
    }
    process.stderr.write(`${what}: ${text}\n`);
  } catch {
    // nothing sensible left to print
  }
}

// Student code closed the channel (process.disconnect()): nothing can reach the grader any more.
// End at once, with a code that tells the grader why.
const reallyExit = (process as unknown as { reallyExit(code: number): never }).reallyExit.bind(process);
process.on("disconnect", () => reallyExit(CHANNEL_CLOSED_EXIT));

// process.exit in graded code becomes an error of that case instead of a dead child.
process.exit = ((code?: number) => {
  throw new Error(`process.exit(${code ?? ""}) was called: graded functions must return their result, not end the process`);
}) as typeof process.exit;

/** `text` with bundles named by token (the parent maps `token:line:col` to the student's file) instead of by 50 kB data: URLs. */
function nameBundles(text: string): string {
  // Every module the parent sends ends with a sourceURL comment naming it by token, and so does
  // the harness ("grader-harness", whose frames the parent drops): V8 then names them so in stack
  // traces. Replacing each of the child's data: URLs (tens of kB each) in every stack costs
  // milliseconds, so it is only done for a URL that shows up anyway.
  if (!includes(text, "data:text/javascript")) return text;
  let short = replaceAll(text, import.meta.url, "grader-harness");
  for (let i = 0; i < urls.length; i++) short = replaceAll(short, urls[i].url, bundleToken(urls[i].key));
  return short;
}

function shortenStack(stack: string): string {
  return sliceString(nameBundles(stack), 0, 20_000);
}

// What students print may hold stack traces (console.trace, a printed error.stack): name the
// bundles there too, and leave out the frames of the harness and of Node.
rewriteOutput((text) => {
  if (!includes(text, "    at ")) return text;
  const lines = splitString(nameBundles(text), "\n");
  let kept = "";
  for (let i = 0; i < lines.length; i++) {
    const frame = includes(lines[i], "    at ") && (includes(lines[i], "grader-harness") || includes(lines[i], "node:internal") || includes(lines[i], "node:events"));
    if (!frame) kept += `${kept === "" && i === 0 ? "" : "\n"}${lines[i]}`;
  }
  return kept;
});

function read<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

const nonErrorKinds: Record<string, string> = { string: "a string", number: "a number", boolean: "a boolean", bigint: "a bigint", symbol: "a symbol", function: "a function", object: "an object", undefined: "undefined" };

/** What was thrown, read defensively: its getters are student code and may throw themselves. */
function describeThrown(thrown: unknown): ThrownError {
  const isError = read(() => thrown instanceof ErrorCtor, false);
  if (isError) {
    const e = thrown as Error & { code?: unknown };
    const code = read(() => (typeof e.code === "string" ? sliceString(e.code, 0, 100) : undefined), undefined);
    return {
      name: read(() => sliceString(StringOf(e.name), 0, 200), "Error"),
      message: read(() => sliceString(StringOf(e.message), 0, 5000), "(its message could not be read)"),
      stack: read(() => shortenStack(StringOf(e.stack ?? "")), ""),
      ...(code ? { code } : {}),
    };
  }
  const kind = thrown === null ? "null" : (nonErrorKinds[typeof thrown] ?? typeof thrown);
  const text = read(
    () => (typeof thrown === "string" ? thrown : (stringify(thrown) ?? StringOf(thrown))),
    read(() => toStringTag(thrown), "?"),
  );
  return { name: "NonErrorThrown", message: sliceString(text, 0, 2000), stack: "", nonError: kind };
}

/** Anything that would let a later function see or steer the grader's traffic, or that keeps running. */
function tamperedWith(before: Resources | undefined): string[] {
  const found: string[] = [];
  try {
    const changed = changedBuiltins();
    // Names are the student's (a key added to Object.prototype can be any string): keep them short.
    for (let i = 0; i < changed.length && found.length < MAX_TAMPERED; i++) append(found, sliceString(`changed ${changed[i]}`, 0, 120));
    const listeners = listenersOf(process, "message");
    if (listeners.length !== 1 || listeners[0] !== onMessage) append(found, "listens to the grader's messages");
    if (before) {
      const left = leftBehind(before);
      for (let i = 0; i < left.length && found.length < MAX_TAMPERED; i++) append(found, left[i]);
    }
  } catch {
    append(found, "changed built-ins the grader relies on");
  }
  return found;
}

/** Lets the promise callbacks student code queued run (and print) before the reply; a loop of them times out this case. */
function afterPendingCallbacks(next: () => void): void {
  immediate(next);
}

let currentId = 0;
/** The step of a "run" that is printing, if any: the parent keeps the output of a step that dies. */
let currentStep: { job: number; step: number } | undefined;
onOutput((text) => {
  try {
    send({ type: "output", id: currentId, text, ...currentStep });
  } catch {
    // the channel is gone: the parent notices the exit
  }
});

const writeProgress = writeSync;
/** The child's clock as milliseconds since the epoch, as the parent reads its own (see PROGRESS_FD). */
const origin = performance.timeOrigin;
const reseed = np.random.seed;
const DEFAULT_SEED = np.random.DEFAULT_SEED;

/**
 * A step of a "run" starts: its name and start time overwrite the progress record (see PROGRESS_FD),
 * which the parent reads only when a time limit is up. A write costs microseconds and wakes no one.
 */
function startStep(id: number, job: number, step: number): void {
  try {
    currentStep = { job, step };
    const record = `${id}:${job}:${step}:${origin + now()}`;
    writeProgress(PROGRESS_FD, record + repeat(" ", PROGRESS_RECORD_BYTES - record.length), 0);
  } catch {
    // no progress record (a parent that did not give one): a run that is too slow is then redone call by call
  }
}

function dirty(message: { id: number; clean: boolean }): ChildMessage | undefined {
  if (!message.clean) return undefined;
  const tampered = tamperedWith(undefined);
  return tampered.length > 0 ? { type: "dirty", id: message.id, tampered } : undefined;
}

/** Imported packages (see buildStudentPackage), by key: each member is loaded from its package. */
const packages = create(null) as Record<string, Record<string, unknown>>;

function importModule(key: string, code: string): Promise<Record<string, unknown>> {
  const url = `data:text/javascript;base64,${code}`;
  append(urls, { key, url });
  return dynamicImport(url);
}

/** Where a module comes from (see ParentMessage "load"). */
type ModuleSource = Pick<Extract<ParentMessage, { type: "load" }>, "key" | "code" | "package" | "member">;

/**
 * A module of its own, or a member of a package (imported first if this child has not yet; running
 * a member's loader runs that member's top-level code, and only it).
 */
function importSource(source: ModuleSource): Promise<Record<string, unknown>> {
  const { member, package: packageKey, code } = source;
  if (member === undefined || packageKey === undefined) return importModule(source.key, code ?? "");
  const known = packages[packageKey];
  const imported = known ? resolved(known) : code !== undefined ? importModule(packageKey, code) : rejected(new ErrorCtor(`the grader did not send package ${packageKey}`));
  return then(imported, (module: Record<string, unknown>) => {
    packages[packageKey] = module;
    return (module[PACKAGE_EXPORT] as Record<string, () => Promise<Record<string, unknown>>>)[member]();
  }) as Promise<Record<string, unknown>>;
}

type LoadResult = { ok: true; output: string } | { ok: false; problem: "threw" | "missing-export"; error: ThrownError; output: string };

/** Loads `source` under its key (what it prints captured), then calls `done` once its promise callbacks have run. */
function loadModule(source: ModuleSource, exportName: string, done: (result: LoadResult) => void): void {
  startCapture();
  const finish = (outcome: { ok: true } | { ok: false; problem: "threw" | "missing-export"; error: ThrownError }) =>
    afterPendingCallbacks(() => {
      const output = stopCapture();
      done(outcome.ok ? { ok: true, output } : { ...outcome, output });
    });
  then(
    importSource(source),
    (module: Record<string, unknown>) => {
      if (typeof module[exportName] !== "function") {
        const error = { name: "MissingExport", message: `does not export a function named ${exportName}`, stack: "" };
        return finish({ ok: false, problem: "missing-export", error });
      }
      modules[source.key] = module;
      finish({ ok: true });
    },
    (thrown: unknown) => finish({ ok: false, problem: "threw", error: describeThrown(thrown) }),
  );
}

function load(message: Extract<ParentMessage, { type: "load" }>): void {
  const refused = dirty(message);
  if (refused) return send(refused);
  const before = pendingWork();
  currentId = message.id;
  currentStep = undefined;
  loadModule(message, message.exportName, (result) => send({ type: "loaded", id: message.id, ...result, tampered: tamperedWith(before) }));
}

/** What one call of a graded function did: its error, or its result as returned, and which arguments it changed. */
interface CallResult {
  error?: ThrownError;
  value?: WireValue;
  mutatedArgs: number[];
}

/** Calls `fn` on fresh inputs made from `wireArgs`; output capture is the caller's. */
function callOnce(fn: (...args: unknown[]) => unknown, wireArgs: WireValue[]): CallResult {
  const inputs: Value[] = [];
  const args: unknown[] = [];
  for (let i = 0; i < wireArgs.length; i++) {
    append(inputs, fromWire(wireArgs[i]));
    append(args, fromValue(inputs[i]));
  }
  let result: unknown;
  let error: ThrownError | undefined;
  try {
    result = apply(fn, undefined, args);
  } catch (thrown) {
    error = describeThrown(thrown);
  }
  // Read the result now, as returned; its getters and Proxy traps are student code.
  let value: WireValue | undefined;
  if (!error) {
    try {
      value = toWire(toValue(result));
    } catch (thrown) {
      error = { ...describeThrown(thrown), readingResult: true };
    }
  }
  const mutatedArgs: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const same = read(() => sameValue(toValue(args[i]), inputs[i]), false);
    if (!same) append(mutatedArgs, i);
  }
  return error ? { error, mutatedArgs } : { value, mutatedArgs };
}

function reply(id: number, result: CallResult, output: string, tampered: string[]): ChildMessage {
  if (result.error) return { type: "threw", id, error: result.error, output, tampered };
  return { type: "returned", id, value: result.value!, mutatedArgs: result.mutatedArgs, output, tampered };
}

function call(message: Extract<ParentMessage, { type: "call" }>): void {
  const refused = dirty(message);
  if (refused) return send(refused);
  const before = pendingWork();
  const fn = modules[message.key]?.[message.exportName] as (...args: unknown[]) => unknown;
  currentId = message.id;
  currentStep = undefined;
  startCapture();
  const result = callOnce(fn, message.args);
  afterPendingCallbacks(() => {
    const output = stopCapture();
    send(reply(message.id, result, output, tamperedWith(before)));
  });
}

/**
 * Jobs one after the other, each loading its module if asked to and then calling its function on
 * each case (with what it printed once its promise callbacks have run), answered in one message: a
 * message costs both processes more than a case does. What changed is checked once, at the end:
 * the parent uses the results only if nothing did, and only if no case took longer than its time
 * limit (timed here, by a clock captured before any student code ran). With `stopAt`, it answers
 * before that step; with `reseed`, np.random first starts again as in a fresh child.
 */
function run(message: Extract<ParentMessage, { type: "run" }>): void {
  const refused = dirty(message);
  if (refused) return send(refused);
  const before = pendingWork();
  currentId = message.id;
  if (message.reseed) reseed(DEFAULT_SEED);
  const stop = message.stopAt;
  const jobs: RanJob[] = [];
  // Work left running is looked for after each load and case (cheaply): by the end, a failed
  // connection may have closed. Changed built-ins stay changed: they are looked for once, at the end.
  const left: string[] = [];
  const lookForLeftWork = () => {
    const found = leftBehind(before);
    for (let i = 0; i < found.length; i++) append(left, found[i]);
  };
  const end = () => {
    const tampered = tamperedWith(before);
    for (let i = 0; i < left.length; i++) append(tampered, left[i]);
    currentStep = undefined;
    send({ type: "ran", id: message.id, jobs, tampered });
  };
  const next = (jobIndex: number, caseIndex: number) => {
    try {
      if (jobIndex === message.jobs.length || (stop && jobIndex > stop.job)) return end();
      const job = message.jobs[jobIndex];
      const stopsAt = (step: number) => stop !== undefined && (jobIndex > stop.job || (jobIndex === stop.job && step >= stop.step));
      if (caseIndex === 0 && jobs.length === jobIndex) {
        const done: RanJob = { cases: [] };
        append(jobs, done);
        if (job.load && !modules[job.key]) {
          if (stopsAt(-1)) return end();
          // Load first: its top-level code's output and failure are its own; no case runs if it fails.
          startStep(message.id, jobIndex, -1);
          return loadModule({ key: job.key, ...job.load }, job.exportName, (result) => {
            done.loaded = result;
            lookForLeftWork();
            if (result.ok) next(jobIndex, 0);
            else next(jobIndex + 1, 0);
          });
        }
      }
      if (caseIndex === job.cases.length) return next(jobIndex + 1, 0);
      if (stopsAt(caseIndex)) return end();
      const fn = modules[job.key]?.[job.exportName] as (...args: unknown[]) => unknown;
      startStep(message.id, jobIndex, caseIndex);
      const started = now();
      startCapture();
      const result = callOnce(fn, job.cases[caseIndex]);
      afterPendingCallbacks(() => {
        try {
          const output = stopCapture();
          const durationMs = now() - started;
          append(jobs[jobIndex].cases, result.error ? { error: result.error, output, durationMs } : { value: result.value!, mutatedArgs: result.mutatedArgs, output, durationMs });
          lookForLeftWork();
        } catch {
          return brokeSandbox(message.id);
        }
        next(jobIndex, caseIndex + 1);
      });
    } catch {
      brokeSandbox(message.id);
    }
  };
  next(0, 0);
}

/** A batch the harness could not finish: the parent runs its cases one by one instead, and sees why. */
function brokeSandbox(id: number): void {
  stopCapture();
  currentStep = undefined;
  send({ type: "ran", id, jobs: [], tampered: ["broke the grader's sandbox"] });
}

function onMessage(message: ParentMessage): void {
  try {
    if (message.type === "load") load(message);
    else if (message.type === "call") call(message);
    else if (message.type === "run") run(message);
  } catch (thrown) {
    // A fault of the harness itself, or student code broke something it needs: say so rather than hang.
    const error = { ...describeThrown(thrown), message: `the grader's sandbox failed: ${read(() => describeThrown(thrown).message, "?")}` };
    if (message.type === "load") send({ type: "loaded", id: message.id, ok: false, problem: "threw", error, output: stopCapture(), tampered: ["broke the grader's sandbox"] });
    else if (message.type === "call") send({ type: "threw", id: message.id, error, output: stopCapture(), tampered: ["broke the grader's sandbox"] });
    else if (message.type === "run") brokeSandbox(message.id);
  }
}

process.on("message", onMessage);
takeBaseline();
send({ type: "ready" });
