/**
 * The pure-JS product, for where WebAssembly cannot run: C = A·B in the summation order of
 * blocking.ts, so it gives the same bits as the WebAssembly kernel without FMA. A 4 × 4 tile of C
 * sits in 16 locals for a whole k-block (V8 keeps most in registers), A and B are read in place:
 * every load of B feeds four multiply-adds and C is written once per block, where an i-k-j loop
 * loads and stores C on every multiply-add.
 */
import { KC } from "./blocking";

/** C[cOff..] = A·B for A (m × k) at aOff and B (k × n) at bOff, all row-major. */
export function jsProduct(
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
  for (let pc = 0; pc < k; pc += KC) {
    const end = Math.min(k, pc + KC);
    const first = pc === 0;
    let i = 0;
    for (; i + 4 <= m; i += 4) {
      const a0 = aOff + i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
      const c0 = cOff + i * n, c1 = c0 + n, c2 = c1 + n, c3 = c2 + n;
      let j = 0;
      for (; j + 4 <= n; j += 4) {
        let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        let s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
        for (let p = pc, b = bOff + pc * n + j; p < end; p++, b += n) {
          const b0 = B[b], b1 = B[b + 1], b2 = B[b + 2], b3 = B[b + 3];
          const x0 = A[a0 + p], x1 = A[a1 + p], x2 = A[a2 + p], x3 = A[a3 + p];
          s00 += x0 * b0; s01 += x0 * b1; s02 += x0 * b2; s03 += x0 * b3;
          s10 += x1 * b0; s11 += x1 * b1; s12 += x1 * b2; s13 += x1 * b3;
          s20 += x2 * b0; s21 += x2 * b1; s22 += x2 * b2; s23 += x2 * b3;
          s30 += x3 * b0; s31 += x3 * b1; s32 += x3 * b2; s33 += x3 * b3;
        }
        if (first) {
          C[c0 + j] = s00; C[c0 + j + 1] = s01; C[c0 + j + 2] = s02; C[c0 + j + 3] = s03;
          C[c1 + j] = s10; C[c1 + j + 1] = s11; C[c1 + j + 2] = s12; C[c1 + j + 3] = s13;
          C[c2 + j] = s20; C[c2 + j + 1] = s21; C[c2 + j + 2] = s22; C[c2 + j + 3] = s23;
          C[c3 + j] = s30; C[c3 + j + 1] = s31; C[c3 + j + 2] = s32; C[c3 + j + 3] = s33;
        } else {
          C[c0 + j] += s00; C[c0 + j + 1] += s01; C[c0 + j + 2] += s02; C[c0 + j + 3] += s03;
          C[c1 + j] += s10; C[c1 + j + 1] += s11; C[c1 + j + 2] += s12; C[c1 + j + 3] += s13;
          C[c2 + j] += s20; C[c2 + j + 1] += s21; C[c2 + j + 2] += s22; C[c2 + j + 3] += s23;
          C[c3 + j] += s30; C[c3 + j + 1] += s31; C[c3 + j + 2] += s32; C[c3 + j + 3] += s33;
        }
      }
      for (let r = i; r < i + 4; r++) edge(A, aOff, B, bOff, C, cOff, r, j, n, k, n, pc, end, first);
    }
    for (; i < m; i++) edge(A, aOff, B, bOff, C, cOff, i, 0, n, k, n, pc, end, first);
  }
}

/** Row i, columns [j0, j1) of one k-block, one element at a time (edges of the tiling). */
function edge(
  A: Float64Array, aOff: number, B: Float64Array, bOff: number, C: Float64Array, cOff: number,
  i: number, j0: number, j1: number, k: number, n: number, pc: number, end: number, first: boolean,
): void {
  const a = aOff + i * k;
  for (let j = j0; j < j1; j++) {
    let s = 0;
    for (let p = pc, b = bOff + pc * n + j; p < end; p++, b += n) s += A[a + p] * B[b];
    const c = cOff + i * n + j;
    C[c] = first ? s : C[c] + s;
  }
}
