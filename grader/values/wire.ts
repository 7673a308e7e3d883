/**
 * The form in which the sandboxed child sends values to the parent: a `Value` whose numbers may be
 * the strings "NaN", "Infinity" and "-Infinity", because the IPC channel speaks JSON, which has no
 * such numbers. The parent validates every message against a schema before decoding it.
 */
import type { Value } from "./value";

export type WireNumber = number | "NaN" | "Infinity" | "-Infinity";

export function encodeNumber(x: number): WireNumber {
  if (Number.isFinite(x)) return x;
  return Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

export function decodeNumber(x: WireNumber): number {
  return typeof x === "number" ? x : x === "NaN" ? NaN : x === "Infinity" ? Infinity : -Infinity;
}

/** `Value` with its numbers as WireNumber. */
export type WireValue =
  | { type: "ndarray"; shape: number[]; data: WireNumber[] }
  /**
   * A large array from the grader to the child only (training data: 12288 x 209 numbers are ~50 MB
   * as JSON text, 27 MB as this): its float64s, little-endian, in base64. The child's messages
   * cannot use it (their schema has no such type), so what the grader validates is unchanged.
   */
  | { type: "ndarray-f64"; shape: number[]; base64: string }
  | { type: "number"; value: WireNumber }
  | { type: "sequence"; items: WireValue[] }
  | { type: "mapping"; entries: [string, WireValue][] }
  | Exclude<Value, { type: "ndarray" | "number" | "sequence" | "mapping" }>;

/**
 * How many values a value holds: its arrays' numbers, plus one per item of a tuple or dict and per
 * scalar. Plain loops: the sandbox's harness counts with it after student code may have patched
 * Array.prototype.
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

/** From this many numbers on, an array goes to the child in binary (no graded case comes near it). */
export const BINARY_FROM = 65_536;

/** An array's float64s, little-endian, in base64 (every platform Node runs the grader on is little-endian). */
function base64Of(data: readonly number[]): string {
  return Buffer.from(Float64Array.from(data).buffer).toString("base64");
}

export function encodeWire(value: Value): WireValue {
  switch (value.type) {
    case "ndarray":
      if (value.data.length >= BINARY_FROM) return { type: "ndarray-f64", shape: value.shape, base64: base64Of(value.data) };
      return { type: "ndarray", shape: value.shape, data: value.data.map(encodeNumber) };
    case "number":
      return { type: "number", value: encodeNumber(value.value) };
    case "sequence":
      return { type: "sequence", items: value.items.map(encodeWire) };
    case "mapping":
      return { type: "mapping", entries: value.entries.map(([k, v]) => [k, encodeWire(v)]) };
    default:
      return value;
  }
}

export function decodeWire(wire: WireValue): Value {
  switch (wire.type) {
    case "ndarray":
      return { type: "ndarray", shape: wire.shape, data: wire.data.map(decodeNumber) };
    case "ndarray-f64": {
      const bytes = Buffer.from(wire.base64, "base64");
      const numbers = new Float64Array(bytes.length >> 3);
      new Uint8Array(numbers.buffer).set(bytes.subarray(0, numbers.length * 8));
      return { type: "ndarray", shape: wire.shape, data: Array.from(numbers) };
    }
    case "number":
      return { type: "number", value: decodeNumber(wire.value) };
    case "sequence":
      return { type: "sequence", items: wire.items.map(decodeWire) };
    case "mapping":
      return { type: "mapping", entries: wire.entries.map(([k, v]) => [k, decodeWire(v)]) };
    default:
      return wire;
  }
}
