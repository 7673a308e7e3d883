/**
 * Natural logarithm rounding exactly like the C library numpy's legacy Gaussian calls: glibc 2.36
 * on x86-64 (Debian 12). numpy's mtrand imports `log@GLIBC_2.2.5`; on a CPU with FMA and AVX2
 * glibc's ifunc resolver (libm.so.6 at 0x2ad10) selects __ieee754_log_fma (0x6eda0), which is
 * sysdeps/ieee754/dbl-64/e_log.c compiled with -mfma -mavx2. The formulas below copy that C
 * source, but every fused multiply-add is placed where the disassembly of __ieee754_log_fma puts
 * a vfmadd/vfnmadd instruction (GCC contracted `a * b + c` there), and computed with `fma`.
 * Where the product is exact (a power-of-two factor, or k * ln2hi by design of the table) the
 * fused and unfused results are equal, and plain arithmetic is used, as noted line by line.
 */
import { fma } from "./exact-fma";
import { LN2_BITS, POLY1_BITS, POLY_BITS, TABLE_BITS } from "./libm-log-data";

const bitsCell = new DataView(new ArrayBuffer(8));
function doubleFromHex(hex: string): number {
  bitsCell.setBigUint64(0, BigInt(`0x${hex}`));
  return bitsCell.getFloat64(0);
}

const [LN2_HI, LN2_LO] = LN2_BITS.map(doubleFromHex);
const [A0, A1, A2, A3, A4] = POLY_BITS.map(doubleFromHex);
const [B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10] = POLY1_BITS.map(doubleFromHex);
const INV_C = new Float64Array(TABLE_BITS.map((row) => doubleFromHex(row.slice(0, 16))));
const LOG_C = new Float64Array(TABLE_BITS.map((row) => doubleFromHex(row.slice(17))));

/** Inputs in [1 - 2^-4, 1 + 0x1.09p-4) take the polynomial path around 1 (LO and HI in e_log.c). */
const NEAR_ONE_LOW = 0.9375;
const NEAR_ONE_HIGH = 1.064697265625;
const SMALLEST_NORMAL = 2 ** -1022;
const TWO_POW_27 = 2 ** 27; // e_log.c's 0x1p27, which splits r into 26-bit halves
const TWO_POW_52 = 2 ** 52; // e_log.c's 0x1p52, which scales subnormals up
/** High word of OFF = 0x3fe6000000000000 (0x1.6p-1), the start of the table's range for z. */
const OFF_HIGH_WORD = 0x3fe60000;

// Little-endian views of one double: word 0 holds the low 32 bits, word 1 the sign/exponent.
const xCell = new Float64Array(1);
const xWords = new Uint32Array(xCell.buffer);

/** log(x) for x in [0.9375, 1.064697265625), x != 1: e_log.c's first branch, at 0x6eeb3. */
function logNearOne(x: number): number {
  const r = x - 1.0;
  const r2 = r * r;
  const r3 = r * r2;
  // y = r3 * (B1 + r B2 + r2 B3 + r3 (B4 + r B5 + r2 B6 + r3 (B7 + r B8 + r2 B9 + r3 B10)))
  const b123 = fma(r2, B3, fma(r, B2, B1));
  const b456 = fma(r2, B6, fma(r, B5, B4));
  const b7to10 = fma(r3, B10, fma(r2, B9, fma(r, B8, B7)));
  const poly = fma(fma(b7to10, r3, b456), r3, b123);
  // rhi = r + w - w with w = r * 0x1p27: both steps are FMAs (vfmadd132sd, vfnmadd132sd) but the
  // products by 2^27 are exact, so they round like the plain expressions.
  const widened = r * TWO_POW_27 + r;
  const rHigh = widened - r * TWO_POW_27;
  const rLow = r - rHigh;
  // w = rhi * rhi * B0 (B0 = -0.5, so multiplying by it is exact); hi = r + w; lo = r - hi + w.
  const rHighSquared = rHigh * rHigh;
  const hi = rHighSquared * B0 + r;
  let lo = rHighSquared * B0 + (r - hi);
  lo = fma(B0 * rLow, r + rHigh, lo); // lo += B0 * rlo * (rhi + r)
  const y = fma(poly, r3, lo); // y = r3 * poly; y += lo
  return hi + y; // y += hi
}

/**
 * Natural logarithm of x, bit-identical to glibc 2.36's __ieee754_log_fma for every double,
 * including its special cases: log(±0) = -Infinity, log(1) = +0, log(Infinity) = Infinity,
 * log(negative or NaN) = NaN (glibc also sets errno and FP flags, which JavaScript lacks).
 */
export function libmLog(x: number): number {
  if (x >= NEAR_ONE_LOW && x < NEAR_ONE_HIGH) {
    return x === 1 ? 0 : logNearOne(x);
  }
  let exponentShift = 0;
  if (!(x >= SMALLEST_NORMAL && x < Infinity)) {
    if (x === 0) return -Infinity; // __math_divzero(1)
    if (x === Infinity) return x;
    if (!(x > 0)) return NaN; // negative or NaN: __math_invalid(x)
    x *= TWO_POW_52; // subnormal: scale into the normal range, then take 52 off the exponent
    exponentShift = 52;
  }

  // x = 2^k z with z in [0x1.6p-1, 0x1.6p0); i = which of the 128 subintervals z lies in.
  // tmp = ix - OFF; only its high 32 bits matter because OFF's low word is zero.
  xCell[0] = x;
  const highWord = xWords[1];
  const tmpHigh = (highWord - OFF_HIGH_WORD) | 0;
  const i = (tmpHigh >>> 13) & 0x7f; // (tmp >> (52 - 7)) % 128
  const k = (tmpHigh >> 20) - exponentShift; // arithmetic shift, as (int64_t) tmp >> 52
  xWords[1] = (highWord - (tmpHigh & 0xfff00000)) | 0; // iz = ix - (tmp & 0xfff << 52)
  const z = xCell[0];
  const invc = INV_C[i];
  const logc = LOG_C[i];

  const r = fma(z, invc, -1.0); // __FP_FAST_FMA branch of e_log.c
  const kd = k;
  // w = kd * Ln2hi + logc is a vfmadd213sd, but kd (<= 11 bits) * Ln2hi (42 bits) is exact.
  const w = kd * LN2_HI + logc;
  const hi = w + r;
  const lo = fma(kd, LN2_LO, w - hi + r); // lo = w - hi + r + kd * Ln2lo
  const r2 = r * r;
  const r3 = r * r2;
  // y = lo + r2 * A0 + r * r2 * (A1 + r * A2 + r2 * (A3 + r * A4)) + hi, fused as in 0x6ee45..93.
  const a1to4 = fma(fma(r, A4, A3), r2, fma(r, A2, A1));
  const y = fma(r3, a1to4, fma(r2, A0, lo));
  return y + hi;
}
