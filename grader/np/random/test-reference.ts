/**
 * Test-only access to the numpy reference data in ./testdata, written by
 * scripts/reference/numpy_random.py (the tests read committed files and never run python).
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

const TESTDATA = new URL("./testdata/", import.meta.url);

/** numpy-random.json; keys of per-seed maps are the seeds as strings. */
export interface NumpyRandomReference {
  generatedWith: Record<string, string>;
  next32: Record<string, number[]>;
  rand: Record<string, number[]>;
  randnShape5Seed1: number[];
  randnShape2x3Seed3: number[][];
  rand3x2Seed1: number[][];
  randn10000LastSeed1: number;
  sequences: {
    seed: number;
    calls: { fn: "randn" | "rand"; dims: number[] }[];
    results: (number | number[] | number[][])[];
  }[];
  logCases: { why: string; x: string; log: string }[];
  glibcLogTableBits: string[];
  npLogDiffersFromLibmOnSample: number;
}

export const reference = JSON.parse(
  readFileSync(new URL("numpy-random.json", TESTDATA), "utf8"),
) as NumpyRandomReference;

/** A gzip file of little-endian float64 values. */
export function readFloat64Gz(name: string): Float64Array {
  const bytes = gunzipSync(readFileSync(new URL(name, TESTDATA)));
  const values = new Float64Array(bytes.byteLength / 8);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < values.length; i++) values[i] = view.getFloat64(8 * i, true);
  return values;
}

const cell = new DataView(new ArrayBuffer(8));

/** The double whose IEEE-754 bits are this 16-digit hex string. */
export function doubleFromBits(hex: string): number {
  cell.setBigUint64(0, BigInt(`0x${hex}`));
  return cell.getFloat64(0);
}

/** The 16-digit hex string of a double's IEEE-754 bits. */
export function bitsOfDouble(x: number): string {
  cell.setFloat64(0, x);
  return cell.getBigUint64(0).toString(16).padStart(16, "0");
}

/** How many doubles lie between a and b (0 when equal; +0 and -0 count as equal). */
export function ulpDistance(a: number, b: number): number {
  const ordered = (x: number): bigint => {
    cell.setFloat64(0, x);
    const raw = cell.getBigInt64(0);
    return raw < 0n ? -(raw & 0x7fffffffffffffffn) : raw;
  };
  const d = ordered(a) - ordered(b);
  return Number(d < 0n ? -d : d);
}
