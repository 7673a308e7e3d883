/** Detector: every value has the opposite sign (a minus sign missing, or one too many). */
import type { Tolerance } from "../../fixtures/load";
import { withinTolerance } from "../../np/compare";
import { messages } from "../../messages/messages";
import { sameShape, type ArrayPair } from "./pairs";

export function detectSignFlip({ label, actual, expected }: ArrayPair, tolerance: Tolerance): string | undefined {
  if (!sameShape(actual.shape, expected.shape) || expected.data.every((e) => withinTolerance(0, e, tolerance))) return undefined;
  return expected.data.every((e, i) => withinTolerance(-actual.data[i], e, tolerance)) ? messages.diagnosis.signFlipped(label) : undefined;
}
