import { normalizeAxes, normalizeAxis } from "./axis";
import { type ArrayLike, toArray } from "./convert";
import { ValueError } from "./errors";
import { NDArray } from "./ndarray";
import { permuteData } from "./strides";

/** numpy's shape-only functions. All return new arrays (numpy returns views; nothing here aliases). */

/** numpy's `np.shape(a)`: [] for a number. */
export function shape(a: ArrayLike): number[] {
  return [...toArray(a).shape];
}

export function reshape(a: ArrayLike, newshape: number | readonly number[]): NDArray {
  return toArray(a).reshape(typeof newshape === "number" ? [newshape] : newshape);
}

/** Drops length-1 axes: all of them, or the ones named (which must have length 1). */
export function squeeze(a: ArrayLike, axis?: number | readonly number[] | null): NDArray {
  const arr = toArray(a);
  const drop =
    axis === undefined || axis === null
      ? arr.shape.flatMap((d, i) => (d === 1 ? [i] : []))
      : normalizeAxes(axis, arr.ndim);
  if (drop.some((i) => arr.shape[i] !== 1)) {
    throw new ValueError("cannot select an axis to squeeze out which has size not equal to one");
  }
  return new NDArray(arr.data.slice(), arr.shape.filter((_, i) => !drop.includes(i)));
}

/** Permutes axes; with no `axes`, reverses them like `a.T`. */
export function transpose(a: ArrayLike, axes?: readonly number[] | null): NDArray {
  const arr = toArray(a);
  if (axes === undefined || axes === null) return arr.T;
  if (axes.length !== arr.ndim) throw new ValueError("axes don't match array");
  const norm = axes.map((ax) => normalizeAxis(ax, arr.ndim));
  if (new Set(norm).size !== norm.length) throw new ValueError("repeated axis in transpose");
  const p = permuteData(arr.data, arr.shape, norm);
  return new NDArray(p.data, p.shape);
}

/** Inserts length-1 axes at the given positions of the result. */
export function expand_dims(a: ArrayLike, axis: number | readonly number[]): NDArray {
  const arr = toArray(a);
  const list = typeof axis === "number" ? [axis] : [...axis];
  const nd = arr.ndim + list.length;
  const positions = list.map((ax) => normalizeAxis(ax, nd));
  if (new Set(positions).size !== positions.length) throw new ValueError("repeated axis");
  const rest = [...arr.shape];
  const out = Array.from({ length: nd }, (_, i) => (positions.includes(i) ? 1 : (rest.shift() as number)));
  return new NDArray(arr.data.slice(), out);
}
