/**
 * Detector: a result that holds another part's expected value (tuple items or cache entries in the
 * wrong order) or one of the inputs unchanged (a parameter never updated, an array passed through).
 * Arrays of zeros are left out: they would match by coincidence.
 */
import type { Tolerance } from "../../fixtures/load";
import { messages } from "../../messages/messages";
import { allClose, type ArrayPair, type LabelledArray } from "./pairs";

export interface Candidates {
  /** The other parts of the expected result. */
  expected: readonly LabelledArray[];
  /** The function's inputs, labelled by the course's argument names. */
  inputs: readonly LabelledArray[];
}

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const informative = (c: LabelledArray) => c.value.data.some((x) => x !== 0);

export function detectMisplaced(pair: ArrayPair, candidates: Candidates, tolerance: Tolerance): string | undefined {
  const other = candidates.expected.find((c) => !samePath(c.path, pair.path) && informative(c) && allClose(pair.actual, c.value, tolerance));
  if (other) return messages.diagnosis.holdsOther(pair.label, other.label);
  const input = candidates.inputs.find((c) => informative(c) && allClose(pair.actual, c.value, tolerance));
  return input ? messages.diagnosis.holdsInput(pair.label, input.label) : undefined;
}
