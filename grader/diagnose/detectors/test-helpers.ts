/** Small builders shared by the detector tests. */
import { ndarrayValue, type NDArrayValue } from "../../values/value";
import type { ArrayPair } from "./pairs";

export const tol = { rtol: 1e-5, atol: 1e-8 };

/** A 2-d array from its rows. */
export function rows(...data: number[][]): NDArrayValue {
  return ndarrayValue([data.length, data[0].length], data.flat());
}

export function pair(actual: NDArrayValue, expected: NDArrayValue, label = "X"): ArrayPair {
  return { path: [0], label, actual, expected };
}
