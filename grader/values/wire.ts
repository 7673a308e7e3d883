/**
 * The form in which values cross the pipes between the grader and a sandboxed child: a `Value`
 * whose numbers may be the strings "NaN", "Infinity" and "-Infinity", because the frames speak
 * JSON, which has no such numbers. The parent validates every message against a schema before
 * decoding it.
 *
 * The child's harness encodes and decodes with this module too, after student code ran: it may have
 * replaced Array.prototype.map or put a setter on Array.prototype[0]. So everything here reads
 * through intrinsics captured when this module loads, uses plain loops, and writes only into arrays
 * without a prototype. (The harness is no boundary, the OS sandbox is: this keeps a function that
 * patched a built-in from garbling its own reply, which would lose it the marks of a right answer.)
 */
import type { Value } from "./value";

const isFinite = Number.isFinite;
const isNaN = Number.isNaN;
const setPrototypeOf = Object.setPrototypeOf;
const bufferFrom = Buffer.from;
const Float64ArrayOf = Float64Array;
const Uint8ArrayOf = Uint8Array;
const call = Function.prototype.call;
const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as Uint8Array;
const bufferOf = call.bind(Object.getOwnPropertyDescriptor(typedArrayPrototype, "buffer")!.get!) as (a: Float64Array) => ArrayBuffer;
const setBytes = call.bind(typedArrayPrototype.set) as (target: Uint8Array, source: Uint8Array) => void;
const bytesOf = call.bind(typedArrayPrototype.subarray) as (a: Uint8Array, start: number, end: number) => Uint8Array;
const bufferToString = call.bind(Buffer.prototype.toString) as (b: Buffer, encoding: BufferEncoding) => string;

export type WireNumber = number | "NaN" | "Infinity" | "-Infinity";

export function encodeNumber(x: number): WireNumber {
  if (isFinite(x)) return x;
  return isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

export function decodeNumber(x: WireNumber): number {
  return typeof x === "number" ? x : x === "NaN" ? NaN : x === "Infinity" ? Infinity : -Infinity;
}

/** `Value` with its numbers as WireNumber. */
export type WireValue =
  | { type: "ndarray"; shape: number[]; data: WireNumber[] }
  /**
   * An array from the grader to the child only, of BINARY_FROM numbers or more (training data:
   * 12288 x 209 numbers are ~50 MB as JSON text, 27 MB as this): its float64s, little-endian, in
   * base64. The child's messages cannot use it (their schema has no such type): sending the child's
   * arrays so too was measured on 2026-12-03 and saved no CPU (bench:bulk -- 300 under perf stat:
   * 47.2 and 48.0 s in all before, 48.4 and 48.1 s after), so what the grader validates stays as it was.
   */
  | { type: "ndarray-f64"; shape: number[]; base64: string }
  | { type: "number"; value: WireNumber }
  | { type: "sequence"; items: WireValue[] }
  | { type: "mapping"; entries: [string, WireValue][] }
  | Exclude<Value, { type: "ndarray" | "number" | "sequence" | "mapping" }>;

/**
 * How many values a value holds: its arrays' numbers, plus one per item of a tuple or dict and per
 * scalar.
 */
export function numbersIn(value: Value | WireValue): number {
  switch (value.type) {
    case "ndarray":
      return value.data.length;
    case "ndarray-f64": {
      let n = 1;
      for (let i = 0; i < value.shape.length; i++) n *= value.shape[i];
      return n;
    }
    case "sequence": {
      let n = value.items.length;
      for (let i = 0; i < value.items.length; i++) n += numbersIn(value.items[i]);
      return n;
    }
    case "mapping": {
      let n = value.entries.length;
      for (let i = 0; i < value.entries.length; i++) n += numbersIn(value.entries[i][1]);
      return n;
    }
    default:
      return 1;
  }
}

/** Whether every array holds as many numbers as its shape says (what a schema cannot check). */
export function wellFormed(value: WireValue): boolean {
  if (value.type === "ndarray") return value.shape.reduce((p, d) => p * d, 1) === value.data.length;
  if (value.type === "sequence") return value.items.every(wellFormed);
  if (value.type === "mapping") return value.entries.every(([, v]) => wellFormed(v));
  return true;
}

/**
 * From this many numbers on, an array goes to the child in binary: its float64s in base64 (~11
 * characters a number against ~19 as JSON text), encoded and decoded without writing or reading
 * decimals, every bit kept. Above all the grader's answers to Part 2's calls of reference versions
 * (~100 a student, arrays of tens to hundreds of numbers each) and the training data.
 */
export const BINARY_FROM = 16;

/** A fresh array with no prototype: indexed writes cannot reach a setter, JSON.stringify finds no toJSON. */
export function bareArray<T>(length: number): T[] {
  const out = setPrototypeOf([], null) as T[];
  out.length = length;
  return out;
}

/** An array's float64s, little-endian, in base64 (every platform Node runs the grader on is little-endian). */
function base64Of(data: readonly number[]): string {
  const numbers = new Float64ArrayOf(data.length);
  for (let i = 0; i < data.length; i++) numbers[i] = data[i];
  return bufferToString(bufferFrom(bufferOf(numbers)), "base64");
}

/** `value` as it travels; arrays of `binaryFrom` numbers or more as float64s (the child passes Infinity: its messages are JSON numbers only). */
export function encodeWire(value: Value, binaryFrom = BINARY_FROM): WireValue {
  switch (value.type) {
    case "ndarray": {
      if (value.data.length >= binaryFrom) return { type: "ndarray-f64", shape: value.shape, base64: base64Of(value.data) };
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
      for (let i = 0; i < value.items.length; i++) items[i] = encodeWire(value.items[i], binaryFrom);
      return { type: "sequence", items };
    }
    case "mapping": {
      const entries = bareArray<[string, WireValue]>(value.entries.length);
      for (let i = 0; i < value.entries.length; i++) {
        const pair = bareArray<string | WireValue>(2);
        pair[0] = value.entries[i][0];
        pair[1] = encodeWire(value.entries[i][1], binaryFrom);
        entries[i] = pair as [string, WireValue];
      }
      return { type: "mapping", entries };
    }
    default:
      return value;
  }
}

export function decodeWire(wire: WireValue): Value {
  switch (wire.type) {
    case "ndarray": {
      const data: number[] = [];
      for (let i = 0; i < wire.data.length; i++) data[i] = decodeNumber(wire.data[i]);
      return { type: "ndarray", shape: wire.shape, data };
    }
    case "ndarray-f64": {
      const bytes = bufferFrom(wire.base64, "base64");
      const numbers = new Float64ArrayOf(bytes.length >> 3);
      setBytes(new Uint8ArrayOf(bufferOf(numbers)), bytesOf(bytes, 0, numbers.length * 8));
      const data: number[] = [];
      for (let i = 0; i < numbers.length; i++) data[i] = numbers[i];
      return { type: "ndarray", shape: wire.shape, data };
    }
    case "number":
      return { type: "number", value: decodeNumber(wire.value) };
    case "sequence": {
      const items: Value[] = [];
      for (let i = 0; i < wire.items.length; i++) items[i] = decodeWire(wire.items[i]);
      return { type: "sequence", items };
    }
    case "mapping": {
      const entries: [string, Value][] = [];
      for (let i = 0; i < wire.entries.length; i++) entries[i] = [wire.entries[i][0], decodeWire(wire.entries[i][1])];
      return { type: "mapping", entries };
    }
    default:
      return wire;
  }
}
