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
 * Columns of B per block, for the WebAssembly kernel's loops only (no effect on any result): a
 * KC × NC piece of B (512 KB) stays in L2 while all of A's row panels pass over it. A multiple of
 * every register tile's width the bench tries.
 */
export const NC = 240;

/**
 * A (m × k, row-major from aOff) in the layout the WebAssembly kernel reads: per k-block, panels
 * of `mr` rows with the `mr` values of one p side by side, then the rows left over one by one.
 * (`kc`: the bench's unblocked route only.)
 */
export function packA(
  A: Float64Array,
  aOff: number,
  m: number,
  k: number,
  mr: number,
  dst: Float64Array,
  dstOff: number,
  kc = KC,
): void {
  let o = dstOff;
  for (let pc = 0; pc < k; pc += kc) {
    const kb = Math.min(kc, k - pc);
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

/**
 * Rows of A from which B is packed too (packB): packing costs a pass over B, repaid only when
 * many row panels read each piece of B. Measured: the 512 × 512 product (128 panels) 15% faster,
 * the course's products with m = 20 (5 panels, B the 20 MB images) up to a third slower.
 */
export const PACK_B_MIN_ROWS = 64;

/**
 * B (k × n) packed for the kernel: per k-block, panels of `nr` columns, then of 2, then 1, each
 * panel's kb rows of `cols` values contiguous, so a tile reads B in order.
 */
export function packB(
  B: Float64Array,
  bOff: number,
  k: number,
  n: number,
  nr: number,
  dst: Float64Array,
  dstOff: number,
): void {
  let o = dstOff;
  for (let pc = 0; pc < k; pc += KC) {
    const kb = Math.min(KC, k - pc);
    let j = 0;
    for (const cols of nr === 2 ? [2] : [nr, 2]) {
      for (; j + cols <= n; j += cols) {
        for (let p = 0, src = bOff + pc * n + j; p < kb; p++, src += n) {
          for (let c = 0; c < cols; c++) dst[o++] = B[src + c];
        }
      }
    }
    if (j < n) for (let p = 0, src = bOff + pc * n + j; p < kb; p++, src += n) dst[o++] = B[src];
  }
}
