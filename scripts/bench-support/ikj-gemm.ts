/** The product `#np` shipped before the kernels of grader/np/kernels/ (main until np-speed): kept as the bench's baseline. */
export function gemm(
  A: Float64Array,
  aOff: number,
  B: Float64Array,
  bOff: number,
  C: Float64Array,
  cOff: number,
  m: number,
  k: number,
  n: number,
): void {
  let i = 0;
  for (; i + 3 < m; i += 4) {
    const c0 = cOff + i * n, c1 = c0 + n, c2 = c1 + n, c3 = c2 + n;
    const r0 = aOff + i * k, r1 = r0 + k, r2 = r1 + k, r3 = r2 + k;
    let p = 0;
    for (; p + 3 < k; p += 4) {
      const a00 = A[r0 + p], a01 = A[r0 + p + 1], a02 = A[r0 + p + 2], a03 = A[r0 + p + 3];
      const a10 = A[r1 + p], a11 = A[r1 + p + 1], a12 = A[r1 + p + 2], a13 = A[r1 + p + 3];
      const a20 = A[r2 + p], a21 = A[r2 + p + 1], a22 = A[r2 + p + 2], a23 = A[r2 + p + 3];
      const a30 = A[r3 + p], a31 = A[r3 + p + 1], a32 = A[r3 + p + 2], a33 = A[r3 + p + 3];
      const b0 = bOff + p * n, b1 = b0 + n, b2 = b1 + n, b3 = b2 + n;
      for (let j = 0; j < n; j++) {
        const x0 = B[b0 + j], x1 = B[b1 + j], x2 = B[b2 + j], x3 = B[b3 + j];
        C[c0 + j] += a00 * x0 + a01 * x1 + a02 * x2 + a03 * x3;
        C[c1 + j] += a10 * x0 + a11 * x1 + a12 * x2 + a13 * x3;
        C[c2 + j] += a20 * x0 + a21 * x1 + a22 * x2 + a23 * x3;
        C[c3 + j] += a30 * x0 + a31 * x1 + a32 * x2 + a33 * x3;
      }
    }
    for (; p < k; p++) {
      const a0 = A[r0 + p], a1 = A[r1 + p], a2 = A[r2 + p], a3 = A[r3 + p];
      const bp = bOff + p * n;
      for (let j = 0; j < n; j++) {
        const x = B[bp + j];
        C[c0 + j] += a0 * x;
        C[c1 + j] += a1 * x;
        C[c2 + j] += a2 * x;
        C[c3 + j] += a3 * x;
      }
    }
  }
  for (; i < m; i++) {
    const ci = cOff + i * n;
    const ri = aOff + i * k;
    for (let p = 0; p < k; p++) {
      const a = A[ri + p];
      const bp = bOff + p * n;
      for (let j = 0; j < n; j++) C[ci + j] += a * B[bp + j];
    }
  }
}
