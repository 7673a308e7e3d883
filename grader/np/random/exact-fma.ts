/**
 * fused multiply-add — round(a * b + c) with a single rounding — in plain double arithmetic.
 *
 * glibc's __log_fma runs on x86-64 FMA hardware (vfmadd*sd), whose result generally differs from
 * JavaScript's `a * b + c`, which rounds twice. To reproduce it bit for bit we follow Boldo and
 * Melquiond, "Emulation of FMA and correctly rounded sums: proved algorithms using rounding to
 * odd" (IEEE Trans. Computers 57(4), 2008), algorithm "Emul FMA":
 *
 *   (uh, ul) = ExactMult(a, b)   uh + ul == a * b exactly      (Dekker / Veltkamp)
 *   (th, tl) = ExactAdd(c, uh)   th + tl == c + uh exactly     (Knuth's TwoSum)
 *   v        = RO(tl + ul)       the sum rounded to odd
 *   result   = RN(th + v)        == RN(a * b + c)
 *
 * which they prove correct in binary64 when nothing underflows or overflows. Rounding to odd
 * (keep an inexact result only if its last significand bit is 1, otherwise step one ulp towards
 * the exact value) keeps the sticky information that a second plain rounding would otherwise lose.
 *
 * Preconditions (all met inside log, whose operands lie far from both ends of the exponent
 * range): finite operands, |a|, |b| < 2^995, and no partial product below 2^-969. Outside that
 * range the result can be off; exact-fma.test.ts checks against exact BigInt arithmetic.
 */

/** 2^27 + 1: Veltkamp's constant that splits a double into two 26-bit halves. */
const VELTKAMP_SPLITTER = 134217729;

// Scratch cell to read a double's low significand bits (little-endian: word 0 is the low word).
const scratchFloat = new Float64Array(1);
const scratchWords = new Uint32Array(scratchFloat.buffer);

/**
 * Rounds `rounded + error` (the exact sum, where rounded is its nearest double and error != 0
 * the remainder) to odd: returns `rounded` if its last bit is 1, else its neighbour on the side
 * of `error`. `rounded` is never 0 here, because a sum of two doubles that rounds to 0 is exact.
 */
function roundToOdd(rounded: number, error: number): number {
  scratchFloat[0] = rounded;
  const low = scratchWords[0];
  if ((low & 1) === 1) return rounded;
  const growsInMagnitude = rounded > 0 === error > 0;
  if (growsInMagnitude) {
    scratchWords[0] = low + 1; // low is even, so no carry into the high word
  } else if (low === 0) {
    scratchWords[0] = 0xffffffff;
    scratchWords[1] = scratchWords[1] - 1;
  } else {
    scratchWords[0] = low - 1;
  }
  return scratchFloat[0];
}

/** round(a * b + c) with one rounding, as the x86-64 vfmadd instructions compute it. */
export function fma(a: number, b: number, c: number): number {
  // ExactMult: product == a * b rounded, productError == the exact remainder (Dekker 1971).
  const product = a * b;
  let split = VELTKAMP_SPLITTER * a;
  const aHigh = split - (split - a);
  const aLow = a - aHigh;
  split = VELTKAMP_SPLITTER * b;
  const bHigh = split - (split - b);
  const bLow = b - bHigh;
  const productError = aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;

  // ExactAdd: sum + sumError == c + product exactly (TwoSum, no ordering of magnitudes needed).
  const sum = c + product;
  const productPart = sum - c;
  const sumError = c - (sum - productPart) + (product - productPart);

  // RO(sumError + productError), again via TwoSum to know whether and which way it was inexact.
  const tail = sumError + productError;
  const tailProductPart = tail - sumError;
  const tailError = sumError - (tail - tailProductPart) + (productError - tailProductPart);
  const tailToOdd = tailError === 0 ? tail : roundToOdd(tail, tailError);

  return sum + tailToOdd;
}
