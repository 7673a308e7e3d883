import { binaryMap, sameShape, ternaryMap, unaryMap } from "./broadcast";
import { type ArrayLike, toArray } from "./convert";
import type { NDArray } from "./ndarray";
import { checkOptions } from "./options";

/**
 * Comparisons and tests. numpy returns bool arrays; here they are float64 arrays of 0 and 1,
 * which behave the same in arithmetic (`dA * greater(Z, 0)`) and as a `where` condition.
 */

const compare =
  (f: (x: number, y: number) => boolean) =>
  (a: ArrayLike, b: ArrayLike): NDArray =>
    binaryMap(toArray(a), toArray(b), (x, y) => (f(x, y) ? 1 : 0));

export const greater = compare((x, y) => x > y);
export const greater_equal = compare((x, y) => x >= y);
export const less = compare((x, y) => x < y);
export const less_equal = compare((x, y) => x <= y);
export const equal = compare((x, y) => x === y);
export const not_equal = compare((x, y) => x !== y);

export function isnan(a: ArrayLike): NDArray {
  return unaryMap(toArray(a), (x) => (x !== x ? 1 : 0));
}

export function isfinite(a: ArrayLike): NDArray {
  return unaryMap(toArray(a), (x) => (Number.isFinite(x) ? 1 : 0));
}

/** Picks from x where cond is non-zero (NaN counts as true, as bool(nan) does), else from y. */
export function where(cond: ArrayLike, x: ArrayLike, y: ArrayLike): NDArray {
  return ternaryMap(toArray(cond), toArray(x), toArray(y), (c, p, q) => (c !== 0 ? p : q));
}

export interface AllcloseOptions {
  rtol?: number;
  atol?: number;
  equal_nan?: boolean;
}

/** numpy's `isclose`: |a - b| <= atol + rtol * |b| for finite b, exact equality for infinities. */
export function isclose(a: ArrayLike, b: ArrayLike, options: AllcloseOptions = {}): NDArray {
  checkOptions("isclose", options, ["rtol", "atol", "equal_nan"]);
  const { rtol = 1e-5, atol = 1e-8, equal_nan = false } = options;
  return binaryMap(toArray(a), toArray(b), (x, y) => {
    if (x === y) return 1;
    if (equal_nan && x !== x && y !== y) return 1;
    return Number.isFinite(y) && Math.abs(x - y) <= atol + rtol * Math.abs(y) ? 1 : 0;
  });
}

export function allclose(a: ArrayLike, b: ArrayLike, options: AllcloseOptions = {}): boolean {
  checkOptions("allclose", options, ["rtol", "atol", "equal_nan"]);
  return isclose(a, b, options).data.every((v) => v === 1);
}

/** True when shapes are equal and so is every element (NaN never equals NaN unless equal_nan). */
export function array_equal(a: ArrayLike, b: ArrayLike, options: { equal_nan?: boolean } = {}): boolean {
  checkOptions("array_equal", options, ["equal_nan"]);
  const x = toArray(a);
  const y = toArray(b);
  if (!sameShape(x.shape, y.shape)) return false;
  return x.data.every((v, i) => v === y.data[i] || (options.equal_nan === true && v !== v && y.data[i] !== y.data[i]));
}
