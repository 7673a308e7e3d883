/**
 * Runs inside the sandboxed child only: a synchronous loop over the grader's requests. It loads one
 * submission's modules, calls one exported function on each case with fresh inputs, streams what it
 * prints, and sends back the raw return value; the grader validates every frame and decides every
 * verdict. Nothing secret is here: reference versions are computed by the grader ("callee").
 * The loop never yields to the event loop, so timers, promise callbacks and finalizers that student
 * code queues never run: a function's effects are what it does before it returns. Each load and call
 * runs under vm's watchdog (`runInThisContext({ timeout })`), which stops an endless loop, even in
 * try/finally, and leaves the process able to answer the next case. After student code ran, all goes
 * through intrinsics captured at startup (here, ./safe, ./tamper, ./capture, ../frames): one
 * function's patch of a built-in must not garble the reply.
 */
import * as fs from "node:fs";
import * as vm from "node:vm";
import * as np from "../../np/index";
import { fromOwned, NDArray } from "../../np/ndarray";
import { rebuildValue, toValue } from "../../values/live";
import type { Value } from "../../values/value";
import { decodeWire, encodeWire, numbersIn, type WireValue } from "../../values/wire";
import { encodeFrame } from "../frames";
import { bundleToken, CALLEE_GLOBAL, MAX_CALLEE_NUMBERS, type ChildMessage, type ModuleSource, type ParentMessage, type ThrownError } from "../protocol";
import { installCapture, startCapture, stopCapture } from "./capture";
import { append, bare, boundedWire, bufferToString, create, defineProperty, sameValue, sliceString, StringOf } from "./safe";
import { changedBuiltins, takeBaseline } from "./tamper";

// Node's modules are shared with student code (process.getBuiltinModule("node:fs")), and a bundled
// named import is looked up on them at each call: what the harness calls is taken now.
const writeSync = fs.writeSync;
const Script = vm.Script;
const runScript = Function.prototype.call.bind(vm.Script.prototype.runInThisContext) as (script: vm.Script, options?: vm.RunningScriptOptions) => unknown;
/** Handed over by the boot code (run/sandbox.ts): the harness's compiled script, and the frames' reader and writer. */
declare const harnessScript: vm.Script;
declare const nextFrame: () => Buffer;
declare const sendFrame: (frame: Buffer) => void;
const runCreateCachedData = Function.prototype.call.bind(vm.Script.prototype.createCachedData) as (script: vm.Script) => Buffer;
const stringify = JSON.stringify;
const parse = JSON.parse;
const apply = Reflect.apply;
const toStringTag = Function.prototype.call.bind(Object.prototype.toString) as (x: unknown) => string;
const ErrorCtor = Error;
const reallyExit = (process as unknown as { reallyExit(code: number): never }).reallyExit.bind(process);
const reseed = np.random.seed.bind(undefined, np.random.DEFAULT_SEED);

function receive(): ParentMessage {
  return parse(bufferToString(nextFrame(), "utf8")) as ParentMessage;
}

function send(message: ChildMessage): void {
  sendFrame(encodeFrame(bare(message)));
}

// Student bundles import `#np` through a shim that reads this global, so every module and the
// harness share one NDArray class; it cannot be replaced, nor the class patched.
defineProperty(globalThis, Symbol.for("dnn-grader.np"), { value: np, writable: false, configurable: false, enumerable: false });
Object.freeze(NDArray.prototype);
Object.freeze(NDArray);

let currentId = 0;
installCapture((text) => send({ t: "out", id: currentId, text }));

// process.exit in graded code becomes an error of that case instead of a dead child.
process.exit = ((code?: number) => {
  throw new ErrorCtor(`process.exit(${code ?? ""}) was called: graded functions must return their result, not end the process`);
}) as typeof process.exit;

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
  if (read(() => thrown instanceof ErrorCtor, false)) {
    const e = thrown as Error & { code?: unknown };
    const code = read(() => (typeof e.code === "string" ? sliceString(e.code, 0, 100) : undefined), undefined);
    return {
      name: read(() => sliceString(StringOf(e.name), 0, 200), "Error"),
      message: read(() => sliceString(StringOf(e.message), 0, 5000), "(its message could not be read)"),
      stack: read(() => sliceString(StringOf(e.stack ?? ""), 0, 20_000), ""),
      ...(code ? { code } : {}),
    };
  }
  const kind = thrown === null ? "null" : (nonErrorKinds[typeof thrown] ?? typeof thrown);
  const text = read(() => (typeof thrown === "string" ? thrown : (stringify(thrown) ?? StringOf(thrown))), read(() => toStringTag(thrown), "?"));
  return { name: "NonErrorThrown", message: sliceString(text, 0, 2000), stack: "", nonError: kind };
}

/** Calls a graded function in its reference version: the grader answers, if the running job may call it. */
function callee(name: string, args: unknown[]): unknown {
  const wire: WireValue[] = [];
  let numbers = 0;
  for (let i = 0; i < args.length; i++) {
    const value = toValue(args[i]);
    numbers += numbersIn(value);
    // Refused here too, before encoding: the grader would refuse them, after the child spent its time limit.
    if (numbers > MAX_CALLEE_NUMBERS) throw new ErrorCtor(`the arguments given to ${name} are far larger than any case of the course (${numbers} values)`);
    append(wire, encodeWire(value, Infinity)); // counted above; numbers only, as boundedWire sends them
  }
  send({ t: "callee", id: currentId, name, args: wire });
  const reply = receive();
  if (reply.t !== "callee-result" || reply.id !== currentId) return reallyExit(3);
  if (reply.error) {
    const error = new ErrorCtor(reply.error.message);
    error.name = reply.error.name;
    throw error;
  }
  return rebuildValue(decodeWire(reply.value!), fromOwned);
}
defineProperty(globalThis, Symbol.for(CALLEE_GLOBAL), { value: callee, writable: false, configurable: false, enumerable: false });

