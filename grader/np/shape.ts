import { normalizeAxes, normalizeAxis } from "./axis";
import { type ArrayLike, toArray } from "./convert";
import { ValueError } from "./errors";
import { fromOwned, NDArray, valuesOf } from "./ndarray";
import { permuteData } from "./strides";

/** numpy's shape-only functions. All return new arrays (numpy returns views; nothing here aliases). */

/**
 * The shape of `a` as a list of numbers ([] for a number). `a.shape` gives the same.
 *
 * numpy's `np.shape(a)`: [] for a number.
 *
 * numpy: `np.shape(a)`.
 * @example
 * const [n_l, m] = np.shape(Z);
 */
export function shape(a: ArrayLike): number[] {
  return [...toArray(a).shape];
}

/**
 * The same elements in a new shape (one dimension may be -1: whatever fits).
 *
 * numpy: `np.reshape(a, newshape)`.
 * @example
 * np.reshape(P, [1, -1]) // one row; P.reshape(1, -1) does the same
 */
export function reshape(a: ArrayLike, newshape: number | readonly number[]): NDArray {
  return toArray(a).reshape(typeof newshape === "number" ? [newshape] : newshape);
}

/**
 * Drops the axes of length 1 (all of them, or those named).
 *
 * Drops length-1 axes: all of them, or the ones named (which must have length 1).
 *
 * numpy: `np.squeeze(a, axis=None)`.
 * @example
 * np.squeeze(P).item() // (1, 1) -> () -> a number
 */
export function squeeze(a: ArrayLike, axis?: number | readonly number[] | null): NDArray {
  const arr = toArray(a);
  const drop =
    axis === undefined || axis === null
      ? arr.shape.flatMap((d, i) => (d === 1 ? [i] : []))
      : normalizeAxes(axis, arr.ndim);
  if (drop.some((i) => arr.shape[i] !== 1)) {
    throw new ValueError("cannot select an axis to squeeze out which has size not equal to one");
  }
  return fromOwned(valuesOf(arr).slice(), arr.shape.filter((_, i) => !drop.includes(i)));
}

/**
 * Permutes the axes; with no `axes`, reverses them, as `a.T` does.
 *
 * Permutes axes; with no `axes`, reverses them like `a.T`.
 *
 * numpy: `np.transpose(a, axes=None)`.
 * @example
 * np.transpose(A_prev) // A_prev.T
 */
export function transpose(a: ArrayLike, axes?: readonly number[] | null): NDArray {
  const arr = toArray(a);
  if (axes === undefined || axes === null) return arr.T;
  if (axes.length !== arr.ndim) throw new ValueError("axes don't match array");
  const norm = axes.map((ax) => normalizeAxis(ax, arr.ndim));
  if (new Set(norm).size !== norm.length) throw new ValueError("repeated axis in transpose");
  const p = permuteData(valuesOf(arr), arr.shape, norm);
  return fromOwned(p.data, p.shape);
}

/**
 * Inserts axes of length 1 at the given positions.
 *
 * Inserts length-1 axes at the given positions of the result.
 *
 * numpy: `np.expand_dims(a, axis)`.
 * @example
 * np.expand_dims(b, 1) // (n,) -> (n, 1)
 */
export function expand_dims(a: ArrayLike, axis: number | readonly number[]): NDArray {
  const arr = toArray(a);
  const list = typeof axis === "number" ? [axis] : [...axis];
  const nd = arr.ndim + list.length;
  const positions = list.map((ax) => normalizeAxis(ax, nd));
  if (new Set(positions).size !== positions.length) throw new ValueError("repeated axis");
  const rest = [...arr.shape];
  const out = Array.from({ length: nd }, (_, i) => (positions.includes(i) ? 1 : (rest.shift() as number)));
  return fromOwned(valuesOf(arr).slice(), out);
}
