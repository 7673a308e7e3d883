import { formatPositional, formatScientific } from "./floatstr";

/**
 * numpy's arrayprint.FloatingFormat for float64 with the default print options (floatmode
 * "maxprec", sign "-", suppress False): one pass over the values picks positional or scientific
 * notation and the paddings, so that every element of an array prints with the same width.
 */

export interface FloatFormatOptions {
  precision: number;
  suppressSmall: boolean;
}

/** Returns the per-element formatter numpy would build for these values. */
export function makeFloatFormatter(values: ArrayLike<number>, o: FloatFormatOptions): (x: number) => string {
  const finite: number[] = [];
  let hasNonFinite = false;
  let hasNegInf = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) finite.push(v);
    else {
      hasNonFinite = true;
      if (v === -Infinity) hasNegInf = true;
    }
  }
  const expFormat = needsScientific(finite, o.suppressSmall);
  let padLeft = 0;
  let padRight = 0;
  let precision = o.precision;
  let expSize = -1;
  if (finite.length > 0 && expFormat) {
    const strs = finite.map((x) => formatScientific(x, { precision, trim: "." }));
    const parts = strs.map((s) => {
      const [mant, e] = s.split("e");
      const [int, frac] = mant.split(".");
      return { int, frac, e };
    });
    expSize = longest(parts.map((p) => p.e)) - 1;
    precision = longest(parts.map((p) => p.frac));
    padLeft = longest(parts.map((p) => p.int));
    padRight = expSize + 2 + precision;
  } else if (finite.length > 0) {
    const parts = finite.map((x) => formatPositional(x, { precision, trim: "." }).split("."));
    padLeft = longest(parts.map((p) => p[0]));
    padRight = longest(parts.map((p) => p[1]));
  }
  if (hasNonFinite) {
    const offset = padRight + 1;
    padLeft = Math.max(padLeft, 3 - offset, 3 + (hasNegInf ? 1 : 0) - offset);
  }
  const width = padLeft + padRight + 1;
  return (x: number): string => {
    if (!Number.isFinite(x)) {
      const s = Number.isNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
      return s.padStart(width, " ");
    }
    if (expFormat) {
      return formatScientific(x, { precision, minDigits: precision, trim: "k", padLeft, expDigits: expSize });
    }
    return formatPositional(x, { precision, minDigits: 0, trim: ".", padLeft, padRight });
  };
}

/** numpy switches to scientific when values reach 1e8, drop below 1e-4, or span > 3 decades. */
function needsScientific(finite: readonly number[], suppressSmall: boolean): boolean {
  let max = -Infinity;
  let min = Infinity;
  for (const v of finite) {
    const a = Math.abs(v);
    if (a === 0) continue;
    if (a > max) max = a;
    if (a < min) min = a;
  }
  if (max === -Infinity) return false;
  return max >= 1e8 || (!suppressSmall && (min < 0.0001 || max / min > 1000));
}

function longest(strs: readonly string[]): number {
  let n = 0;
  for (const s of strs) if (s.length > n) n = s.length;
  return n;
}
