import { broadcastShapes, broadcastStrides } from "./broadcast";
import { type ArrayLike, toArray } from "./convert";
import { multiply } from "./elementwise";
import { ValueError } from "./errors";
import { gemv, inner } from "./gemm";
import { product, RESIDENT_MIN } from "./kernels/product";
import { fromDeferred, fromOwned, lendValues, NDArray, pendingTranspose, valuesOf } from "./ndarray";
import { shapeText } from "./shapetext";
import { sizeOf } from "./strides";

/**
 * The matrix product: the last axis of `a` meets the first axis of `b` (for 2-d arrays), so the columns of
 * `a` must equal the rows of `b`.
 *
 * numpy's `dot`: a number or 0-d operand multiplies; 1-d · 1-d is the inner product (a 0-d array here, a
 * scalar in numpy); otherwise the last axis of `a` meets the second-to-last of `b` (or the only axis of a
 * 1-d `b`). Results match BLAS to rounding, not bit for bit.
 *
 * numpy: `np.dot(a, b)`.
 * @example
 * np.dot(P, Q) // (2, 3)·(3, 4) = (2, 4); np.dot(Q, P) throws: 4 columns, 2 rows
 */
export function dot(a: ArrayLike, b: ArrayLike): NDArray {
  const A = toArray(a);
  const B = toArray(b);
  if (A.ndim === 0 || B.ndim === 0) return multiply(A, B);
  const k = A.shape[A.ndim - 1];
  const bAxis = B.ndim === 1 ? 0 : B.ndim - 2;
  if (k !== B.shape[bAxis]) {
    throw new ValueError(
      `shapes ${shapeText(A.shape)} and ${shapeText(B.shape)} not aligned: ` +
        `${k} (dim ${A.ndim - 1}) != ${B.shape[bAxis]} (dim ${bAxis})`,
    );
  }
  const m = sizeOf(A.shape.slice(0, -1));
  if (B.ndim === 1) return fromOwned(gemv(valuesOf(A), valuesOf(B), m, k), A.shape.slice(0, -1));
  const n = B.shape[B.ndim - 1];
  const stack = sizeOf(B.shape.slice(0, -2));
  const outShape = [...A.shape.slice(0, -1), ...B.shape.slice(0, -2), n];
  if (stack === 1) return matrixProduct(A, B, m, k, n, outShape);
  // result[i, t, j] = A[i, :] · B[t, :, j]: compute each stacked product, then interleave
  const out = new Float64Array(m * stack * n);
  const tmp = new Float64Array(m * n);
  for (let t = 0; t < stack; t++) {
    product(valuesOf(A), 0, valuesOf(B), t * k * n, tmp, 0, m, k, n);
    for (let i = 0; i < m; i++) out.set(tmp.subarray(i * n, (i + 1) * n), (i * stack + t) * n);
  }
  return fromOwned(out, outShape);
}

const SIGNATURE = "(n?,k),(k,m?)->(n?,m?)";

/**
 * The matrix product, as Python's `@` operator (TypeScript has no `@`): no scalars, leading axes broadcast
 * as stacks.
 *
 * numpy's `matmul` (the `@` operator): no scalars, and leading axes broadcast as stacks.
 *
 * numpy: `np.matmul(a, b) or a @ b`.
 * @example
 * np.matmul(P, Q) // P @ Q in Python
 */
