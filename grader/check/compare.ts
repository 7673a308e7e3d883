/**
 * Compares what a student's function returned with the expected value, check by check in a fixed
 * order: the kind of value (tuple length, dict keys, number or array), shapes, finiteness, then
 * values with numpy's allclose (np/compare's withinTolerance, the expected value as numpy's b). The
 * first failing check decides the case and its message.
 */
import type { NDArrayValue, Value } from "../values/value";
import { allowance, withinTolerance, type Tolerance } from "../np/compare";
import type { CheckName } from "../results/types";
import { messages } from "../messages/messages";
import { indexLabel, pathLabel, type Path } from "./paths";
import { namedShapeFromExpected } from "../diagnose/dimensions/named";

export interface CheckFailure {
  check: Extract<CheckName, "kind" | "shape" | "finite" | "values">;
  message: string;
  path: Path;
}

export function valueAt(value: Value, path: Path): Value | undefined {
  let current: Value | undefined = value;
  for (const step of path) {
    if (current?.type === "sequence" && typeof step === "number") current = current.items[step];
    else if (current?.type === "mapping" && typeof step === "string") current = current.entries.find(([k]) => k === step)?.[1];
    else return undefined;
  }
  return current;
}

function kindFailure(actual: Value, expected: Value, path: Path, outputs: string | string[]): CheckFailure | undefined {
  const label = pathLabel(path, outputs);
  const fail = (message: string): CheckFailure => ({ check: "kind", message, path });
  switch (expected.type) {
    case "ndarray":
      return actual.type === "ndarray" ? undefined : fail(messages.kind.notArray(label, actual, expected.shape));
    case "number":
      if (actual.type === "number") return undefined;
      return fail(actual.type === "ndarray" ? messages.kind.arrayForNumber(label, actual.shape) : messages.kind.wrong(label, actual, expected));
    case "string":
    case "boolean":
      return actual.type === expected.type && actual.value === expected.value ? undefined : fail(messages.kind.wrong(label, actual, expected));
    case "sequence": {
      if (actual.type !== "sequence" || actual.items.length !== expected.items.length) {
        return fail(messages.kind.tuple(label, actual, expected.items.length, Array.isArray(outputs) && path.length === 0 ? outputs : undefined));
      }
      for (let i = 0; i < expected.items.length; i++) {
        const failure = kindFailure(actual.items[i], expected.items[i], [...path, i], outputs);
        if (failure) return failure;
      }
      return undefined;
    }
    case "mapping": {
      if (actual.type !== "mapping") return fail(messages.kind.wrong(label, actual, expected));
      const expectedKeys = expected.entries.map(([k]) => k);
      const actualKeys = actual.entries.map(([k]) => k);
      const missing = expectedKeys.filter((k) => !actualKeys.includes(k));
      const extra = actualKeys.filter((k) => !expectedKeys.includes(k));
      if (missing.length > 0 || extra.length > 0) return fail(messages.kind.keys(label, missing, extra));
      for (const [key, item] of expected.entries) {
        const failure = kindFailure(valueAt(actual, [key])!, item, [...path, key], outputs);
        if (failure) return failure;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function* arrayPairs(actual: Value, expected: Value, path: Path = []): Generator<[Path, NDArrayValue, NDArrayValue]> {
  if (expected.type === "ndarray" && actual.type === "ndarray") yield [path, actual, expected];
  else if (expected.type === "sequence" && actual.type === "sequence") {
    for (let i = 0; i < expected.items.length; i++) yield* arrayPairs(actual.items[i], expected.items[i], [...path, i]);
  } else if (expected.type === "mapping" && actual.type === "mapping") {
    for (const [key, item] of expected.entries) yield* arrayPairs(valueAt(actual, [key])!, item, [...path, key]);
  }
}

function* numberPairs(actual: Value, expected: Value, path: Path = []): Generator<[Path, number, number]> {
  if (expected.type === "number" && actual.type === "number") yield [path, actual.value, expected.value];
  else if (expected.type === "sequence" && actual.type === "sequence") {
    for (let i = 0; i < expected.items.length; i++) yield* numberPairs(actual.items[i], expected.items[i], [...path, i]);
  } else if (expected.type === "mapping" && actual.type === "mapping") {
    for (const [key, item] of expected.entries) yield* numberPairs(valueAt(actual, [key])!, item, [...path, key]);
  }
}

const sameShape = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/** `hidden`: the case's expected values must not appear in any message (only where and how much). */
export function compareValues(actual: Value, expected: Value, tolerance: Tolerance, outputs: string | string[], hidden = false): CheckFailure | undefined {
  const kind = kindFailure(actual, expected, [], outputs);
  if (kind) return kind;
  const arrays = [...arrayPairs(actual, expected)];
  const numbers = [...numberPairs(actual, expected)];
  for (const [path, got, want] of arrays) {
    // The sandbox already refuses such arrays; a verdict must not rest on that alone.
    if (got.data.length !== got.shape.reduce((p, d) => p * d, 1)) {
      return { check: "kind", message: messages.kind.damagedArray(pathLabel(path, outputs)), path };
    }
    if (!sameShape(got.shape, want.shape)) {
      // In the course's named dimensions when the dimension table knows this place: "Z is Z[l]: (n[l], m) = (1, 2)"
      const named = namedShapeFromExpected(outputs, path, want.shape);
      return { check: "shape", message: messages.shape(pathLabel(path, outputs), got.shape, want.shape, named), path };
    }
  }
  for (const [path, got] of arrays) {
    const bad = got.data.findIndex((x) => !Number.isFinite(x));
    if (bad >= 0) return { check: "finite", message: messages.notFinite(pathLabel(path, outputs), got.data[bad], indexLabel(bad, got.shape)), path };
  }
  for (const [path, got] of numbers) {
    if (!Number.isFinite(got)) return { check: "finite", message: messages.notFinite(pathLabel(path, outputs), got, ""), path };
  }
  for (const [path, got, want] of arrays) {
    const wrong = want.data.flatMap((w, i) => (withinTolerance(got.data[i], w, tolerance) ? [] : [i]));
    if (wrong.length > 0) {
      // The message names the value furthest beyond what its expected value allows.
      const beyond = (i: number) => Math.abs(got.data[i] - want.data[i]) - allowance(want.data[i], tolerance);
      const worst = wrong.reduce((w, i) => (beyond(i) > beyond(w) ? i : w));
      return {
        check: "values",
        message: messages.values(pathLabel(path, outputs), indexLabel(worst, want.shape), got.data[worst], hidden ? undefined : want.data[worst], wrong.length, want.data.length),
        path,
      };
    }
  }
  for (const [path, got, want] of numbers) {
    if (!withinTolerance(got, want, tolerance)) return { check: "values", message: messages.values(pathLabel(path, outputs), "", got, hidden ? undefined : want, 1, 1), path };
  }
  return undefined;
}
