/**
 * numpy's pairwise summation (`pairwise_sum_DOUBLE` in loops_utils.h), reproduced so that sums
 * agree with numpy bit for bit where numpy uses it: below 8 elements a plain loop, up to 128
 * eight interleaved accumulators, above that a split into halves at a multiple of 8.
 */
export function pairwiseSum(a: Float64Array, start: number, n: number, stride: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += a[start + i * stride];
    return res;
  }
  if (n <= 128) {
    // eight accumulators, as numpy's unrolled loop keeps them
    let r0 = a[start], r1 = a[start + stride], r2 = a[start + 2 * stride], r3 = a[start + 3 * stride];
    let r4 = a[start + 4 * stride], r5 = a[start + 5 * stride], r6 = a[start + 6 * stride], r7 = a[start + 7 * stride];
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      const p = start + i * stride;
      r0 += a[p];
      r1 += a[p + stride];
      r2 += a[p + 2 * stride];
      r3 += a[p + 3 * stride];
      r4 += a[p + 4 * stride];
      r5 += a[p + 5 * stride];
      r6 += a[p + 6 * stride];
      r7 += a[p + 7 * stride];
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (; i < n; i++) res += a[start + i * stride];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(a, start, n2, stride) + pairwiseSum(a, start + n2 * stride, n - n2, stride);
}
