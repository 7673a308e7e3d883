/**
 * Whether two results are the same for the purpose of naming a mistake: the same structure (tuple
 * lengths, dict keys in any order, kinds), the same shapes, and every number close by the case's
 * tolerance. NaN matches NaN and an infinity the same infinity: a mistake that produces NaN is
 * recognised by its NaN.
 */
import type { Tolerance } from "../fixtures/load";
import type { Value } from "../values/value";
import { withinTolerance } from "../np/compare";

/** numpy's isclose with equal_nan (see above). */
const matches = (actual: number, reference: number, tolerance: Tolerance) => withinTolerance(actual, reference, tolerance, true);

/** `reference` plays numpy allclose's second argument: the tolerance scales with its values. */
export function sameValue(actual: Value, reference: Value, tolerance: Tolerance): boolean {
  switch (reference.type) {
    case "ndarray":
      return (
        actual.type === "ndarray" &&
        actual.shape.length === reference.shape.length &&
        actual.shape.every((d, i) => d === reference.shape[i]) &&
        actual.data.every((x, i) => matches(x, reference.data[i], tolerance))
      );
    case "number":
      return actual.type === "number" && matches(actual.value, reference.value, tolerance);
    case "string":
    case "boolean":
    case "none":
      return actual.type === reference.type && actual.value === reference.value;
    case "sequence":
      return actual.type === "sequence" && actual.items.length === reference.items.length && reference.items.every((item, i) => sameValue(actual.items[i], item, tolerance));
    case "mapping": {
      if (actual.type !== "mapping" || actual.entries.length !== reference.entries.length) return false;
      const byKey = new Map(actual.entries);
      return reference.entries.every(([key, item]) => byKey.has(key) && sameValue(byKey.get(key)!, item, tolerance));
    }
    case "other":
      return actual.type === "other" && actual.description === reference.description;
  }
}
