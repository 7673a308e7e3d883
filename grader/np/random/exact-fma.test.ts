import { describe, expect, it } from "vitest";
import { fma } from "./exact-fma";
import { MT19937 } from "./mt19937";

const cell = new DataView(new ArrayBuffer(8));

/** x = mantissa * 2^exponent exactly (finite x). */
function decompose(x: number): { mantissa: bigint; exponent: number } {
  cell.setFloat64(0, x);
  const raw = cell.getBigUint64(0);
  const biased = Number((raw >> 52n) & 0x7ffn);
  let mantissa = raw & 0xfffffffffffffn;
  if (biased !== 0) mantissa |= 1n << 52n;
  if (raw >> 63n) mantissa = -mantissa;
  return { mantissa, exponent: biased === 0 ? -1074 : biased - 1075 };
}

/** round(a * b + c) computed with exact integer arithmetic: the oracle for fma. */
function exactFma(a: number, b: number, c: number): number {
  const pa = decompose(a), pb = decompose(b), pc = decompose(c);
  const productExponent = pa.exponent + pb.exponent;
  let exponent = Math.min(productExponent, pc.exponent);
  let sum =
    ((pa.mantissa * pb.mantissa) << BigInt(productExponent - exponent)) +
    (pc.mantissa << BigInt(pc.exponent - exponent));
  if (sum === 0n) return 0;
  const negative = sum < 0n;
  if (negative) sum = -sum;
  // Keep 110 bits plus a sticky bit: rounding that to 53 bits rounds the full value the same way.
  const excess = sum.toString(2).length - 110;
  if (excess > 0) {
    const sticky = (sum & ((1n << BigInt(excess)) - 1n)) !== 0n ? 1n : 0n;
    sum = (sum >> BigInt(excess)) | sticky;
    exponent += excess;
  }
  // Number(bigint) rounds to nearest, ties to even; the power-of-two scalings below are exact.
  let result = Number(sum);
  while (exponent < -600) { result *= 2 ** -600; exponent += 600; }
  while (exponent > 600) { result *= 2 ** 600; exponent -= 600; }
  result *= 2 ** exponent;
  return negative ? -result : result;
}

const mt = new MT19937(20240607);
/** Random double with a full random significand, sign and binary exponent in [lo, hi]. */
function randomDouble(lo: number, hi: number): number {
  const significand = 1 + mt.nextDouble();
  const exponent = lo + Math.floor(mt.nextDouble() * (hi - lo + 1));
  return (mt.next32() & 1 ? -1 : 1) * significand * 2 ** exponent;
}

function countDisagreements(cases: [number, number, number][]): { fused: number; naive: number } {
  let fused = 0, naive = 0;
  for (const [a, b, c] of cases) {
    const want = exactFma(a, b, c);
    if (fma(a, b, c) !== want) fused++;
    if (a * b + c !== want) naive++;
  }
  return { fused, naive };
}

describe("fma", () => {
  it("rounds a * b + c once, like exact arithmetic, on 200,000 random operands", () => {
    const cases = Array.from({ length: 200_000 }, (): [number, number, number] => {
      const a = randomDouble(-40, 40), b = randomDouble(-40, 40);
      return [a, b, randomDouble(-100, 100)];
    });
    const { fused, naive } = countDisagreements(cases);
    expect(fused).toBe(0);
    expect(naive).toBeGreaterThan(0); // the cases do tell fused from unfused arithmetic
  });

  it("rounds correctly when a * b + c lies next to a rounding tie", () => {
    // (1 + i 2^-52)(1 + j 2^-52) = 1 + (i + j) 2^-52 + i j 2^-104; adding +-2^-53 (+- tiny) puts the
    // exact sum at or beside the midpoint between two doubles, where double rounding goes wrong.
    const cases: [number, number, number][] = [];
    for (let i = 1; i < 60; i++) {
      for (let j = -30; j < 30; j++) {
        for (const c of [2 ** -53, -(2 ** -53), 2 ** -53 + 2 ** -105, -(2 ** -53) - 2 ** -106, 3 * 2 ** -54]) {
          cases.push([1 + i * 2 ** -52, 1 + j * 2 ** -52, c], [-(1 + i * 2 ** -52), 1 + j * 2 ** -52, -c]);
        }
      }
    }
    const { fused, naive } = countDisagreements(cases);
    expect(fused).toBe(0);
    expect(naive).toBeGreaterThan(0);
  });

  it("keeps the low bits when c cancels most of a * b", () => {
    const cases = Array.from({ length: 50_000 }, (): [number, number, number] => {
      const a = randomDouble(-20, 20), b = randomDouble(-20, 20);
      const nudge = 1 + (mt.nextDouble() - 0.5) * 2 ** -(mt.next32() % 60);
      return [a, b, -(a * b) * nudge];
    });
    expect(countDisagreements(cases).fused).toBe(0);
  });

  it("handles operands like log's: z * invc - 1 and tiny polynomial terms", () => {
    const cases = Array.from({ length: 50_000 }, (): [number, number, number] => {
      const z = 0.6875 + 0.6875 * mt.nextDouble();
      return [z, (1 / z) * (1 + (mt.nextDouble() - 0.5) * 2 ** -8), -1];
    });
    cases.push([1e-60, 3e-70, 1e-130], [0, 5, -3], [2, 3, -6], [-0.5, 2 ** -40, 2 ** -41]);
    expect(countDisagreements(cases).fused).toBe(0);
  });
});
