/**
 * What the generic detectors look at: each array (or number, as a 0-d array) of a result beside the
 * expected one at the same place, labelled the way the course writes it.
 */
import type { Tolerance } from "../../fixtures/load";
import { withinTolerance } from "../../np/compare";
import { pathLabel, type Path } from "../../check/paths";
import type { NDArrayValue, Value } from "../../values/value";

export interface ArrayPair {
  path: Path;
  /** "Z", "cache[0]", "grads[\"dW1\"]". */
  label: string;
  actual: NDArrayValue;
  expected: NDArrayValue;
}

export interface LabelledArray {
  path: Path;
  label: string;
  value: NDArrayValue;
}

/** A number as a 0-d array, so that every detector sees one kind of value. */
export function asArray(value: Value | undefined): NDArrayValue | undefined {
  if (value?.type === "ndarray") return value;
  if (value?.type === "number") return { type: "ndarray", shape: [], data: [value.value] };
  return undefined;
}

/** Every array and number of `value`, with its path, in order. */
export function arraysOf(value: Value, names: string | string[], path: Path = []): LabelledArray[] {
  const here = asArray(value);
  if (here) return [{ path, label: pathLabel(path, names), value: here }];
  if (value.type === "sequence") return value.items.flatMap((item, i) => arraysOf(item, names, [...path, i]));
  if (value.type === "mapping") return value.entries.flatMap(([key, item]) => arraysOf(item, names, [...path, key]));
  return [];
}

/** The actual array at each place where the expected result has one (places the student left out are skipped). */
export function pairsOf(actual: Value, expected: Value, outputs: string | string[], path: Path = []): ArrayPair[] {
  const want = asArray(expected);
  if (want) {
    const got = asArray(actual);
    return got ? [{ path, label: pathLabel(path, outputs), actual: got, expected: want }] : [];
  }
  if (expected.type === "sequence" && actual.type === "sequence") {
    return expected.items.flatMap((item, i) => (i < actual.items.length ? pairsOf(actual.items[i], item, outputs, [...path, i]) : []));
  }
  if (expected.type === "mapping" && actual.type === "mapping") {
    const byKey = new Map(actual.entries);
    return expected.entries.flatMap(([key, item]) => (byKey.has(key) ? pairsOf(byKey.get(key)!, item, outputs, [...path, key]) : []));
  }
  return [];
}

export const sameShape = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/** numpy's allclose with `expected` as the reference, shapes included. */
export function allClose(actual: NDArrayValue, expected: NDArrayValue, tolerance: Tolerance): boolean {
  return sameShape(actual.shape, expected.shape) && expected.data.every((e, i) => withinTolerance(actual.data[i], e, tolerance));
}

export const isFiniteArray = (a: NDArrayValue) => a.data.every(Number.isFinite);
