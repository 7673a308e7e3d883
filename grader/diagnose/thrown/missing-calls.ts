/**
 * Calls of what does not exist, answered with what does: `dZ.sum(...)` (numpy's arrays have
 * methods #np's do not), `np.linalg.norm`, `np.random.permutation`, a misspelled `np.zero`. The
 * failure names the callee only loosely (V8 says "(void 0) is not a function" for a name #np does
 * not export), so the student's line says which call it was.
 */
import * as np from "../../np/index";
import { NDArray } from "../../np/ndarray";
import { messages } from "../../messages/messages";
import { editDistance } from "../../text/edit-distance";
import type { Failure } from "./failure";
import { callsIn } from "./source-line";

const npNames = Object.keys(np).filter((k) => /^[a-z]/.test(k) && k !== "random");
const randomNames = Object.keys(np.random).filter((k) => typeof (np.random as Record<string, unknown>)[k] === "function");
const arrayMembers = Object.getOwnPropertyNames(NDArray.prototype).filter((k) => k !== "constructor");

/** What to write for numpy's functions and methods #np leaves out; `x` stands for the array. */
const numpyForms: Record<string, (x: string, args: string[]) => string> = {
  sum: (x, args) => `np.sum(${x}${axisOption(args)})`,
  mean: (x, args) => `np.mean(${x}${axisOption(args)})`,
  max: (x, args) => `np.max(${x}${axisOption(args)})`,
  min: (x, args) => `np.min(${x}${axisOption(args)})`,
  dot: (x, args) => `np.dot(${x}, ${args[0] ?? "B"})`,
  transpose: (x) => `${x}.T`,
  flatten: (x) => `${x}.reshape(-1)`,
  ravel: (x) => `${x}.reshape(-1)`,
  squeeze: (x) => `np.squeeze(${x})`,
  exp: (x) => `np.exp(${x})`,
  log: (x) => `np.log(${x})`,
  clip: (x, args) => `np.minimum(np.maximum(${x}, ${args[0] ?? "low"}), ${args[1] ?? "high"})`,
  astype: (x) => `${x} (every #np array is float64 already)`,
  append: (x, args) => `${x}.push(${args[0] ?? "item"}) (JavaScript arrays have push, not append)`,
  extend: (x, args) => `${x}.push(...${args[0] ?? "items"})`,
  items: (x) => `Object.entries(${x})`,
  keys: (x) => `Object.keys(${x})`,
  values: (x) => `Object.values(${x})`,
  get: (x, args) => `${x}[${args[0] ?? "key"}]`,
  copy: (x) => `{ ...${x} } (an object's shallow copy; an NDArray has .copy())`,
  "linalg.norm": (_x, args) => `np.sqrt(np.sum(np.square(${args[0] ?? "x"})))`,
  "random.permutation": () => "the course's random draws, np.random.randn(rows, cols) after np.random.seed(...)",
  "random.normal": (_x, args) => `np.random.randn(${args.slice(2).join(", ") || "rows, cols"}) (a standard normal draw; scale it with np.multiply)`,
  "random.random": (_x, args) => `np.random.rand(${args.join(", ") || "rows, cols"})`,
  sigmoid: (_x, args) => `sigmoid(${args[0] ?? "Z"}) from "./dnn_utils" (it returns [A, cache])`,
  relu: (_x, args) => `relu(${args[0] ?? "Z"}) from "./dnn_utils" (it returns [A, cache])`,
  outer: (_x, args) => `np.dot(${args[0] ?? "a"}, ${args[1] ?? "b"}.T) with a and b as columns`,
};

/** `{ axis: 1, keepdims: true }` from numpy-style arguments (`1`, `axis=1`, `keepdims=True`). */
function axisOption(args: readonly string[]): string {
  const axis = args.map((a) => /^(?:axis\s*=\s*)?(-?\d)$/.exec(a)?.[1]).find((a) => a !== undefined);
  return axis === undefined ? "" : `, { axis: ${axis}, keepdims: true }`;
}

/** Up to three names near `name`: within two edits, or one containing the other. */
export function nearestNames(name: string, candidates: readonly string[]): string[] {
  return candidates
    .map((c) => ({ c, d: editDistance(name.toLowerCase(), c.toLowerCase()) }))
    .filter(({ c, d }) => d <= 2 || (name.length >= 3 && (c.includes(name) || name.includes(c)) && c.length >= 3))
    .sort((x, y) => x.d - y.d)
    .slice(0, 3)
    .map(({ c }) => c);
}

/** A call on `line` of an `np.` name #np does not have, as "linalg.norm" or "zero", with its arguments. */
function missingNpCall(line: string): { name: string; args: string[]; nearest: string[] } | undefined {
  for (const call of callsIn(line, "np.*.*").concat(callsIn(line, "np.*"))) {
    const path = call.callee.slice(3).split(".");
    if (path.length === 1 && !npNames.includes(path[0])) return { name: path[0], args: call.args, nearest: nearestNames(path[0], npNames) };
    if (path.length === 2 && path[0] === "random" && !randomNames.includes(path[1])) {
      return { name: call.callee.slice(3), args: call.args, nearest: nearestNames(path[1], randomNames).map((n) => `np.random.${n}`) };
    }
    if (path.length === 2 && path[0] !== "random" && !npNames.includes(path[0])) {
      return { name: call.callee.slice(3), args: call.args, nearest: nearestNames(path[1], npNames).map((n) => `np.${n}`) };
    }
  }
  return undefined;
}

export interface MissingCall {
  /** The mistake's name: "np.dott is not in #np". */
  name: string;
  /** What #np has instead, and the form that works. */
  explanation: string;
}

/** The call of something that does not exist on the line that threw, or undefined when the failure is not one. */
export function explainMissingCall(failure: Failure, line: string | undefined): MissingCall | undefined {
  if (!line || (failure.kind !== "not-a-function" && failure.kind !== "read-of-undefined")) return undefined;
  const npCall = missingNpCall(line);
  if (npCall) {
    const form = numpyForms[npCall.name]?.("x", npCall.args);
    const name = `np.${npCall.name}`;
    return { name: messages.missing.npName(name), explanation: messages.missing.npFunction(name, npCall.nearest.map((n) => (n.startsWith("np.") ? n : `np.${n}`)), form) };
  }
  if (failure.kind !== "not-a-function") return undefined;
  const method = /^(.*)\.([\w$]+)$/.exec(failure.callee);
  if (!method) return undefined;
  const [, receiver, name] = method;
  const call = callsIn(line, `*.${name}`).find((c) => c.callee.endsWith(`.${name}`));
  const form = numpyForms[name]?.(receiver, call?.args ?? []);
  return { name: messages.missing.methodName(receiver, name), explanation: messages.missing.method(receiver, name, nearestNames(name, [...arrayMembers, "push"]).map((n) => `.${n}`), form) };
}
