/**
 * packA and packB of blocking.ts for an operand given by its transpose's values (a lazy `.T`,
 * see ndarray.ts): the same layout in wasm memory, read across instead of along. Packing touches
 * every element once either way, so the transpose costs nothing more; the kernel then reads
 * exactly what it reads after packA/packB, and sums in the same order (the same bits).
 */
import { KC, nextHeight, nextWidth } from "./blocking";

/**
 * packA of rows [i0, i0 + m) of A (k-wide), where S (k × cols, row-major from sOff) is Aᵀ:
 * A[i, p] = S[p, i].
 */
export function packATransposed(
  S: Float64Array,
  sOff: number,
  cols: number,
  i0: number,
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
    // panels of mr rows, then of the smaller heights (blocking.ts): a panel's values of one p are
    // side by side in S's row p, a contiguous copy
    for (let rows = mr; rows > 0; rows = nextHeight(rows)) {
      for (; i + rows <= m; i += rows) {
        for (let p = 0, src = sOff + pc * cols + i0 + i; p < kb; p++, src += cols) {
          for (let r = 0; r < rows; r++) dst[o++] = S[src + r];
        }
      }
    }
  }
}

/**
 * packB of B (k × n), where S (n × k, row-major from sOff) is Bᵀ: B[p, j] = S[j, p]. A panel's
 * `cols` columns of B are `cols` rows of S, read side by side along p.
 */
export function packBTransposed(
  S: Float64Array,
  sOff: number,
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
    for (let cols = nr; cols > 0; cols = nextWidth(cols)) {
      for (; j + cols <= n; j += cols) {
        const row = sOff + j * k + pc;
        if (cols === 4) {
          const [r0, r1, r2, r3] = [row, row + k, row + 2 * k, row + 3 * k];
          for (let p = 0; p < kb; p++, o += 4) {
            dst[o] = S[r0 + p];
            dst[o + 1] = S[r1 + p];
            dst[o + 2] = S[r2 + p];
            dst[o + 3] = S[r3 + p];
          }
        } else {
          for (let p = 0; p < kb; p++) {
            for (let c = 0, src = row + p; c < cols; c++, src += k) dst[o++] = S[src];
          }
        }
      }
    }
  }
}
