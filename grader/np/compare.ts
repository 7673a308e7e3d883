import { binaryMap, sameShape, ternaryMap, unaryMap } from "./broadcast";
import { type ArrayLike, toArray } from "./convert";
import { NDArray, valuesOf } from "./ndarray";
import { checkOptions } from "./options";
import { NUMPY_TOLERANCE, withinTolerance } from "./tolerance";

export { allowance, NUMPY_TOLERANCE, type Tolerance, withinTolerance } from "./tolerance";

/**
 * Comparisons and tests. numpy returns bool arrays; here they are float64 arrays of 0 and 1,
 * which behave the same in arithmetic (`dA * greater(Z, 0)`) and as a `where` condition.
 */

const compare =
  (f: (x: number, y: number) => boolean) =>
  (a: ArrayLike, b: ArrayLike): NDArray =>
    binaryMap(toArray(a), toArray(b), (x, y) => (f(x, y) ? 1 : 0));

/**
 * 1 where a > b, else 0, element by element (numpy gives booleans; #np gives 0/1 floats).
 *
 * numpy: `np.greater(a, b)`.
 * @example
 * np.greater(P, 0) // 1 where P is positive, else 0
 */
export const greater = compare((x, y) => x > y);
/**
 * 1 where a >= b, else 0, element by element.
 *
 * numpy: `np.greater_equal(a, b)`.
 * @example
 * np.greater_equal(AL, 0.5) // predictions
 */
export const greater_equal = compare((x, y) => x >= y);
/**
 * 1 where a < b, else 0, element by element.
 *
 * numpy: `np.less(a, b)`.
 * @example
 * np.less(Z, 0)
 */
export const less = compare((x, y) => x < y);
/**
 * 1 where a <= b, else 0, element by element.
 *
 * numpy: `np.less_equal(a, b)`.
 * @example
 * np.less_equal(Z, 0) // where relu's derivative is 0
 */
export const less_equal = compare((x, y) => x <= y);
/**
 * 1 where a == b, else 0, element by element (compare arrays with this, never with `==`).
 *
 * numpy: `np.equal(a, b)`.
 * @example
 * np.mean(np.equal(predictions, Y)) // accuracy
 */
export const equal = compare((x, y) => x === y);
/**
 * 1 where a != b, else 0, element by element.
 *
 * numpy: `np.not_equal(a, b)`.
 * @example
 * np.sum(np.not_equal(p, Y))
 */
export const not_equal = compare((x, y) => x !== y);

/**
 * 1 where the element is NaN, else 0.
 *
 * numpy: `np.isnan(a)`.
 * @example
 * np.sum(np.isnan(cost)).item() > 0
 */
export function isnan(a: ArrayLike): NDArray {
  return unaryMap(toArray(a), (x) => (x !== x ? 1 : 0));
}

/**
 * 1 where the element is a finite number, else 0.
 *
 * numpy: `np.isfinite(a)`.
 * @example
 * np.isfinite(AL)
 */
export function isfinite(a: ArrayLike): NDArray {
  return unaryMap(toArray(a), (x) => (Number.isFinite(x) ? 1 : 0));
}

/**
 * Picks from x where cond is non-zero (NaN counts as true), else from y, with broadcasting.
 *
 * Picks from x where cond is non-zero (NaN counts as true, as bool(nan) does), else from y.
 *
 * numpy: `np.where(cond, x, y)`.
 * @example
 * np.where(np.greater(P, 0), P, 0) // P where positive, else 0
 */
export function where(cond: ArrayLike, x: ArrayLike, y: ArrayLike): NDArray {
  return ternaryMap(toArray(cond), toArray(x), toArray(y), (c, p, q) => (c !== 0 ? p : q));
}

export interface AllcloseOptions {
  rtol?: number;
  atol?: number;
  equal_nan?: boolean;
}

/**
 * 1 where |a - b| <= atol + rtol·|b|, else 0 (defaults rtol 1e-5, atol 1e-8).
 *
 * numpy's `isclose`: elementwise `withinTolerance` with b, the second argument, as the expected side.
 *
 * numpy: `np.isclose(a, b, rtol=..., atol=...)`.
 * @example
 * np.isclose(a, b, { rtol: 1e-5, atol: 1e-8 })
 */
export function isclose(a: ArrayLike, b: ArrayLike, options: AllcloseOptions = {}): NDArray {
  checkOptions("isclose", options, ["rtol", "atol", "equal_nan"]);
  const { rtol = NUMPY_TOLERANCE.rtol, atol = NUMPY_TOLERANCE.atol, equal_nan = false } = options;
  return binaryMap(toArray(a), toArray(b), (x, y) => (withinTolerance(x, y, { rtol, atol }, equal_nan) ? 1 : 0));
}

/**
 * Whether every element of a is within atol + rtol·|b| of b: the grader's own check (rtol 1e-5, atol 1e-8).
 *
 * numpy: `np.allclose(a, b, rtol=..., atol=...)`.
 * @example
 * np.allclose(Z, expectedZ) // true or false
 */
export function allclose(a: ArrayLike, b: ArrayLike, options: AllcloseOptions = {}): boolean {
  checkOptions("allclose", options, ["rtol", "atol", "equal_nan"]);
  return valuesOf(isclose(a, b, options)).every((v) => v === 1);
}

/**
 * Whether a and b have the same shape and the same elements (compare shapes with this, never with `==`).
 *
 * True when shapes are equal and so is every element (NaN never equals NaN unless equal_nan).
 *
 * numpy: `np.array_equal(a, b)`.
 * @example
 * np.array_equal(W.shape, [n_h, n_x])
 */
export function array_equal(a: ArrayLike, b: ArrayLike, options: { equal_nan?: boolean } = {}): boolean {
  checkOptions("array_equal", options, ["equal_nan"]);
  const x = toArray(a);
  const y = toArray(b);
  if (!sameShape(x.shape, y.shape)) return false;
  const ys = valuesOf(y);
  return valuesOf(x).every((v, i) => v === ys[i] || (options.equal_nan === true && v !== v && ys[i] !== ys[i]));
}