export function matmul(a: ArrayLike, b: ArrayLike): NDArray {
  const A = toArray(a);
  const B = toArray(b);
  [A, B].forEach((x, i) => {
    if (x.ndim === 0) {
      throw new ValueError(
        `matmul: Input operand ${i} does not have enough dimensions ` +
          `(has 0, gufunc core with signature ${SIGNATURE} requires 1)`,
      );
    }
  });
  // 1-d operands are promoted to a row (a) or a column (b), and that axis is dropped after
  const a2 = A.ndim === 1 ? [1, A.shape[0]] : A.shape;
  const b2 = B.ndim === 1 ? [B.shape[0], 1] : B.shape;
  const [m, k] = a2.slice(-2);
  const [kb, n] = b2.slice(-2);
  if (k !== kb) {
    throw new ValueError(
      `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature ` +
        `${SIGNATURE} (size ${kb} is different from ${k})`,
    );
  }
  const batch = matmulBatchShape(A, B, a2, b2, [m, n]);
  if (batch.length === 0 && m * n > 1) {
    return matrixProduct(A, B, m, k, n, [...(A.ndim === 1 ? [] : [m]), ...(B.ndim === 1 ? [] : [n])]);
  }
  const out = new Float64Array(sizeOf(batch) * m * n);
  const aStrides = broadcastStrides(a2.slice(0, -2), batch);
  const bStrides = broadcastStrides(b2.slice(0, -2), batch);
  for (let t = 0; t < sizeOf(batch); t++) {
    const [ai, bi] = [aStrides, bStrides].map((s) => stackIndex(t, batch, s));
    if (m === 1 && n === 1) out[t] = inner(valuesOf(A), ai * m * k, valuesOf(B), bi * k * n, k);
    else product(valuesOf(A), ai * m * k, valuesOf(B), bi * k * n, out, t * m * n, m, k, n);
  }
  const shape = [...batch, ...(A.ndim === 1 ? [] : [m]), ...(B.ndim === 1 ? [] : [n])];
  return fromOwned(out, shape);
}

/**
 * Results from this many elements are made only when first read, if their operands cannot change:
 * the course's backward pass computes dA0 = W1ᵀ·dZ1 (12288 × 209, 20 MB) every iteration and
 * never reads it; made, it cost ~12 ms of a ~34 ms iteration (the product, 20 MB of fresh pages,
 * the copy out of wasm memory). Read, it costs what it did, and gives the same values.
 */
const DEFER_MIN = 1 << 20;

/**
 * The product of A (m × k: its leading axes as rows) and B (k × n) as a new array of `shape`,
 * deferred when big (DEFER_MIN).
 */
function matrixProduct(A: NDArray, B: NDArray, m: number, k: number, n: number, shape: number[]): NDArray {
  const defer = m * n >= DEFER_MIN;
  const a = operand(A, defer);
  const b = operand(B, defer || B.size >= RESIDENT_MIN);
  const make = () => {
    const out = new Float64Array(m * n);
    product(a.values, 0, b.values, 0, out, 0, m, k, n, { transA: a.transposed, transB: b.transposed, stableB: b.stable });
    return out;
  };
  return defer && a.stable && b.stable ? fromDeferred(make, shape) : fromOwned(make(), shape);
}

/**
 * A matrix operand as the product takes it: a lazy `.T` (ndarray.ts) by its source's values, which
 * the product packs transposed, so the transpose is never made. With `lend`, values that cannot
 * change (nobody outside `#np` holds them) are lent (`stable`): the product may keep a copy for
 * the next one, or run later.
 */
function operand(x: NDArray, lend: boolean): { values: Float64Array; transposed: boolean; stable: boolean } {
  const source = pendingTranspose(x);
  if (source !== undefined) return { values: source, transposed: true, stable: true }; // the source is lent already
  const lent = lend ? lendValues(x) : undefined;
  return { values: lent ?? valuesOf(x), transposed: false, stable: lent !== undefined };
}

function matmulBatchShape(A: NDArray, B: NDArray, a2: number[], b2: number[], core: number[]): number[] {
  try {
    return broadcastShapes(a2.slice(0, -2), b2.slice(0, -2));
  } catch {
    const remap = (orig: number[], full: number[]) =>
      `${shapeText(orig)}->${shapeText([...full.slice(0, -2), -1, -1])} `;
    throw new ValueError(
      "operands could not be broadcast together with remapped shapes [original->remapped]: " +
        `${remap(A.shape, a2)}${remap(B.shape, b2)} and requested shape ${shapeText(core)}`,
    );
  }
}

/** Which matrix of an operand's stack serves output stack position t. */
function stackIndex(t: number, batch: readonly number[], strides: readonly number[]): number {
  let idx = 0;
  for (let ax = batch.length - 1; ax >= 0; ax--) {
    idx += (t % batch[ax]) * strides[ax];
    t = Math.floor(t / batch[ax]);
  }
  return idx;
}
