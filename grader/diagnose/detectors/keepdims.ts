/** Detector: a 1-d (n,) array where a column (n, 1) or a row (1, n) was expected: a sum without keepdims. */
import type { Tolerance } from "../../fixtures/load";
import { withinTolerance } from "../../np/compare";
import { messages } from "../../messages/messages";
import type { ArrayPair } from "./pairs";

export function detectMissingKeepdims({ label, actual, expected }: ArrayPair, tolerance: Tolerance): string | undefined {
  if (actual.shape.length !== 1 || expected.shape.length !== 2) return undefined;
  const [rows, cols] = expected.shape;
  if (!((cols === 1 && actual.shape[0] === rows) || (rows === 1 && actual.shape[0] === cols))) return undefined;
  const valuesRight = expected.data.every((e, i) => withinTolerance(actual.data[i], e, tolerance));
  // Zeros are made, not summed: a bias from np.zeros(n) wants np.zeros([n, 1]), not keepdims.
  if (valuesRight && expected.data.every((e) => e === 0)) return messages.diagnosis.oneDimensionalZeros(label, actual.shape, expected.shape);
  return messages.diagnosis.missingKeepdims(label, actual.shape, expected.shape, valuesRight);
}
