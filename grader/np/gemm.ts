/**
 * Matrix-vector kernels on row-major Float64Array. The matrix product itself is in kernels/product.ts.
 */

/** out[i] = A[i, :] · x for an m×k matrix. */
export function gemv(A: Float64Array, x: Float64Array, m: number, k: number): Float64Array {
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) out[i] = inner(A, i * k, x, 0, k);
  return out;
}

export function inner(a: Float64Array, aOff: number, b: Float64Array, bOff: number, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += a[aOff + i] * b[bOff + i];
  return s;
}
