import { describe, expect, it } from "vitest";
import { detectMisplaced } from "./misplaced";
import { pair, rows, tol } from "./test-helpers";

const W = rows([1, 2, 3]);
const A = rows([4, 5], [6, 7], [8, 9]);

describe("detectMisplaced", () => {
  it("says which other part of the result the value belongs to", () => {
    const candidates = { expected: [{ path: [1, 0], label: "cache[0]", value: A }, { path: [1, 1], label: "cache[1]", value: W }], inputs: [] };
    expect(detectMisplaced({ ...pair(W, A, "cache[0]"), path: [1, 0] }, candidates, tol)).toBe(
      "cache[0] holds what cache[1] should hold: check the order of the values you return or store.",
    );
  });

  it("recognises an input passed through unchanged", () => {
    const candidates = { expected: [], inputs: [{ path: ["W2"], label: 'parameters["W2"]', value: W }] };
    expect(detectMisplaced(pair(W, rows([0.9, 2.1, 3]), 'parameters["W2"]'), candidates, tol)).toContain('equals the input parameters["W2"] as it was given');
  });

  it("ignores arrays of zeros, which match by coincidence", () => {
    const zeros = rows([0, 0, 0]);
    const candidates = { expected: [{ path: [2], label: "db", value: zeros }], inputs: [{ path: [0], label: "b", value: zeros }] };
    expect(detectMisplaced(pair(zeros, W), candidates, tol)).toBeUndefined();
  });
});
