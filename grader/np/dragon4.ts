/**
 * Decimal digits of a float64 as numpy's Dragon4 produces them in "unique" mode: the shortest
 * round-tripping digits (which JS's own number-to-string also yields), or, when a cutoff applies,
 * the exact binary value rounded half-to-even (not the shortest digits rounded again): 1/512 at
 * 8 decimals is 0.00195312 in numpy, where toFixed gives ...13.
 */

/** value = 0.d1d2d3... × 10^(exp+1), i.e. the first digit sits at 10^exp. Zero is {"0", 0}. */
export interface Digits {
  digits: string;
  exp: number;
}

/** "fraction": the cutoff counts digits after the decimal point; "total": significant digits. */
export type CutoffMode = "fraction" | "total";

function shortestDigits(x: number): Digits {
  const s = x.toExponential();
  const e = s.indexOf("e");
  return { digits: s.slice(0, e).replace(".", ""), exp: Number(s.slice(e + 1)) };
}

const view = new DataView(new ArrayBuffer(8));

/** x (finite, >= 0) as mantissa × 2^exp with an integer mantissa. */
function binaryParts(x: number): { mantissa: bigint; exp: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa: frac, exp: -1074 };
  return { mantissa: frac | (1n << 52n), exp: biased - 1075 };
}

/** round(x × 10^scale) with ties to even, computed exactly. */
function roundScaled(x: number, scale: number): bigint {
  const { mantissa, exp } = binaryParts(x);
  let num = mantissa;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (scale >= 0) num *= 10n ** BigInt(scale);
  else den *= 10n ** BigInt(-scale);
  const q = num / den;
  const twice = 2n * (num - q * den);
  if (twice > den || (twice === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

function roundToFraction(x: number, fractionDigits: number): Digits {
  const q = roundScaled(x, fractionDigits);
  if (q === 0n) return { digits: "0", exp: 0 };
  const digits = q.toString();
  return { digits, exp: digits.length - 1 - fractionDigits };
}

function roundToTotal(x: number, total: number, expGuess: number): Digits {
  let exp = expGuess;
  for (;;) {
    const digits = roundScaled(x, total - 1 - exp).toString();
    // a carry (9.99 -> 10.0) adds a digit; the shortest form can also overstate the exponent
    // when it rounds up to a power of ten (1e23), which leaves a digit short
    if (digits.length === total) return { digits, exp };
    if (digits.length > total) return { digits: digits.slice(0, total), exp: exp + 1 };
    exp -= 1;
  }
}

/**
 * Digits of |x| (x finite) under a cutoff. `max` / `min` are digit counts in `mode`; -1 means
 * none. Dragon4 stops at the shortest digits unless they are longer than `max` or shorter than
 * `min`; at either cutoff it rounds the exact binary value to the nearest digit (ties to even).
 * So 5e-324 printed with 4 more digits is 4.9407e-324, not 5.0000e-324.
 */
export function dragonDigits(x: number, mode: CutoffMode, max: number, min: number): Digits {
  const v = Math.abs(x);
  if (v === 0) return { digits: "0", exp: 0 };
  const d = shortestDigits(v);
  const count = mode === "total" ? d.digits.length : d.digits.length - 1 - d.exp;
  const cutoff = max >= 0 && count > max ? max : min >= 0 && count < min ? min : -1;
  if (cutoff < 0) return d;
  return mode === "total" ? roundToTotal(v, cutoff, d.exp) : roundToFraction(v, cutoff);
}
