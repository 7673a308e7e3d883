/**
 * Test-only access to the numpy reference data in ./testdata, written by
 * scripts/reference/numpy_ops.py (tests read the committed files and never run python).
 * Not exported from index.ts: it reads files, which the sandboxed runtime must not.
 */
import { readFileSync } from "node:fs";
import { withinTolerance, type Tolerance as Closeness } from "./compare";
import { NDArray } from "./ndarray";

type Num = number | "nan" | "inf" | "-inf";
export interface EncodedArray {
  nd: number[];
  data: Num[];
}
export type Encoded = Num | { ref: string } | { list: unknown } | { raw: unknown };
export type Tolerance = 0 | Closeness;

export interface OpCase {
  name: string;
  fn: string;
  args: Encoded[];
  kwargs?: Record<string, unknown>;
  tol: Tolerance;
  expect?: Encoded;
  error?: { name: string; message: string };
}

export interface ReprCase extends EncodedArray {
  name: string;
  options: Record<string, number | boolean>;
  repr: string;
  str: string;
}

export interface FloatCase {
  kind: "positional" | "scientific" | "pyrepr";
  x: Num;
  options: Record<string, number | string>;
  out: string;
}

function load<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`./testdata/${file}`, import.meta.url), "utf8")) as T;
}

export const ops = load<{ numpy: string; arrays: Record<string, EncodedArray>; cases: OpCase[] }>("ops.json");
export const reprs = load<{ numpy: string; cases: ReprCase[]; floats: FloatCase[] }>("repr.json");

export function num(x: Num): number {
  if (x === "nan") return NaN;
  if (x === "inf") return Infinity;
  if (x === "-inf") return -Infinity;
  return x;
}

export function toNDArray(e: EncodedArray): NDArray {
  return new NDArray(Float64Array.from(e.data, num), e.nd);
}

function nested(x: unknown): unknown {
  return Array.isArray(x) ? x.map(nested) : num(x as Num);
}

/** Turns an encoded argument into what a student would pass. */
export function decode(e: Encoded): unknown {
  if (typeof e === "number" || typeof e === "string") return num(e);
  if ("ref" in e) return toNDArray(ops.arrays[e.ref]);
  if ("list" in e) return nested(e.list);
  return e.raw;
}

/** Elementwise equality: bit-exact (Object.is, so NaN equals NaN and -0 differs from 0) or within tolerance. */
export function closeEnough(got: number, want: number, tol: Tolerance): boolean {
  return Object.is(got, want) || (tol !== 0 && withinTolerance(got, want, tol));
}
