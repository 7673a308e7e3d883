import { type ArrayLike, toArray } from "./convert";
import { ValueError } from "./errors";
import { NDArray } from "./ndarray";
import { sizeOf } from "./strides";

/** Array creation, numpy's names. Every array is float64, whatever numpy would infer. */

export type ShapeLike = number | readonly number[];

function toShape(shape: ShapeLike): number[] {
  const s = typeof shape === "number" ? [shape] : [...shape];
  if (s.some((d) => d < 0)) throw new ValueError("negative dimensions are not allowed");
  return s;
}

/** numpy's `np.array`: always a new array, even from an NDArray. */
export function array(x: ArrayLike): NDArray {
  return x instanceof NDArray ? x.copy() : toArray(x);
}

/** numpy's `np.asarray`: an NDArray comes back as the same object. */
export function asarray(x: ArrayLike): NDArray {
  return toArray(x);
}

export function full(shape: ShapeLike, fill_value: number): NDArray {
  const s = toShape(shape);
  return new NDArray(new Float64Array(sizeOf(s)).fill(fill_value), s);
}

export function zeros(shape: ShapeLike): NDArray {
  return full(shape, 0);
}

export function ones(shape: ShapeLike): NDArray {
  return full(shape, 1);
}

export function zeros_like(a: ArrayLike): NDArray {
  return zeros(toArray(a).shape);
}

export function ones_like(a: ArrayLike): NDArray {
  return ones(toArray(a).shape);
}

export function full_like(a: ArrayLike, fill_value: number): NDArray {
  return full(toArray(a).shape, fill_value);
}

/** `arange(stop)` or `arange(start, stop, step = 1)`; numpy's length rule ceil((stop - start) / step). */
export function arange(start: number, stop?: number, step = 1): NDArray {
  const [lo, hi] = stop === undefined ? [0, start] : [start, stop];
  if (step === 0) throw new ValueError("Maximum allowed size exceeded");
  const n = Math.max(0, Math.ceil((hi - lo) / step));
  // numpy fills from the first two values: start + i * ((start + step) - start)
  const delta = lo + step - lo;
  const data = Float64Array.from({ length: n }, (_, i) => (i === 1 ? lo + step : lo + i * delta));
  return new NDArray(data, [n]);
}

/** Ones on the k-th diagonal of an N × M matrix. */
export function eye(N: number, M: number = N, k = 0): NDArray {
  const out = zeros([N, M]);
  for (let i = 0; i < N; i++) {
    const j = i + k;
    if (j >= 0 && j < M) out.data[i * M + j] = 1;
  }
  return out;
}
