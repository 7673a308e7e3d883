/**
 * Stands in for a reference solution inside a student handout, which ships no solutions: it
 * replays the calls the reference made on the course's cases. Grading L_model_forward "with the
 * reference linear_activation_forward" then still works: a correct L_model_forward makes exactly
 * the recorded calls. Bundled into the sandboxed child, like the solutions it replaces.
 */
import { fromValue, toValue } from "../values/live";
import { fromFixtureJson, type FixtureJson } from "../values/fixture-json";
import { describeValue, type Value } from "../values/value";
import { withinTolerance, type Tolerance } from "../np/compare";

export interface TapeEntry {
  args: FixtureJson[];
  result: FixtureJson;
}

// The student's code may compute a callee's inputs in another, equivalent order of operations.
const ROUNDING: Tolerance = { rtol: 1e-7, atol: 1e-10 };

/** Why `got` is not the recorded `want`, or undefined when it is (within rounding). */
function mismatch(got: Value, want: Value, label: string): string | undefined {
  if (got.type !== want.type) return `${label} is ${describeValue(got)}; the course's case passes ${describeValue(want)}`;
  if (want.type === "ndarray" && got.type === "ndarray") {
    if (got.shape.join() !== want.shape.join()) return `${label} is ${describeValue(got)}; the course's case passes ${describeValue(want)}`;
    const bad = want.data.findIndex((w, i) => !withinTolerance(got.data[i], w, ROUNDING));
    return bad < 0 ? undefined : `${label} has other values than the course's case passes`;
  }
  if (want.type === "sequence" && got.type === "sequence") {
    if (got.items.length !== want.items.length) return `${label} is ${describeValue(got)}; the course's case passes ${describeValue(want)}`;
    for (let i = 0; i < want.items.length; i++) {
      const m = mismatch(got.items[i], want.items[i], `${label}[${i}]`);
      if (m) return m;
    }
    return undefined;
  }
  if (want.type === "mapping" && got.type === "mapping") {
    // Part 2's models pass dicts (parameters, grads): every key, with its value.
    const keys = (v: typeof want) => v.entries.map(([k]) => k).sort().join(", ");
    if (keys(got) !== keys(want)) return `${label} has the keys ${keys(got)}; the course's case passes ${keys(want)}`;
    const byKey = new Map(got.entries);
    for (const [key, item] of want.entries) {
      const m = mismatch(byKey.get(key)!, item, `${label}["${key}"]`);
      if (m) return m;
    }
    return undefined;
  }
  if ((want.type === "number" || want.type === "string") && "value" in got) {
    return got.value === want.value || (want.type === "number" && withinTolerance(Number(got.value), want.value, ROUNDING))
      ? undefined
      : `${label} is ${JSON.stringify(got.value)}; the course's case passes ${JSON.stringify(want.value)}`;
  }
  return undefined;
}

export function replay(name: string, tape: readonly TapeEntry[], args: unknown[]): unknown {
  const given = args.map(toValue);
  let closest = "";
  for (const entry of tape) {
    const recorded = entry.args.map(fromFixtureJson);
    const problem = recorded.length !== given.length
      ? `it got ${given.length} arguments; the course's case passes ${recorded.length}`
      : recorded.map((want, i) => mismatch(given[i], want, `argument ${i + 1}`)).find(Boolean);
    if (!problem) return fromValue(fromFixtureJson(entry.result));
    closest ||= problem;
  }
  throw new Error(
    `the reference ${name} (used to grade your function on its own) was called with arguments the course's case never passes: ${closest}. Check what you pass to ${name}.`,
  );
}
