/** Detector: the right numbers in the transposed layout, e.g. Aᵀ·Wᵀ for W·A. */
import type { Tolerance } from "../../fixtures/load";
import { withinTolerance } from "../../np/compare";
import { messages } from "../../messages/messages";
import type { ArrayPair } from "./pairs";

export function detectTransposed({ label, actual, expected }: ArrayPair, tolerance: Tolerance): string | undefined {
  if (expected.shape.length !== 2 || actual.shape.length !== 2) return undefined;
  const [rows, cols] = expected.shape;
  if (rows * cols < 2 || actual.shape[0] !== cols || actual.shape[1] !== rows) return undefined;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (!withinTolerance(actual.data[j * rows + i], expected.data[i * cols + j], tolerance)) return undefined;
    }
  }
  return messages.diagnosis.transposed(label, actual.shape, expected.shape);
}
