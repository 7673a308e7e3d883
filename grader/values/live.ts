/**
 * Converts between `Value` and the live JavaScript objects a student's function receives and returns.
 * It runs inside the sandboxed child, after student code may have patched built-ins, so it reads
 * through intrinsics captured when this module loads and limits how deep and big a value may be.
 */
import { NDArray } from "../np/ndarray";
import type { Value } from "./value";

const isArray = Array.isArray;
const getPrototypeOf = Object.getPrototypeOf;
const objectKeys = Object.keys;
const defineProperty = Object.defineProperty;
const ObjectPrototype = Object.prototype;
const Float64ArrayCtor = Float64Array;
const stringOf = String;
const isInteger = Number.isInteger;

const MAX_DEPTH = 16;
/** Far above any course value; stops a student's runaway structure before it floods the IPC channel. */
const MAX_NUMBERS = 4_000_000;

export function toValue(live: unknown): Value {
  const budget = { numbers: 0 };
  return convert(live, 0, budget);
}

function convert(live: unknown, depth: number, budget: { numbers: number }): Value {
  if (depth > MAX_DEPTH) return { type: "other", description: "a value nested too deeply" };
  switch (typeof live) {
    case "number":
      return { type: "number", value: live };
    case "string":
      return { type: "string", value: live.length > 200 ? live.slice(0, 200) + "…" : live };
    case "boolean":
      return { type: "boolean", value: live };
    case "undefined":
      return { type: "none", value: "undefined" };
    case "bigint":
      return { type: "other", description: "a bigint" };
    case "symbol":
      return { type: "other", description: "a symbol" };
    case "function":
      return { type: "other", description: "a function" };
  }
  if (live === null) return { type: "none", value: "null" };
  if (live instanceof NDArray) return convertArray(live, budget);
  if (isArray(live)) {
    const items: Value[] = [];
    for (let i = 0; i < live.length; i++) items[i] = convert(live[i], depth + 1, budget);
    return { type: "sequence", items };
  }
  const proto = getPrototypeOf(live);
  if (proto === ObjectPrototype || proto === null) {
    const keys = objectKeys(live as object);
    const entries: [string, Value][] = [];
    for (let i = 0; i < keys.length; i++) {
      entries[i] = [keys[i], convert((live as Record<string, unknown>)[keys[i]], depth + 1, budget)];
    }
    return { type: "mapping", entries };
  }
  if (typeof (live as { then?: unknown }).then === "function") return { type: "other", description: "a Promise" };
  const name = proto && typeof proto.constructor === "function" ? stringOf(proto.constructor.name) : "an object";
  return { type: "other", description: `an instance of ${name}` };
}

function convertArray(array: NDArray, budget: { numbers: number }): Value {
  const shape = array.shape;
  const data = array.data;
  if (!isArray(shape) || !(data instanceof Float64ArrayCtor)) {
    return { type: "other", description: "a damaged NDArray (its shape or data was replaced)" };
  }
  budget.numbers += data.length;
  if (budget.numbers > MAX_NUMBERS) return { type: "other", description: "a value with too many numbers" };
  // A student can assign an NDArray's `shape` by hand: an array claiming the right shape without
  // the data must not look like an answer.
  const dims: number[] = [];
  let size = 1;
  for (let i = 0; i < shape.length; i++) {
    dims[i] = shape[i];
    size *= isInteger(dims[i]) && dims[i] >= 0 ? dims[i] : NaN;
  }
  if (size !== data.length) return { type: "other", description: "a damaged NDArray (its shape does not match the number of values it holds)" };
  const copy: number[] = [];
  for (let i = 0; i < data.length; i++) copy[i] = data[i];
  return { type: "ndarray", shape: dims, data: copy };
}

/**
 * How fromValue makes an array from fresh values: the constructor, or in the sandbox's harness
 * `#np`'s fromOwned (ndarray.ts: nobody else holds the values, so `#np` may share them with a
 * lazy `X.T` or keep them in wasm memory). Not imported here: grader code bundled beside student
 * code gets ndarray.ts as the shared runtime's public face, which has no fromOwned.
 */
export type ArrayMaker = (values: Float64Array, shape: number[]) => NDArray;

const construct: ArrayMaker = (values, shape) => new NDArray(values, shape);

/** A fresh live object for each call, so a function that changes its inputs cannot spoil the next case. */
export function fromValue(value: Value): unknown {
  return rebuildValue(value, construct);
}

/** fromValue, making its arrays with `makeArray`. */
export function rebuildValue(value: Value, makeArray: ArrayMaker): unknown {
  switch (value.type) {
    case "ndarray":
      return makeArray(Float64ArrayCtor.from(value.data), value.shape);
    case "number":
    case "string":
    case "boolean":
      return value.value;
    case "sequence": {
      const items: unknown[] = [];
      for (let i = 0; i < value.items.length; i++) items[i] = rebuildValue(value.items[i], makeArray);
      return items;
    }
    case "mapping": {
      const object: Record<string, unknown> = {};
      for (const [key, item] of value.entries) {
        defineProperty(object, key, { value: rebuildValue(item, makeArray), enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
    case "none":
      return value.value === "null" ? null : undefined;
    case "other":
      throw new Error(`cannot rebuild ${value.description}`);
  }
}