/** The watchdog: `step` runs inside a script run with a time limit, reached through a global that cannot be replaced. */
let step: () => void = () => undefined;
defineProperty(globalThis, "__graderStep", { value: Object.freeze({ run: () => step() }), writable: false, configurable: false, enumerable: false });
const watchdog = new Script("__graderStep.run()", { filename: "grader-harness" });

/** `f()` run within `timeoutMs`, capturing what it prints; undefined when the watchdog stopped it. */
function guarded<T>(f: () => T, timeoutMs: number): T | undefined {
  let result: T | undefined;
  step = () => (result = f());
  startCapture();
  try {
    runScript(watchdog, { timeout: timeoutMs });
    return result;
  } catch {
    // Only the watchdog's stop gets here: `f` catches everything student code throws.
    return undefined;
  } finally {
    stopCapture();
  }
}

/** A module's or package's code, run as a CommonJS function; what it exports. */
function evaluate(code: string, name: string): Record<string, unknown> {
  const factory = runScript(new Script(`(function (module, exports, require) {\n${code}\n})`, { filename: name, lineOffset: -1 })) as (m: unknown, e: unknown, r: unknown) => void;
  const module = { exports: create(null) as Record<string, unknown> };
  const refuse = (id: string) => {
    throw new ErrorCtor(`imports "${id}", which graded code may not use: import only "#np", "./dnn_utils", "./dnn_app_utils" and your own exercise files`);
  };
  apply(factory, undefined, [module, module.exports, refuse]);
  return module.exports;
}

const modules = create(null) as Record<string, Record<string, unknown>>;
const packages = create(null) as Record<string, Record<string, () => Record<string, unknown>>>;

function loadModule(key: string, source: ModuleSource): Record<string, unknown> {
  if (source.package === undefined || source.member === undefined) return evaluate(source.code ?? "", bundleToken(key));
  packages[source.package] ??= evaluate(source.code ?? "", bundleToken(source.package)) as Record<string, () => Record<string, unknown>>;
  return packages[source.package][source.member]();
}

/** Loads the run's module and says how that went (the "loaded" frame); whether it loaded. */
function load(message: Extract<ParentMessage, { t: "run" }>): boolean {
  const id = message.id;
  const reply = guarded((): ChildMessage => {
    try {
      const module = loadModule(message.key, message.source);
      if (typeof module[message.exportName] !== "function") return { t: "loaded", id, ok: false, problem: "missing-export", error: { name: "MissingExport", message: `does not export a function named ${message.exportName}`, stack: "" } };
      modules[message.key] = module;
      return { t: "loaded", id, ok: true };
    } catch (thrown) {
      return { t: "loaded", id, ok: false, problem: "threw", error: describeThrown(thrown) };
    }
  }, message.timeoutMs);
  send(reply ?? { t: "loaded", id, ok: false, problem: "timeout" });
  return reply !== undefined && modules[message.key] !== undefined;
}

/** One call on fresh inputs: its result (read now, within the time limit: getters are student code) or error, and the arguments it changed. */
function callOnce(fn: (...args: unknown[]) => unknown, wireArgs: WireValue[], bound: number): { value?: WireValue; error?: ThrownError; mutatedArgs: number[] } {
  const inputs: Value[] = [];
  const args: unknown[] = [];
  for (let i = 0; i < wireArgs.length; i++) {
    append(inputs, decodeWire(wireArgs[i]));
    append(args, rebuildValue(inputs[i], fromOwned));
  }
  let reply: { value?: WireValue; error?: ThrownError; mutatedArgs: number[] };
  try {
    const result = apply(fn, undefined, args);
    try {
      reply = { value: boundedWire(toValue(result), bound), mutatedArgs: [] };
    } catch (thrown) {
      reply = { error: { ...describeThrown(thrown), readingResult: true }, mutatedArgs: [] };
    }
  } catch (thrown) {
    reply = { error: describeThrown(thrown), mutatedArgs: [] };
  }
  for (let i = 0; i < args.length; i++) if (!read(() => sameValue(toValue(args[i]), inputs[i]), false)) append(reply.mutatedArgs, i);
  return reply;
}

const tampering = () => read(changedBuiltins, ["changed built-ins the grader relies on"]);

function run(message: Extract<ParentMessage, { t: "run" }>): void {
  currentId = message.id;
  // Each function starts from np.random as a fresh process has it, whatever ran before.
  reseed();
  if (!modules[message.key] && !load(message)) return send({ t: "done", id: message.id, tampered: tampering() });
  const fn = modules[message.key][message.exportName] as (...args: unknown[]) => unknown;
  for (let index = 0; index < message.cases.length; index++) {
    const result = guarded(() => callOnce(fn, message.cases[index], message.bounds[index]), message.timeoutMs);
    send(result ? { t: "case", id: message.id, index, ...result } : { t: "case", id: message.id, index, timedOut: true, mutatedArgs: [] });
  }
  // Once per function (a check costs ~0.3 ms: per case it was a fifth of a student's grading).
  send({ t: "done", id: message.id, tampered: tampering() });
}

takeBaseline();
for (;;) {
  const message = receive();
  if (message.t === "cache") send({ t: "cache", id: message.id, data: bufferToString(runCreateCachedData(harnessScript), "base64") });
  else if (message.t === "run") {
    try {
      run(message);
    } catch (thrown) {
      // A fault of the harness itself, or student code broke what it needs: the grader sees the exit.
      try {
        writeSync(2, `the grader's sandbox failed: ${describeThrown(thrown).message}\n`);
      } finally {
        reallyExit(70);
      }
    }
  }
}
