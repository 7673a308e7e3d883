/**
 * Stands in for a reference solution inside a student handout, which ships no solutions: it
 * replays the calls the reference made on the course's cases. Grading L_model_forward "with the
 * reference linear_activation_forward" then still works: a correct L_model_forward makes exactly
 * the recorded calls. Bundled into the sandboxed child, like the solutions it replaces.
 */
import { fromValue, toValue } from "../values/live";
import { fromFixtureJson, isTensorJson, toFixtureJson, type FixtureJson } from "../values/fixture-json";
import { describeValue, type Value } from "../values/value";
import { type Tolerance, withinTolerance } from "../np/tolerance";

/**
 * A value on a tape: fixture JSON, and `{ "$none": "undefined" }` for undefined or null, which a
 * wrong caller may pass (a gradient it never computed) and fixtures never hold.
 */
export function toTapeJson(value: Value): FixtureJson {
  switch (value.type) {
    case "none":
      return { $none: value.value };
    case "sequence":
      return value.items.map(toTapeJson);
    case "mapping":
      return Object.fromEntries(value.entries.map(([k, v]) => [k, toTapeJson(v)]));
    default:
      return toFixtureJson(value);
  }
}

export function fromTapeJson(json: FixtureJson): Value {
  if (typeof json === "object" && json !== null && !Array.isArray(json) && Object.keys(json).length === 1 && (json.$none === "undefined" || json.$none === "null")) {
    return { type: "none", value: json.$none };
  }
  if (Array.isArray(json)) return { type: "sequence", items: json.map(fromTapeJson) };
  if (typeof json === "object" && json !== null && !isTensorJson(json)) return { type: "mapping", entries: Object.entries(json).map(([k, v]) => [k, fromTapeJson(v)]) };
  return fromFixtureJson(json);
}

/** One call of a reference: what it returned, or what it threw (a wrong caller's call may throw). */
export type TapeEntry = { args: FixtureJson[]; result: FixtureJson } | { args: FixtureJson[]; threw: { name: string; message: string } };

// The student's code may compute a callee's inputs in another, equivalent order of operations.
const ROUNDING: Tolerance = { rtol: 1e-7, atol: 1e-10 };

/** Why `got` is not the recorded `want`, or undefined when it is (within rounding). */
function mismatch(got: Value, want: Value, label: string): string | undefined {
  if (got.type !== want.type) return `${label} is ${describeValue(got)}; the course's case passes ${describeValue(want)}`;
  if (want.type === "none" && got.type === "none") return got.value === want.value ? undefined : `${label} is ${got.value}; the course's case passes ${want.value}`;
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

/** The reference's error, as the grader sends any reference's error back: by its name and message. */
function rethrow(threw: { name: string; message: string }): never {
  const error = new Error(threw.message);
  error.name = threw.name;
  throw error;
}

export function replay(name: string, tape: readonly TapeEntry[], args: unknown[]): unknown {
  const given = args.map(toValue);
  // The entry nearest to the call, for the message when none matches: the fewest arguments differing.
  let closest: { problem: string; differing: number } | undefined;
  for (const entry of tape) {
    const recorded = entry.args.map(fromTapeJson);
    const problems = recorded.length !== given.length
      ? [`it got ${given.length} arguments; the course's case passes ${recorded.length}`]
      : recorded.map((want, i) => mismatch(given[i], want, `argument ${i + 1}`)).filter((p): p is string => p !== undefined);
    if (problems.length === 0) return "threw" in entry ? rethrow(entry.threw) : fromValue(fromTapeJson(entry.result));
    if (!closest || problems.length < closest.differing) closest = { problem: problems[0], differing: problems.length };
  }
  throw new Error(
    `the reference ${name} (used to grade your function on its own) was called with arguments the course's case never passes: ${closest?.problem ?? "no call was recorded"}. Check what you pass to ${name}.`,
  );
}
