/**
 * The harness's own tools for the moments after student code ran: converting values to and from
 * the wire form, comparing them, and preparing messages for the IPC channel. Student code may have
 * replaced Array.prototype.map, Object.prototype.toJSON or a setter on Array.prototype[0], so
 * everything here reads through intrinsics captured when this module loads and uses plain loops.
 * (grader/values/wire.ts does the same conversions for the parent, which runs no student code.)
 * The harness is no boundary (the OS sandbox is): this keeps a function that patched a built-in
 * from garbling its own reply, which would lose it the marks of an answer it got right.
 */
import type { Value } from "../../values/value";
import { numbersIn, type WireNumber, type WireValue } from "../../values/wire";

const isArray = Array.isArray;
const create = Object.create;
const setPrototypeOf = Object.setPrototypeOf;
const objectKeys = Object.keys;
const isFinite = Number.isFinite;
const isInteger = Number.isInteger;
const isNaN = Number.isNaN;
const is = Object.is;
const bufferFrom = Buffer.from;
const Float64ArrayOf = Float64Array;
const Uint8ArrayOf = Uint8Array;

/** A fresh array with no prototype: indexed writes cannot reach a setter, JSON.stringify finds no toJSON. */
function bareArray<T>(length: number): T[] {
  const out = setPrototypeOf([], null) as T[];
  out.length = length;
  return out;
}

function encodeNumber(x: number): WireNumber {
  if (isFinite(x)) return x;
  return isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

function decodeNumber(x: WireNumber): number {
  return typeof x === "number" ? x : x === "NaN" ? NaN : x === "Infinity" ? Infinity : -Infinity;
}

/** The number of values an array of this shape holds, or -1 when it is no valid shape. */
export function sizeOfShape(shape: readonly unknown[]): number {
  let size = 1;
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i];
    if (typeof d !== "number" || !isInteger(d) || d < 0) return -1;
    size *= d;
  }
  return size;
}

/**
 * `encodeWire` (grader/values/wire.ts), plus a check that an array's shape matches its data: a
 * student can assign `shape` and `data` of an NDArray by hand, and an array claiming the right shape
 * with no data must not look like an answer.
 */
export function toWire(value: Value): WireValue {
  switch (value.type) {
    case "ndarray": {
      if (sizeOfShape(value.shape) !== value.data.length) {
        return { type: "other", description: "a damaged NDArray (its shape does not match the number of values it holds)" };
      }
      const shape = bareArray<number>(value.shape.length);
      for (let i = 0; i < value.shape.length; i++) shape[i] = value.shape[i];
      const data = bareArray<WireNumber>(value.data.length);
      for (let i = 0; i < value.data.length; i++) data[i] = encodeNumber(value.data[i]);
      return { type: "ndarray", shape, data };
    }
    case "number":
      return { type: "number", value: encodeNumber(value.value) };
    case "sequence": {
      const items = bareArray<WireValue>(value.items.length);
      for (let i = 0; i < value.items.length; i++) items[i] = toWire(value.items[i]);
      return { type: "sequence", items };
    }
    case "mapping": {
      const entries = bareArray<[string, WireValue]>(value.entries.length);
      for (let i = 0; i < value.entries.length; i++) {
        const pair = bareArray<string | WireValue>(2);
        pair[0] = value.entries[i][0];
        pair[1] = toWire(value.entries[i][1]);
        entries[i] = pair as [string, WireValue];
      }
      return { type: "mapping", entries };
    }
    default:
      return value;
  }
}

/**
 * `toWire`, unless the value holds more than `bound` numbers (the grader's bound for the case,
 * from its expected shape): then only a description travels, so that a function returning
 * millions of numbers cannot fill the grader's memory or its results files.
 */
export function boundedWire(value: Value, bound: number): WireValue {
  const n = numbersIn(value);
  if (n > bound) return { type: "other", description: `a value holding ${n} numbers, far more than the expected result has` };
  return toWire(value);
}

/** `decodeWire` (grader/values/wire.ts), for the arguments the parent sent. */
export function fromWire(wire: WireValue): Value {
  switch (wire.type) {
    case "ndarray": {
      const data: number[] = [];
      for (let i = 0; i < wire.data.length; i++) data[i] = decodeNumber(wire.data[i]);
      return { type: "ndarray", shape: wire.shape, data };
    }
    case "ndarray-f64": {
      // Training data from the grader (values/wire.ts): float64s, little-endian, base64.
      const bytes = bufferFrom(wire.base64, "base64");
      const numbers = new Float64ArrayOf(bytes.length >> 3);
      new Uint8ArrayOf(numbers.buffer).set(bytes.subarray(0, numbers.length * 8));
      const data: number[] = [];
      for (let i = 0; i < numbers.length; i++) data[i] = numbers[i];
      return { type: "ndarray", shape: wire.shape, data };
    }
    case "number":
      return { type: "number", value: decodeNumber(wire.value) };
    case "sequence": {
      const items: Value[] = [];
      for (let i = 0; i < wire.items.length; i++) items[i] = fromWire(wire.items[i]);
      return { type: "sequence", items };
    }
    case "mapping": {
      const entries: [string, Value][] = [];
      for (let i = 0; i < wire.entries.length; i++) entries[i] = [wire.entries[i][0], fromWire(wire.entries[i][1])];
      return { type: "mapping", entries };
    }
    default:
      return wire;
  }
}

/** Whether two values are the same, number for number (NaN equals NaN): did a function change its input? */
export function sameValue(a: Value, b: Value): boolean {
  if (a.type !== b.type) return false;
  switch (a.type) {
    case "ndarray": {
      const other = b as typeof a;
      if (a.shape.length !== other.shape.length || a.data.length !== other.data.length) return false;
      for (let i = 0; i < a.shape.length; i++) if (a.shape[i] !== other.shape[i]) return false;
      for (let i = 0; i < a.data.length; i++) if (!is(a.data[i], other.data[i])) return false;
      return true;
    }
    case "number":
    case "string":
    case "boolean":
    case "none":
      return is(a.value, (b as typeof a).value);
    case "sequence": {
      const other = b as typeof a;
      if (a.items.length !== other.items.length) return false;
      for (let i = 0; i < a.items.length; i++) if (!sameValue(a.items[i], other.items[i])) return false;
      return true;
    }
    case "mapping": {
      const other = b as typeof a;
      if (a.entries.length !== other.entries.length) return false;
      for (let i = 0; i < a.entries.length; i++) {
        if (a.entries[i][0] !== other.entries[i][0] || !sameValue(a.entries[i][1], other.entries[i][1])) return false;
      }
      return true;
    }
    case "other":
      return a.description === (b as typeof a).description;
  }
}

/**
 * A deep copy of a message made only of objects and arrays without prototypes, so that nothing
 * student code added to Object.prototype or Array.prototype (a toJSON, a getter) can change what
 * the IPC channel serializes.
 */
export function bare<T>(message: T): T {
  if (typeof message !== "object" || message === null) return message;
  if (isArray(message)) {
    const out = bareArray<unknown>(message.length);
    for (let i = 0; i < message.length; i++) out[i] = bare(message[i]);
    return out as T;
  }
  const out = create(null) as Record<string, unknown>;
  const keys = objectKeys(message);
  for (let i = 0; i < keys.length; i++) out[keys[i]] = bare((message as Record<string, unknown>)[keys[i]]);
  return out as T;
}
