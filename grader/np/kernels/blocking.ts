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
 * The heights of A's packed panels and of the register tiles over them: `mr`, then 2, then 1 for
 * the rows left over. The 2-row panel keeps the course's m = 20 products (20 = 6 × 3 + 2 with
 * the 3-row tile) off the 1-row tile, whose 3 accumulators wait on the multiply-add's latency.
 * `nextHeight` walks them without building an array (packing runs for every product, in the
 * grading child without V8's optimizing compiler: a tiny product's cost is mostly this JS).
 */
export function nextHeight(h: number): number {
  return h > 2 ? 2 : h - 1;
}

export function panelHeights(mr: number): number[] {
  const heights: number[] = [];
  for (let h = mr; h > 0; h = nextHeight(h)) heights.push(h);
  return heights;
}

/**
 * The widths of B's packed panels and of the register tiles: `nr`, then 4, 2 and 1 for the
 * columns left over (the course's 209 columns leave 5 after the 6-wide tiles: 4 + 1, with 6
 * accumulators in the 4-wide tile where a 2-wide one has 3).
 */
export function nextWidth(w: number): number {
  return w > 4 ? 4 : w > 2 ? 2 : w - 1;
}

export function panelWidths(nr: number): number[] {
  const widths: number[] = [];
  for (let w = nr; w > 0; w = nextWidth(w)) widths.push(w);
  return widths;
}

/**
 * A (m × k, row-major from aOff) in the layout the WebAssembly kernel reads: per k-block, panels
 * of `mr` rows with the `mr` values of one p side by side, then the rows left over in panels of
 * nextHeight's smaller heights. (`kc`: the bench's unblocked route only.)
 *
 * The same walk packs a B given by its transpose S (n × k, a lazy `.T`, see ndarray.ts): B's
 * column panels are S's row panels, so packB's layout is packA of S with B's widths for `next`.
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
  next: (size: number) => number = nextHeight,
): void {
  let o = dstOff;
  for (let pc = 0; pc < k; pc += kc) {
    const kb = Math.min(kc, k - pc);
    let i = 0;
    for (let rows = mr; rows > 0; rows = next(rows)) {
      for (; i + rows <= m; i += rows, o += rows * kb) packRows(A, aOff + i * k + pc, k, kb, rows, dst, o);
    }
  }
}

/**
 * One panel of A: `rows` runs of kb values, `k` apart from `src`, interleaved into dst at o. The
 * heights the kernels use are written out (a loop over a variable height ran at half the speed:
 * 0.50 against 0.25 ms for a 512 × 512 A, CPU medians).
 */
function packRows(A: Float64Array, src: number, k: number, kb: number, rows: number, dst: Float64Array, o: number): void {
  // no destructuring or views for small panels: without the optimizing compiler both cost more
  // than a tiny product's packing
  const r1 = src + k;
  const r2 = r1 + k;
  const r3 = r2 + k;
  switch (rows) {
    case 1:
      if (kb >= 64) dst.set(A.subarray(src, src + kb), o);
      else for (let p = 0; p < kb; p++) dst[o + p] = A[src + p];
      return;
    case 2:
      for (let p = 0; p < kb; p++, o += 2) {
        dst[o] = A[src + p];
        dst[o + 1] = A[r1 + p];
      }
      return;
    case 3:
      for (let p = 0; p < kb; p++, o += 3) {
        dst[o] = A[src + p];
        dst[o + 1] = A[r1 + p];
        dst[o + 2] = A[r2 + p];
      }
      return;
    case 4:
      for (let p = 0; p < kb; p++, o += 4) {
        dst[o] = A[src + p];
        dst[o + 1] = A[r1 + p];
        dst[o + 2] = A[r2 + p];
        dst[o + 3] = A[r3 + p];
      }
      return;
    default:
      for (let p = 0; p < kb; p++) {
        for (let r = 0, at = src + p; r < rows; r++, at += k) dst[o++] = A[at];
      }
  }
}

/**
 * Rows of A from which B is packed too (packB): packing costs a pass over B, repaid only when
 * many row panels read each piece of B. Measured (docs/np-performance.md): the 512 × 512 product
 * (171 panels of the 3 × 6 tile) 9% faster with FMA, 16% without; the course's products with
 * m = 20 (7 panels, B the 20 MB images) a third to a half slower.
 */
export const PACK_B_MIN_ROWS = 64;

/**
 * B (k × n, rows `ld` apart from bOff) packed for the kernel: per k-block, panels of
 * panelWidths(nr) columns, each panel's kb rows of `cols` values contiguous, so a tile reads B in
 * order.
 *
 * The same walk packs an A given by its transpose S (k × m, a lazy `.T`): A's row panels are S's
 * column panels, so packA's layout is packB of S with A's heights for `next` and S's row length
 * for `ld` (a pass over rows [i0, i0 + m) of A starts at column i0 of S).
 */
export function packB(
  B: Float64Array,
  bOff: number,
  k: number,
  n: number,
  nr: number,
  dst: Float64Array,
  dstOff: number,
  ld = n,
  next: (size: number) => number = nextWidth,
): void {
  let o = dstOff;
  for (let pc = 0; pc < k; pc += KC) {
    const kb = Math.min(KC, k - pc);
    const full = n - (n % nr);
    for (let p = 0; p < kb; p++) packRow(B, bOff + (pc + p) * ld, full, nr, kb * nr, dst, o + p * nr);
    o += kb * full;
    let j = full;
    for (let cols = next(nr); cols > 0; cols = next(cols)) {
      for (; j + cols <= n; j += cols) {
        for (let p = 0, src = bOff + pc * ld + j; p < kb; p++, src += ld) {
          for (let c = 0; c < cols; c++) dst[o++] = B[src + c];
        }
      }
    }
  }
}

/**
 * One row of B's k-block into the nr-wide panels: `count` values from src, read in order, nr by
 * nr to dst at o, `step` apart (one panel's size). Row by row with the widths written out: 0.27
 * ms for a 512 × 512 B, against 0.58 panel by panel with a loop over the width (CPU medians).
 */
function packRow(B: Float64Array, src: number, count: number, nr: number, step: number, dst: Float64Array, o: number): void {
  const end = src + count;
  switch (nr) {
    case 4:
      for (let s = src; s < end; s += 4, o += step) {
        dst[o] = B[s];
        dst[o + 1] = B[s + 1];
        dst[o + 2] = B[s + 2];
        dst[o + 3] = B[s + 3];
      }
      return;
    case 6:
      for (let s = src; s < end; s += 6, o += step) {
        dst[o] = B[s];
        dst[o + 1] = B[s + 1];
        dst[o + 2] = B[s + 2];
        dst[o + 3] = B[s + 3];
        dst[o + 4] = B[s + 4];
        dst[o + 5] = B[s + 5];
      }
      return;
    default:
      for (let s = src; s < end; s += nr, o += step) {
        for (let c = 0; c < nr; c++) dst[o + c] = B[s + c];
      }
  }
}
