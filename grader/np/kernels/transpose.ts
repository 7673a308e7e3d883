/**
 * The 2-d transpose (`a.T` of a matrix), in square blocks. Walked element by element, a 12288 × 209
 * image matrix reads (or writes) a new cache line, and often a new page, on every element; in
 * blocks of 16 × 16 the block's lines on both sides stay in L1. Within a block the output is
 * written in order (faster here than reading in order). Measured on X (12288, 209), machine busy:
 * strides.ts's odometer walk ~45-60 ms, this ~7-9 ms (numpy's X.T.copy() ~6-7 ms).
 */
const BLOCK = 16;

/** The transpose (cols × rows) of data (rows × cols), both row-major. */
export function transpose2d(data: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let i0 = 0; i0 < rows; i0 += BLOCK) {
    const i1 = Math.min(rows, i0 + BLOCK);
    for (let j0 = 0; j0 < cols; j0 += BLOCK) {
      const j1 = Math.min(cols, j0 + BLOCK);
      for (let j = j0; j < j1; j++) {
        let src = i0 * cols + j;
        for (let dst = j * rows + i0, end = j * rows + i1; dst < end; dst++, src += cols) out[dst] = data[src];
      }
    }
  }
  return out;
}
