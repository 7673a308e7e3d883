/**
 * Layout helpers for row-major Float64Array storage. Arrays here are always C-contiguous (no
 * views), so transposes and broadcasts copy; this keeps every kernel a plain indexed loop. (A
 * matrix's `.T` copies only when first read, and `dot` never reads it: ndarray.ts.)
 */
import { transpose2d } from "./kernels/transpose";

export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Element strides (not bytes) of a C-contiguous array. */
export function stridesOf(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}

/**
 * Copies `data` into the order given by `srcStrides` walked over `outShape`; a stride of 0 repeats
 * an element, which is how both transposes and broadcasts are materialised.
 */
export function gather(
  data: Float64Array,
  outShape: readonly number[],
  srcStrides: readonly number[],
): Float64Array {
  const n = sizeOf(outShape);
  const out = new Float64Array(n);
  const nd = outShape.length;
  if (n === 0) return out;
  if (nd === 0) {
    out[0] = data[0];
    return out;
  }
  const last = nd - 1;
  const inner = outShape[last];
  const innerStride = srcStrides[last];
  const idx = new Array<number>(nd).fill(0);
  let src = 0;
  for (let o = 0; o < n; o += inner) {
    let s = src;
    for (let j = 0; j < inner; j++, s += innerStride) out[o + j] = data[s];
    // odometer over the outer axes
    for (let ax = last - 1; ax >= 0; ax--) {
      idx[ax]++;
      src += srcStrides[ax];
      if (idx[ax] < outShape[ax]) break;
      src -= srcStrides[ax] * outShape[ax];
      idx[ax] = 0;
    }
  }
  return out;
}

/** Data of the array with its axes permuted as numpy's `transpose(axes)`. */
export function permuteData(
  data: Float64Array,
  shape: readonly number[],
  axes: readonly number[],
): { data: Float64Array; shape: number[] } {
  const outShape = axes.map((a) => shape[a]);
  if (shape.length === 2 && axes[0] === 1) return { data: transpose2d(data, shape[0], shape[1]), shape: outShape };
  const strides = stridesOf(shape);
  return { data: gather(data, outShape, axes.map((a) => strides[a])), shape: outShape };
}
