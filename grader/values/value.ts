/**
 * The one data model for everything that crosses a boundary: fixture inputs and expected outputs,
 * and the raw values a student's function returns from the sandbox. The parent computes every
 * verdict on these plain values, never on live objects the student's code could have shaped.
 */
export type Value =
  | { type: "ndarray"; shape: number[]; data: number[] }
  | { type: "number"; value: number }
  | { type: "string"; value: string }
  | { type: "boolean"; value: boolean }
  | { type: "sequence"; items: Value[] }
  | { type: "mapping"; entries: [string, Value][] }
  | { type: "none"; value: "null" | "undefined" }
  /** Anything else a student may return (a Promise, a function, a class instance): described, not kept. */
  | { type: "other"; description: string };

export type NDArrayValue = Extract<Value, { type: "ndarray" }>;

export function ndarrayValue(shape: readonly number[], data: ArrayLike<number>): NDArrayValue {
  return { type: "ndarray", shape: [...shape], data: Array.from(data) };
}

export function shapeText(shape: readonly number[]): string {
  // numpy prints a 1-d shape as (n,) and a 0-d one as ().
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(", ")})`;
}

/** A short description of a value's kind, for messages ("an array of shape (3, 1)", "a number"). */
export function describeValue(value: Value): string {
  switch (value.type) {
    case "ndarray":
      return `an array of shape ${shapeText(value.shape)}`;
    case "number":
      return "a number";
    case "string":
      return "a string";
    case "boolean":
      return "a boolean";
    case "sequence":
      return `a tuple of ${value.items.length} value${value.items.length === 1 ? "" : "s"}`;
    case "mapping":
      return value.entries.length === 0 ? "an empty object" : `an object with keys ${value.entries.map(([k]) => k).join(", ")}`;
    case "none":
      return value.value;
    case "other":
      return value.description;
  }
}

/** Every array inside a value, with its path from the root (indices for tuples, keys for objects). */
export function* arraysIn(value: Value, path: (string | number)[] = []): Generator<[(string | number)[], NDArrayValue]> {
  if (value.type === "ndarray") yield [path, value];
  else if (value.type === "sequence") {
    for (let i = 0; i < value.items.length; i++) yield* arraysIn(value.items[i], [...path, i]);
  } else if (value.type === "mapping") {
    for (const [key, item] of value.entries) yield* arraysIn(item, [...path, key]);
  }
}
