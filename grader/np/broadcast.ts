import { ValueError } from "./errors";
import { fromOwned, NDArray, valuesOf } from "./ndarray";
import { shapeText } from "./shapetext";
import { gather, sizeOf, stridesOf } from "./strides";

/**
 * numpy broadcasting: shapes align on their trailing axes and a length-1 (or missing) axis
 * stretches to match. Kernels below walk the output once, with fast paths for the cases the
 * course hits in its hot loops (same shape, scalar operand, column vector + matrix).
 */

/**
 * The shape arrays of these shapes broadcast to, or numpy's error when they do not: every pair of
 * dimensions, compared from the right, must be equal or 1.
 *
 * numpy: `np.broadcast_shapes(*shapes)`.
 * @example
 * np.broadcast_shapes([3, 4], [3, 1]) // [3, 4]: b (n, 1) broadcasts over the m columns
 */
export function broadcastShapes(...shapes: (readonly number[])[]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out = new Array<number>(nd).fill(1);
  for (const s of shapes) {
    for (let i = 0; i < s.length; i++) {
      const ax = nd - s.length + i;
      const d = s[i];
      if (d === out[ax] || d === 1) continue;
      if (out[ax] !== 1) {
        // numpy lists every operand, each followed by a space, hence the trailing space
        const list = shapes.map((sh) => shapeText(sh) + " ").join("");
        throw new ValueError(`operands could not be broadcast together with shapes ${list}`);
      }
      out[ax] = d;
    }
  }
  return out;
}

/** Strides that read `shape` as if it had `outShape`: 0 along stretched or missing axes. */
export function broadcastStrides(shape: readonly number[], outShape: readonly number[]): number[] {
  const strides = stridesOf(shape);
  const lead = outShape.length - shape.length;
  return outShape.map((_, ax) => (ax < lead || shape[ax - lead] === 1 ? 0 : strides[ax - lead]));
}

/** The array's data laid out in the broadcast shape (a copy; shares nothing). */
export function broadcastData(a: NDArray, outShape: readonly number[]): Float64Array {
  if (sameShape(a.shape, outShape)) return valuesOf(a);
  return gather(valuesOf(a), outShape, broadcastStrides(a.shape, outShape));
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export type Binary = (x: number, y: number) => number;

/** out[i] = f(a[i], b[i]) over the broadcast shape of a and b. */
export function binaryMap(a: NDArray, b: NDArray, f: Binary): NDArray {
  const shape = sameShape(a.shape, b.shape) ? a.shape : broadcastShapes(a.shape, b.shape);
  const n = sizeOf(shape);
  const out = new Float64Array(n);
  const x = valuesOf(a);
  const y = valuesOf(b);
  if (x.length === n && y.length === n) {
    for (let i = 0; i < n; i++) out[i] = f(x[i], y[i]);
  } else if (y.length === 1 && x.length === n) {
    const v = y[0];
    for (let i = 0; i < n; i++) out[i] = f(x[i], v);
  } else if (x.length === 1 && y.length === n) {
    const v = x[0];
    for (let i = 0; i < n; i++) out[i] = f(v, y[i]);
  } else {
    const xs = broadcastData(a, shape);
    const ys = broadcastData(b, shape);
    for (let i = 0; i < n; i++) out[i] = f(xs[i], ys[i]);
  }
  return fromOwned(out, shape);
}

/** The three-operand form `where` needs; not performance-critical. */
export function ternaryMap(
  a: NDArray,
  b: NDArray,
  c: NDArray,
  f: (x: number, y: number, z: number) => number,
): NDArray {
  const shape = broadcastShapes(a.shape, b.shape, c.shape);
  const [xs, ys, zs] = [a, b, c].map((t) => broadcastData(t, shape));
  const out = new Float64Array(sizeOf(shape));
  for (let i = 0; i < out.length; i++) out[i] = f(xs[i], ys[i], zs[i]);
  return fromOwned(out, shape);
}

export function unaryMap(a: NDArray, f: (x: number) => number): NDArray {
  const x = valuesOf(a);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = f(x[i]);
  return fromOwned(out, a.shape);
}
