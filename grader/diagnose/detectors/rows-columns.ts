/**
 * Detector: a 2-d result wrong only in some rows (units) or some columns (examples), the rest right;
 * e.g. a relu mask that differs for one example, or a layer loop that skips a unit.
 */
import type { Tolerance } from "../../fixtures/load";
import { withinTolerance } from "../../np/compare";
import { messages } from "../../messages/messages";
import { sameShape, type ArrayPair } from "./pairs";

export function detectRowsColumns({ label, actual, expected }: ArrayPair, tolerance: Tolerance): string | undefined {
  if (expected.shape.length !== 2 || !sameShape(actual.shape, expected.shape)) return undefined;
  const [rows, cols] = expected.shape;
  const badRows = new Set<number>();
  const badCols = new Set<number>();
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (!withinTolerance(actual.data[i * cols + j], expected.data[i * cols + j], tolerance)) {
        badRows.add(i);
        badCols.add(j);
      }
    }
  }
  if (badRows.size === 0) return undefined;
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  const someRows = badRows.size < rows;
  const someCols = badCols.size < cols;
  if (someRows && someCols) return messages.diagnosis.onlyAt(label, sorted(badRows), sorted(badCols));
  if (someRows) return messages.diagnosis.onlyRows(label, sorted(badRows), rows);
  if (someCols) return messages.diagnosis.onlyColumns(label, sorted(badCols), cols);
  return undefined;
}
