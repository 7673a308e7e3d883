import { type ArrayLike, toArray } from "./convert";
import { ValueError } from "./errors";
import { fromOwned, NDArray, valuesOf } from "./ndarray";
import { sizeOf } from "./strides";

/** Array creation, numpy's names. Every array is float64, whatever numpy would infer. */

export type ShapeLike = number | readonly number[];

function toShape(shape: ShapeLike): number[] {
  const s = typeof shape === "number" ? [shape] : [...shape];
  if (s.some((d) => d < 0)) throw new ValueError("negative dimensions are not allowed");
  return s;
}

/**
 * An array from a number, nested lists of numbers, or another NDArray (copied).
 *
 * numpy's `np.array`: always a new array, even from an NDArray.
 *
 * numpy: `np.array(x)`.
 * @example
 * np.array([[1, 2], [3, 4]]) // shape (2, 2)
 */
export function array(x: ArrayLike): NDArray {
  return x instanceof NDArray ? x.copy() : toArray(x);
}

/**
 * Like `array`, but an NDArray is returned as it is, not copied.
 *
 * numpy's `np.asarray`: an NDArray comes back as the same object.
 *
 * numpy: `np.asarray(x)`.
 * @example
 * np.asarray([1, 2, 3]) // shape (3,)
 */
export function asarray(x: ArrayLike): NDArray {
  return toArray(x);
}

/**
 * An array of the given shape, every entry `fill_value`.
 *
 * numpy: `np.full(shape, fill_value)`.
 * @example
 * np.full([2, 3], 7) // (2, 3) of sevens
 */
export function full(shape: ShapeLike, fill_value: number): NDArray {
  const s = toShape(shape);
  return fromOwned(new Float64Array(sizeOf(s)).fill(fill_value), s);
}

/**
 * An array of zeros. Give a 2-d shape as a list: `np.zeros([n, 1])` (Python's `np.zeros((n, 1))` is
 * `np.zeros(1)` in TypeScript).
 *
 * numpy: `np.zeros(shape)`.
 * @example
 * np.zeros([3, 1]) // a column of 3 zeros, (3, 1)
 */
export function zeros(shape: ShapeLike): NDArray {
  return full(shape, 0);
}

/**
 * An array of ones, of the given shape (a number or a list).
 *
 * numpy: `np.ones(shape)`.
 * @example
 * np.ones([1, m]) // a row of m ones
 */
export function ones(shape: ShapeLike): NDArray {
  return full(shape, 1);
}

/**
 * Zeros with the shape of `a`.
 *
 * numpy: `np.zeros_like(a)`.
 * @example
 * np.zeros_like(P) // zeros of P's shape
 */
export function zeros_like(a: ArrayLike): NDArray {
  return zeros(toArray(a).shape);
}

/**
 * Ones with the shape of `a`.
 *
 * numpy: `np.ones_like(a)`.
 * @example
 * np.ones_like(Y)
 */
export function ones_like(a: ArrayLike): NDArray {
  return ones(toArray(a).shape);
}

/**
 * `fill_value` everywhere, with the shape of `a`.
 *
 * numpy: `np.full_like(a, fill_value)`.
 * @example
 * np.full_like(Z, 0.5)
 */
export function full_like(a: ArrayLike, fill_value: number): NDArray {
  return full(toArray(a).shape, fill_value);
}

/**
 * Evenly spaced numbers from `start` (inclusive) to `stop` (exclusive), `step` apart, as a 1-d array.
 *
 * `arange(stop)` or `arange(start, stop, step = 1)`; numpy's length rule ceil((stop - start) / step).
 *
 * numpy: `np.arange(start, stop, step)`.
 * @example
 * np.arange(5) // [0, 1, 2, 3, 4]
 */
export function arange(start: number, stop?: number, step = 1): NDArray {
  const [lo, hi] = stop === undefined ? [0, start] : [start, stop];
  if (step === 0) throw new ValueError("Maximum allowed size exceeded");
  const n = Math.max(0, Math.ceil((hi - lo) / step));
  // numpy fills from the first two values: start + i * ((start + step) - start)
  const delta = lo + step - lo;
  const data = Float64Array.from({ length: n }, (_, i) => (i === 1 ? lo + step : lo + i * delta));
  return fromOwned(data, [n]);
}

/**
 * The identity matrix (N, M), ones on diagonal `k`.
 *
 * Ones on the k-th diagonal of an N × M matrix.
 *
 * numpy: `np.eye(N, M, k)`.
 * @example
 * np.eye(3) // (3, 3) identity
 */
export function eye(N: number, M: number = N, k = 0): NDArray {
  const out = zeros([N, M]);
  for (let i = 0; i < N; i++) {
    const j = i + k;
    if (j >= 0 && j < M) valuesOf(out)[i * M + j] = 1;
  }
  return out;
}
