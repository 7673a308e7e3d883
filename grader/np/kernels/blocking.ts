/**
 * The summation order every product kernel follows (the WebAssembly one and the pure-JS one), so
 * the two give the same bits and the choice between them never changes a grade:
 * C[i, j] = (...((s_0 + s_1) + s_2)...) where s_b = Σ_{p in block b} A[i, p]·B[p, j], summed from
 * zero with p increasing, and block b covers p in [b·KC, (b+1)·KC).
 *
 * KC keeps a block's share of B (KC rows) in the L2 cache while every row panel of A passes over
 * it; 256 rows of the 209 course images' columns are 428 KB. It is part of the results' bits:
 * changing it changes the last digits of every product with k > KC.
 */
export const KC = 256;

/**
 * A (m × k, row-major from aOff) in the layout the WebAssembly kernel reads: per k-block, panels
 * of `mr` rows with the `mr` values of one p side by side, then the rows left over one by one.
 */
export function packA(
  A: Float64Array,
  aOff: number,
  m: number,
  k: number,
  mr: number,
  dst: Float64Array,
  dstOff: number,
): void {
  let o = dstOff;
  for (let pc = 0; pc < k; pc += KC) {
    const kb = Math.min(KC, k - pc);
    let i = 0;
    for (; i + mr <= m; i += mr) {
      const row = aOff + i * k + pc;
      for (let p = 0; p < kb; p++) {
        for (let r = 0, src = row + p; r < mr; r++, src += k) dst[o++] = A[src];
      }
    }
    for (; i < m; i++) {
      const row = aOff + i * k + pc;
      dst.set(A.subarray(row, row + kb), o);
      o += kb;
    }
  }
}
