/**
 * Runs inside the sandboxed child process only (bundled by the parent, booted over IPC).
 * It loads student bundles, calls one exported function per request with fresh inputs, captures
 * what the student prints, and sends back the raw return value. It decides nothing: the parent
 * validates every message and computes every verdict.
 */
import * as np from "../../np/index";
import { NDArray } from "../../np/ndarray";
import { fromValue, toValue } from "../../values/live";
import { decodeWire, encodeWire, type WireValue } from "../../values/wire";
import { bundleToken, type ChildMessage, type ParentMessage, type ThrownError } from "../protocol";
import { startCapture, stopCapture } from "./capture";
import { changedBuiltins } from "./tamper";

const send = process.send!.bind(process) as (message: ChildMessage) => boolean;
const stringify = JSON.stringify;
const modules = new Map<string, Record<string, unknown>>();
/** Data-module URL of each loaded bundle: stack traces name bundles by key, not by 50 kB of base64. */
const urls = new Map<string, string>();

// Student bundles import `#np` through a shim that reads this global, so every bundle and the
// harness share one NDArray class. Freezing it keeps one student's patch out of the next function.
(globalThis as Record<symbol, unknown>)[Symbol.for("dnn-grader.np")] = np;
Object.freeze(NDArray.prototype);
Object.freeze(NDArray);

// A student's stray timer or rejected promise must not take the child down between cases.
process.on("uncaughtException", (error) => process.stderr.write(`Uncaught: ${String(error?.stack ?? error)}\n`));
process.on("unhandledRejection", (reason) => process.stderr.write(`Unhandled rejection: ${String(reason)}\n`));
// process.exit in graded code becomes an error of that case instead of a dead child.
process.exit = ((code?: number) => {
  throw new Error(`process.exit(${code ?? ""}) was called: graded functions must return their result, not end the process`);
}) as typeof process.exit;

function shortenStack(stack: string): string {
  // Frames inside the harness (np included) become "grader-harness"; the parent drops them.
  let short = stack.split(import.meta.url).join("grader-harness");
  for (const [key, url] of urls) short = short.split(url).join(bundleToken(key));
  return short.slice(0, 20_000);
}

function describeThrown(thrown: unknown): ThrownError {
  if (thrown instanceof Error) {
    return { name: String(thrown.name).slice(0, 200), message: String(thrown.message).slice(0, 5000), stack: shortenStack(String(thrown.stack ?? "")) };
  }
  let text: string;
  try {
    text = typeof thrown === "string" ? thrown : stringify(thrown) ?? String(thrown);
  } catch {
    text = Object.prototype.toString.call(thrown);
  }
  return { name: "NonErrorThrown", message: text.slice(0, 2000), stack: "" };
}

/** Anything that would let a later function see or steer the grader's traffic. */
function tamperedWith(): string[] {
  const found = changedBuiltins().map((name) => `changed ${name}`);
  if (process.listenerCount("message") !== 1) found.push("listens to the grader's messages");
  return found;
}

async function load(message: Extract<ParentMessage, { type: "load" }>): Promise<ChildMessage> {
  startCapture();
  try {
    const url = `data:text/javascript;base64,${message.code}`;
    urls.set(message.key, url);
    const module = (await import(url)) as Record<string, unknown>;
    if (typeof module[message.exportName] !== "function") {
      const error = { name: "MissingExport", message: `does not export a function named ${message.exportName}`, stack: "" };
      return { type: "loaded", id: message.id, ok: false, problem: "missing-export", error, output: stopCapture(), tampered: tamperedWith() };
    }
    modules.set(message.key, module);
    return { type: "loaded", id: message.id, ok: true, output: stopCapture(), tampered: tamperedWith() };
  } catch (thrown) {
    return { type: "loaded", id: message.id, ok: false, problem: "threw", error: describeThrown(thrown), output: stopCapture(), tampered: tamperedWith() };
  }
}

function call(message: Extract<ParentMessage, { type: "call" }>): ChildMessage {
  const fn = modules.get(message.key)?.[message.exportName] as (...args: unknown[]) => unknown;
  const args = message.args.map((a) => fromValue(decodeWire(a)));
  const before = message.args.map((a) => stringify(a));
  startCapture();
  let result: unknown;
  try {
    result = fn(...args);
  } catch (thrown) {
    return { type: "threw", id: message.id, error: describeThrown(thrown), output: stopCapture(), tampered: tamperedWith() };
  }
  const output = stopCapture();
  const mutatedArgs: number[] = [];
  args.forEach((arg, i) => {
    if (stringify(encodeWire(toValue(arg))) !== before[i]) mutatedArgs.push(i);
  });
  const value: WireValue = encodeWire(toValue(result));
  return { type: "returned", id: message.id, value, mutatedArgs, output, tampered: tamperedWith() };
}

process.on("message", async (message: ParentMessage) => {
  if (message.type === "load") send(await load(message));
  else if (message.type === "call") send(call(message));
});
send({ type: "ready" });
