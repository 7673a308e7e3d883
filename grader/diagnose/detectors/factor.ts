/**
 * Detector: every value is the expected one times the same constant, related to m when it is m or
 * 1/m (a missing or extra average over the examples), or all zeros. A single number is a constant
 * times any other, so for one value only the factors that mean something (±m, ±1/m) are reported.
 */
import type { Tolerance } from "../../fixtures/load";
import { withinTolerance } from "../../np/compare";
import { messages } from "../../messages/messages";
import { isFiniteArray, sameShape, type ArrayPair } from "./pairs";

/** How near the least-squares factor must be to 1, m or 1/m to be called so: rounding, not tolerance. */
const FACTOR_ROUNDING: Tolerance = { rtol: 1e-6, atol: 1e-6 };
const near = (x: number, y: number) => withinTolerance(x, y, FACTOR_ROUNDING);

export function detectFactor({ label, actual, expected }: ArrayPair, tolerance: Tolerance, m: number | undefined): string | undefined {
  if (!sameShape(actual.shape, expected.shape) || !isFiniteArray(actual)) return undefined;
  const nonZero = expected.data.filter((e) => !withinTolerance(0, e, tolerance)).length;
  if (nonZero === 0) return undefined;
  if (actual.data.every((a) => a === 0)) return messages.diagnosis.allZeros(label);
  // The least-squares factor; then every value must agree with it, not only on average.
  let ae = 0;
  let ee = 0;
  expected.data.forEach((e, i) => {
    ae += actual.data[i] * e;
    ee += e * e;
  });
  const factor = ae / ee;
  if (near(factor, 1) || near(factor, -1)) return undefined; // equal (not a failure) or the sign detector's case
  if (!expected.data.every((e, i) => withinTolerance(actual.data[i], factor * e, tolerance))) return undefined;
  const meaningful = m !== undefined && m > 1 && [m, 1 / m, -m, -1 / m].some((k) => near(factor, k));
  if (nonZero < 2 && !meaningful) return undefined;
  return messages.diagnosis.factor(label, meaningful ? [m!, 1 / m!, -m!, -1 / m!].find((k) => near(factor, k))! : factor, m);
}
