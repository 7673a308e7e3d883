/**
 * Generic mistakes named where the catalogue has no entry, by what the result equals instead of
 * the expected values: 1 - expected in some part (a probability and its complement), the course's own result
 * for the other activation, or the sigmoid's derivative taken at Z instead of σ(Z). The last two
 * are computed by the reference versions on changed inputs (alternativeOutputs, in the grader);
 * this module only compares, as every detector does.
 */
import type { Tolerance } from "../../fixtures/load";
import { withinTolerance } from "../../np/compare";
import type { Value } from "../../values/value";
import { allClose, isFiniteArray, pairsOf, sameShape, type ArrayPair } from "./pairs";

/** What the course's functions return on inputs changed the way a mistake changes them. */
export interface Alternative {
  id: string;
  value: Value;
  /** The mistake's name and its explanation for the part of the result that matches. */
  name: string;
  explain: (label: string) => string;
  hint: string;
}

export interface GenericMistake {
  id: string;
  name: string;
  explanation: string;
  hint: string;
}

/** The wrong parts of the result: finite, and not close to the expected values. */
function wrongPairs(actual: Value, expected: Value, outputs: string | string[], tolerance: Tolerance): ArrayPair[] {
  return pairsOf(actual, expected, outputs).filter((p) => isFiniteArray(p.actual) && !allClose(p.actual, p.expected, tolerance));
}

/** The first wrong part that equals 1 - expected (where that differs from the expected values: not all 0.5). */
export function oneMinusPart(pairs: readonly ArrayPair[], tolerance: Tolerance): ArrayPair | undefined {
  return pairs.find(
      (p) =>
        sameShape(p.actual.shape, p.expected.shape) &&
        p.expected.data.every((e, i) => withinTolerance(p.actual.data[i], 1 - e, tolerance)) &&
        p.expected.data.some((e) => !withinTolerance(1 - e, e, tolerance)),
  );
}

/** The first alternative that every wrong part of the result matches, with the label of the first. */
export function matchingAlternative(actual: Value, expected: Value, outputs: string | string[], tolerance: Tolerance, alternatives: readonly Alternative[]): { alternative: Alternative; label: string } | undefined {
  const wrong = wrongPairs(actual, expected, outputs, tolerance);
  if (wrong.length === 0) return undefined;
  for (const alternative of alternatives) {
    const theirs = pairsOf(actual, alternative.value, outputs);
    const matches = wrong.every((w) => {
      const t = theirs.find((p) => JSON.stringify(p.path) === JSON.stringify(w.path));
      return t !== undefined && allClose(t.actual, t.expected, tolerance);
    });
    if (matches) return { alternative, label: wrong[0].label };
  }
  return undefined;
}

/**
 * Every wrong part holds what another part of the expected result holds (and at least two parts
 * are wrong): the right values returned or stored in another order. The labels of the first two.
 */
export function reorderedParts(actual: Value, expected: Value, outputs: string | string[], tolerance: Tolerance): [string, string] | undefined {
  const wrong = wrongPairs(actual, expected, outputs, tolerance);
  if (wrong.length < 2) return undefined;
  const homes = wrong.map((w) => pairsOf(expected, expected, outputs).find((e) => e.path.join() !== w.path.join() && allClose(w.actual, e.expected, tolerance)));
  return homes.every((h) => h !== undefined) ? [wrong[0].label, homes[0]!.label] : undefined;
}

export function genericMistake(
  actual: Value,
  expected: Value,
  outputs: string | string[],
  tolerance: Tolerance,
  alternatives: readonly Alternative[],
  oneMinus: { name: string; explain: (label: string) => string; hint: string },
  reordered?: { name: string; explain: (label: string, other: string) => string; hint: string },
): GenericMistake | undefined {
  const swapped = reordered && reorderedParts(actual, expected, outputs, tolerance);
  if (swapped && reordered) return { id: "generic/reordered", name: reordered.name, explanation: reordered.explain(...swapped), hint: reordered.hint };
  const found = matchingAlternative(actual, expected, outputs, tolerance, alternatives);
  if (found) return { id: found.alternative.id, name: found.alternative.name, explanation: found.alternative.explain(found.label), hint: found.alternative.hint };
  const wrong = wrongPairs(actual, expected, outputs, tolerance);
  const part = oneMinusPart(wrong, tolerance);
  if (part) return { id: "generic/one-minus", name: oneMinus.name, explanation: oneMinus.explain(part.label), hint: oneMinus.hint };
  return undefined;
}
