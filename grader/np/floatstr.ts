import { dragonDigits } from "./dragon4";

/**
 * numpy's `format_float_positional` / `format_float_scientific` (unique mode, which is all that
 * array printing uses), following dragon4.c's FormatPositional / FormatScientific step by step so
 * that padding and trimming match character for character.
 */

/** 'k' keep zeros, '.' trim zeros keep point, '0' keep one zero, '-' trim zeros and point. */
export type Trim = "k" | "." | "0" | "-";

export interface FloatStrOptions {
  precision?: number;
  minDigits?: number;
  trim?: Trim;
  padLeft?: number;
  padRight?: number;
  expDigits?: number;
}

function signOf(x: number): string {
  return x < 0 || Object.is(x, -0) ? "-" : "";
}

function stripZeros(frac: string, trim: Trim): { frac: string; point: boolean } {
  const stripped = frac.replace(/0+$/, "");
  if (stripped.length > 0) return { frac: stripped, point: true };
  if (trim === "0") return { frac: "0", point: true };
  return { frac: "", point: trim !== "-" };
}

export function formatPositional(x: number, o: FloatStrOptions = {}): string {
  const { precision = -1, minDigits = -1, trim = "k", padLeft = -1, padRight = -1 } = o;
  const sign = signOf(x);
  const { digits, exp } = dragonDigits(x, "fraction", precision, minDigits);
  let whole: string;
  let frac: string;
  if (exp >= 0) {
    whole = digits.length <= exp + 1 ? digits + "0".repeat(exp + 1 - digits.length) : digits.slice(0, exp + 1);
    frac = digits.slice(exp + 1);
  } else {
    whole = "0";
    frac = "0".repeat(-exp - 1) + digits;
  }
  let point = trim !== "-" || frac.length > 0;
  if (trim === "0" && frac.length === 0) frac = "0";
  else if (trim === "k" && minDigits > frac.length) frac += "0".repeat(minDigits - frac.length);
  if (trim !== "k" && frac.length > 0) ({ frac, point } = stripZeros(frac, trim));
  let s = sign + whole + (point ? "." : "") + frac;
  if (padRight >= frac.length) {
    if (trim === "-" && frac.length === 0) s += " ";
    s += " ".repeat(padRight - frac.length);
  }
  const left = whole.length + sign.length;
  return padLeft > left ? " ".repeat(padLeft - left) + s : s;
}

export function formatScientific(x: number, o: FloatStrOptions = {}): string {
  const { precision = -1, minDigits = -1, trim = "k", padLeft = -1, expDigits = -1 } = o;
  const sign = signOf(x);
  const { digits, exp } = dragonDigits(
    x,
    "total",
    precision < 0 ? -1 : precision + 1,
    minDigits < 0 ? -1 : minDigits + 1,
  );
  let frac = digits.slice(1);
  let point = true;
  if (frac.length === 0 && trim === "-") point = false;
  if (trim === "0" && frac.length === 0) frac = "0";
  else if (trim === "k" && minDigits > frac.length) frac += "0".repeat(minDigits - frac.length);
  if (trim !== "k" && frac.length > 0) {
    // dragon4.c only restores a zero for '0' here; with '-' a bare point survives
    const stripped = frac.replace(/0+$/, "");
    frac = stripped.length === 0 && trim === "0" ? "0" : stripped;
  }
  const width = Math.max(expDigits < 0 ? 2 : Math.min(expDigits, 5), 1);
  const e = Math.abs(exp).toString().padStart(width, "0");
  const s = sign + digits[0] + (point ? "." : "") + frac + "e" + (exp >= 0 ? "+" : "-") + e;
  const left = 1 + sign.length;
  return padLeft > left ? " ".repeat(padLeft - left) + s : s;
}

/** Python's `repr(float)`, which is also numpy's `str` of a float64 scalar (and of a 0-d array). */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x < 0 ? "-inf" : "inf";
  const { exp } = dragonDigits(x, "total", -1, -1);
  if (x === 0 || (exp >= -4 && exp < 16)) return formatPositional(x, { trim: "0" });
  return formatScientific(x, { trim: "-" });
}
