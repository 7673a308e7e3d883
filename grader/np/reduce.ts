import { normalizeAxes } from "./axis";
import { type ArrayLike, toArray } from "./convert";
import { ValueError } from "./errors";
import { fromOwned, NDArray, valuesOf } from "./ndarray";
import { checkOptions } from "./options";
import { pairwiseSum } from "./pairwise";
import { permuteData, sizeOf } from "./strides";

/**
 * sum / mean / max / min over all elements or chosen axes. Like numpy's reductions, a full
 * reduction returns a 0-d array here (numpy: a scalar), and `keepdims` keeps reduced axes as 1.
 *
 * Summation order follows numpy's so results agree bit for bit: numpy sums pairwise when the
 * reduced elements are contiguous (axis=None, or an axis after which only length-1 axes follow)
 * and plainly left to right otherwise (e.g. axis 0 of a matrix, one row added at a time).
 * With several axes that are not trailing, elements are gathered and summed pairwise, which
 * may differ from numpy in the last bits.
 */

export interface ReduceOptions {
  axis?: number | readonly number[] | null;
  keepdims?: boolean;
}

/** An options object, or the axis alone as numpy's second positional argument: sum(a, 1). */
export type ReduceArg = ReduceOptions | number | readonly number[] | null;

function toOptions(fn: string, arg: ReduceArg | undefined): ReduceOptions {
  if (arg === undefined) return {};
  if (arg === null || typeof arg === "number" || Array.isArray(arg)) return { axis: arg as ReduceOptions["axis"] };
  checkOptions(fn, arg, ["axis", "keepdims"]);
  return arg as ReduceOptions;
}

/**
 * The sum of the elements: of all of them, or along `axis`. Options go in an object (numpy's keyword
 * arguments): keepdims keeps the summed axis as length 1.
 *
 * numpy: `np.sum(a, axis=1, keepdims=True)`.
 * @example
 * np.sum(P, { axis: 1, keepdims: true }) // (n, m) -> (n, 1): a column of row sums
 */
export function sum(a: ArrayLike, arg?: ReduceArg): NDArray {
  return reduce(toArray(a), toOptions("sum", arg), sumLanes);
}

/**
 * The mean of the elements: of all of them, or along `axis`, with `{ axis, keepdims }` as numpy's keyword
 * arguments.
 *
 * numpy: `np.mean(a, axis=1, keepdims=True)`.
 * @example
 * np.mean(np.equal(p, Y)) // accuracy, a 0-d array: .item() for the number
 */
export function mean(a: ArrayLike, arg?: ReduceArg): NDArray {
  const arr = toArray(a);
  const options = toOptions("mean", arg);
  // unlike sum, numpy's mean counts items with a strict axis check, so a 0-d array takes no axis
  if (arr.ndim === 0 && options.axis !== undefined && options.axis !== null) normalizeAxes(options.axis, 0);
  const total = reduce(arr, options, sumLanes);
  const count = arr.size / Math.max(total.size, 1);
  // numpy divides the sum by the count (0/0 -> nan for an empty slice, with a warning there)
  return fromOwned(valuesOf(total).map((v) => v / count), total.shape);
}

/**
 * The largest element: of all of them, or along `axis` (`{ axis, keepdims }`).
 *
 * numpy: `np.max(a, axis=0)`.
 * @example
 * np.max(np.abs(dW)).item()
 */
export function max(a: ArrayLike, arg?: ReduceArg): NDArray {
  return reduce(toArray(a), toOptions("max", arg), extremeLanes("maximum", (v, m) => v > m));
}

/**
 * The smallest element: of all of them, or along `axis` (`{ axis, keepdims }`).
 *
 * numpy: `np.min(a, axis=0)`.
 * @example
 * np.min(AL).item()
 */
export function min(a: ArrayLike, arg?: ReduceArg): NDArray {
  return reduce(toArray(a), toOptions("min", arg), extremeLanes("minimum", (v, m) => v < m));
}

/**
 * A lane reducer gets the data viewed as (outer, n, inner): it reduces the n axis for every
 * (outer, inner) pair and writes outer * inner results in row-major order.
 */
type LaneReducer = (data: Float64Array, outer: number, n: number, inner: number) => Float64Array;

function reduce(a: NDArray, options: ReduceOptions, lanes: LaneReducer): NDArray {
  const { axis = null, keepdims = false } = options;
  const nd = a.ndim;
  // numpy lets a 0-d array be reduced over axis 0 or -1 (legacy behaviour of the C code)
  const axes = axis === null ? a.shape.map((_, i) => i) : nd === 0 ? zeroDimAxes(axis) : normalizeAxes(axis, nd);
  const reduced = new Set(axes);
  const keptAxes = a.shape.map((_, i) => i).filter((i) => !reduced.has(i));
  const outShape = keepdims ? a.shape.map((d, i) => (reduced.has(i) ? 1 : d)) : keptAxes.map((i) => a.shape[i]);
  const n = sizeOf(axes.map((i) => a.shape[i]));
  if (axes.length === 1) {
    const ax = axes[0];
    const outer = sizeOf(a.shape.slice(0, ax));
    const inner = sizeOf(a.shape.slice(ax + 1));
    return fromOwned(lanes(valuesOf(a), outer, n, inner), outShape);
  }
  const keptSize = sizeOf(keptAxes.map((i) => a.shape[i]));
  const sorted = [...axes].sort((x, y) => x - y);
  if (sorted.every((ax, i) => ax === nd - sorted.length + i)) {
    return fromOwned(lanes(valuesOf(a), keptSize, n, 1), outShape);
  }
  // move the reduced axes last so every lane is contiguous
  const moved = permuteData(valuesOf(a), a.shape, [...keptAxes, ...sorted]);
  return fromOwned(lanes(moved.data, keptSize, n, 1), outShape);
}

/** A 0-d array has nothing to reduce; numpy still accepts a plain axis 0 or -1 for it. */
function zeroDimAxes(axis: number | readonly number[]): number[] {
  if (axis !== 0 && axis !== -1) normalizeAxes(axis, 0);
  return [];
}

function sumLanes(data: Float64Array, outer: number, n: number, inner: number): Float64Array {
  const out = new Float64Array(outer * inner);
  if (inner === 1) {
    // numpy starts from +0.0, so a sum of -0.0s is +0.0
    for (let o = 0; o < outer; o++) out[o] = 0 + pairwiseSum(data, o * n, n, 1);
    return out;
  }
  for (let o = 0; o < outer; o++) {
    const base = o * n * inner;
    const dst = o * inner;
    for (let i = 0; i < n; i++) {
      const row = base + i * inner;
      for (let j = 0; j < inner; j++) out[dst + j] += data[row + j];
    }
  }
  return out;
}

function extremeLanes(name: string, better: (v: number, m: number) => boolean): LaneReducer {
  return (data, outer, n, inner) => {
    if (n === 0 && outer * inner > 0) {
      throw new ValueError(`zero-size array to reduction operation ${name} which has no identity`);
    }
    const out = new Float64Array(outer * inner);
    for (let o = 0; o < outer; o++) {
      for (let j = 0; j < inner; j++) {
        let m = data[o * n * inner + j];
        for (let i = 1; i < n && m === m; i++) {
          const v = data[(o * n + i) * inner + j];
          if (better(v, m) || v !== v) m = v;
        }
        out[o * inner + j] = m;
      }
    }
    return out;
  };
}
