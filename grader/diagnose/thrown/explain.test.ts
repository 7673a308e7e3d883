/** What threw, read and told in the course's terms: pure functions of the error and the student's line. */
import { describe, expect, it } from "vitest";
import { readFailure } from "./failure";
import { explainMissingCall, nearestNames } from "./missing-calls";
import { explainBroadcast, explainDot } from "./shape-errors";

describe("reading what threw", () => {
  it("reads numpy's and V8's texts into data", () => {
    expect(readFailure("ValueError", "shapes (3,2) and (1,3) not aligned: 2 (dim 1) != 1 (dim 0)")).toEqual({ kind: "dot", left: [3, 2], right: [1, 3] });
    expect(readFailure("ValueError", "operands could not be broadcast together with shapes (3,4) (3,) ")).toEqual({ kind: "broadcast", shapes: [[3, 4], [3]] });
    expect(readFailure("ValueError", "can only convert an array of size 1 to a number; this one has shape (3, 3)")).toEqual({ kind: "not-scalar", shape: [3, 3] });
    expect(readFailure("TypeError", "dZ.sum is not a function")).toEqual({ kind: "not-a-function", callee: "dZ.sum" });
    expect(readFailure("ReferenceError", "len is not defined")).toEqual({ kind: "not-defined", name: "len" });
    expect(readFailure("TypeError", "expected a number, an NDArray or nested arrays of numbers, got undefined (in the course's linear_activation_forward, called by your code)")).toEqual({ kind: "not-an-array", got: "undefined" });
  });
});

describe("a shape error in the course's dimensions", () => {
  it("names dA_prev = W·dZ's factors and says which to transpose", () => {
    const text = explainDot("linear_backward", { kind: "dot", left: [1, 3], right: [1, 2] }, "const dA_prev = np.dot(W, dZ);");
    expect(text).toContain("W, which is W[l]: (n[l], n[l-1]) = (1, 3)");
    expect(text).toContain("dZ, which is dZ[l]: (n[l], m) = (1, 2)");
    expect(text).toContain("dA[l-1] = W[l]ᵀ·dZ[l]: transpose W, as in np.dot(W.T, dZ).");
  });

  it("picks, of two products on the line, the one whose shapes fit the error", () => {
    const text = explainDot("linear_backward", { kind: "dot", left: [1, 2], right: [3, 2] }, "return [np.dot(W.T, dZ), np.dot(dZ, A_prev)];");
    expect(text).toContain("`np.dot(dZ, A_prev)`");
    expect(text).toContain("transpose A_prev");
  });

  it("names the operands of a failing np.add", () => {
    const text = explainBroadcast({ kind: "broadcast", shapes: [[3, 4], [3]] }, "const Z = np.add(np.dot(W, A), b);");
    expect(text).toContain("`np.add(np.dot(W, A), b)` combines");
    expect(text).toContain("A 1-d array (n,) counts as a row");
  });
});

describe("calls that do not exist", () => {
  it("finds the nearest names", () => {
    expect(nearestNames("zero", ["zeros", "zeros_like", "ones", "dot"])[0]).toBe("zeros");
    expect(nearestNames("permutation", ["seed", "randn", "rand"])).toEqual([]);
  });

  it("answers a misspelled #np function, a missing namespace and a numpy method with the form that works", () => {
    expect(explainMissingCall({ kind: "not-a-function", callee: "(void 0)" }, "const Z = np.zero([3, 1]);")?.explanation).toContain("the nearest it has: np.zeros");
    expect(explainMissingCall({ kind: "read-of-undefined", property: "norm", of: "undefined" }, "const n = np.linalg.norm(dW);")?.name).toBe("np.linalg.norm is not in #np");
    const method = explainMissingCall({ kind: "not-a-function", callee: "dZ.sum" }, "const db = dZ.sum(axis=1);");
    expect(method?.name).toBe("dZ.sum() does not exist in TypeScript");
    expect(method?.explanation).toContain("np.sum(dZ, { axis: 1, keepdims: true })");
  });
});
