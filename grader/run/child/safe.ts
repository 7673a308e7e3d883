/**
 * The harness's own tools for the moments after student code ran: bounding and encoding a reply,
 * noticing a changed input, and preparing a message for the pipe. Student code may have replaced
 * Array.prototype.push, Object.prototype.toJSON or a setter on Array.prototype[0], so everything
 * here reads through intrinsics captured when this module loads and uses plain loops (as does
 * values/wire.ts).
 */
import type { Value } from "../../values/value";
import { bareArray, encodeWire, numbersIn, type WireValue } from "../../values/wire";

const isArray = Array.isArray;
const objectKeys = Object.keys;
// Intrinsics every module of the child uses after student code ran, taken once, as the harness loads.
export const create = Object.create;
export const defineProperty = Object.defineProperty;
export const is = Object.is;
export const StringOf = String;
export const sliceString = Function.prototype.call.bind(String.prototype.slice) as (s: string, a: number, b?: number) => string;
export const bufferToString = Function.prototype.call.bind(Buffer.prototype.toString) as (b: Buffer, encoding: BufferEncoding) => string;

/** `list.push(item)` for arrays whose prototype student code may have changed. */
export function append<T>(list: T[], item: T): void {
  defineProperty(list, list.length, { value: item, writable: true, enumerable: true, configurable: true });
}

/**
 * `value` as the child's messages carry it (numbers only: their schema has no binary arrays); only a
 * description of it when it holds more than `bound` numbers (the case's, from its expected shape),
 * so that a function returning millions of numbers cannot fill the grader's memory or results files.
 */
export function boundedWire(value: Value, bound: number): WireValue {
  const n = numbersIn(value);
  if (n > bound) return { type: "other", description: `a value holding ${n} numbers, far more than the expected result has` };
  return encodeWire(value, Infinity);
}

/**
 * Whether two values are the same, number for number (NaN equals NaN): did a function change its
 * input? Values are plain data, so this walks arrays by index and objects by key.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return is(a, b);
  if (isArray(a) !== isArray(b)) return false;
  const keys = isArray(a) ? undefined : objectKeys(a);
  const length = keys ? keys.length : (a as unknown[]).length;
  if (length !== (keys ? objectKeys(b).length : (b as unknown[]).length)) return false;
  for (let i = 0; i < length; i++) {
    const key = keys ? keys[i] : i;
    if (!sameValue((a as Record<PropertyKey, unknown>)[key], (b as Record<PropertyKey, unknown>)[key])) return false;
  }
  return true;
}

/**
 * A deep copy of a message made only of objects and arrays without prototypes, so that nothing
 * student code added to Object.prototype or Array.prototype (a toJSON, a getter) can change what
 * the pipe carries.
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
