import { describe, expect, it } from "vitest";
import { compareValues } from "./compare";
import { ndarrayValue, type Value } from "../values/value";

const tol = { rtol: 1e-5, atol: 1e-8 };
const arr = (shape: number[], data: number[]) => ndarrayValue(shape, data);
const tuple = (...items: Value[]): Value => ({ type: "sequence", items });
const num = (value: number): Value => ({ type: "number", value });
const dict = (entries: [string, Value][]): Value => ({ type: "mapping", entries });

describe("compareValues", () => {
  const expected = tuple(arr([1, 2], [1, 2]), tuple(arr([3, 2], [1, 2, 3, 4, 5, 6]), arr([1, 3], [1, 2, 3]), arr([1, 1], [0.5])));
  const outputs = ["Z", "cache"];

  it("accepts a result equal to the expected one within numpy's allclose", () => {
    const actual = tuple(arr([1, 2], [1 + 1e-7, 2]), tuple(arr([3, 2], [1, 2, 3, 4, 5, 6]), arr([1, 3], [1, 2, 3]), arr([1, 1], [0.5])));
    expect(compareValues(actual, expected, tol, outputs)).toBeUndefined();
  });

  it("reports a tuple of the wrong length before anything else", () => {
    const failure = compareValues(tuple(arr([1, 2], [1, 2])), expected, tol, outputs);
    expect(failure).toMatchObject({ check: "kind" });
    expect(failure!.message).toContain("[Z, cache]");
  });

  it("names the cache entry whose shape is wrong", () => {
    const actual = tuple(arr([1, 2], [1, 2]), tuple(arr([2, 3], [1, 2, 3, 4, 5, 6]), arr([1, 3], [1, 2, 3]), arr([1, 1], [0.5])));
    const failure = compareValues(actual, expected, tol, outputs)!;
    expect(failure.check).toBe("shape");
    expect(failure.message).toContain("cache[0] has shape (2, 3); expected (3, 2)");
  });

  it("checks shapes before values, so a transposed result is a shape failure", () => {
    const actual = tuple(arr([2, 1], [9, 9]), tuple(arr([3, 2], [1, 2, 3, 4, 5, 6]), arr([1, 3], [1, 2, 3]), arr([1, 1], [0.5])));
    expect(compareValues(actual, expected, tol, outputs)!.check).toBe("shape");
  });

  it("reports NaN with its position before comparing values", () => {
    const actual = tuple(arr([1, 2], [1, NaN]), tuple(arr([3, 2], [1, 2, 3, 4, 5, 6]), arr([1, 3], [1, 2, 3]), arr([1, 1], [0.5])));
    const failure = compareValues(actual, expected, tol, outputs)!;
    expect(failure.check).toBe("finite");
    expect(failure.message).toContain("Z holds NaN, first at [0, 1]");
  });

  it("reports the worst differing value with its index and how many differ", () => {
    const actual = tuple(arr([1, 2], [1.5, 7]), tuple(arr([3, 2], [1, 2, 3, 4, 5, 6]), arr([1, 3], [1, 2, 3]), arr([1, 1], [0.5])));
    const failure = compareValues(actual, expected, tol, outputs)!;
    expect(failure.check).toBe("values");
    expect(failure.message).toContain("Z[0, 1] is 7; expected 2 (the largest difference; 2 of 2 values differ)");
  });

  it("never shows a hidden case's expected value", () => {
    const actual = tuple(arr([1, 2], [1.5, 7]), tuple(arr([3, 2], [1, 2, 3, 4, 5, 6]), arr([1, 3], [1, 2, 3]), arr([1, 1], [0.5])));
    const failure = compareValues(actual, expected, tol, outputs, true)!;
    expect(failure.message).not.toContain("expected 2");
  });

  it("asks for a plain number when the cost is returned as a (1, 1) array", () => {
    const failure = compareValues(arr([1, 1], [0.2797]), num(0.2797), tol, "cost")!;
    expect(failure.check).toBe("kind");
    expect(failure.message).toContain("return a plain number");
  });

  it("compares a number with allclose", () => {
    expect(compareValues(num(0.27977656), num(0.2797765635793422), tol, "cost")).toBeUndefined();
    expect(compareValues(num(-0.2797765635793422), num(0.2797765635793422), tol, "cost")!.check).toBe("values");
  });

  it("judges values with the case's own tolerance: atol + rtol·|expected| passes, a hair beyond fails", () => {
    // Exact in binary: 0.5 + 0.25·4 = 1.5.
    const own = { rtol: 0.25, atol: 0.5 };
    expect(compareValues(arr([1, 2], [5.5, 1.5]), arr([1, 2], [4, 1]), own, "Z")).toBeUndefined();
    const failure = compareValues(arr([1, 2], [5.5 + 2 ** -40, 1.5]), arr([1, 2], [4, 1]), own, "Z")!;
    expect(failure.message).toContain("Z[0, 0] is 5.5; expected 4 (1 of 2 values differ)");
    expect(compareValues(num(5.5), num(4), { ...own, rtol: 0.24 }, "cost")!.check).toBe("values");
    expect(compareValues(num(5.5), num(4), { ...own, atol: 0.49 }, "cost")!.check).toBe("values");
  });

  it("scales the tolerance with the expected value, not with the student's", () => {
    // |9.05 − 10| = 0.95 ≤ 0.1·|10| but > 0.1·|9.05|.
    const rtolOnly = { rtol: 0.1, atol: 0 };
    expect(compareValues(arr([1], [9.05]), arr([1], [10]), rtolOnly, "Z")).toBeUndefined();
    expect(compareValues(arr([1], [10]), arr([1], [9.05]), rtolOnly, "Z")!.check).toBe("values");
    expect(compareValues(num(9.05), num(10), rtolOnly, "cost")).toBeUndefined();
    expect(compareValues(num(10), num(9.05), rtolOnly, "cost")!.check).toBe("values");
  });

  it("lists missing and unexpected dict keys", () => {
    const want = dict([["dA0", arr([1], [1])], ["dW1", arr([1], [1])]]);
    const got = dict([["dA1", arr([1], [1])], ["dW1", arr([1], [1])]]);
    const failure = compareValues(got, want, tol, "grads")!;
    expect(failure.check).toBe("kind");
    expect(failure.message).toContain("grads is missing the key dA0; grads has unexpected key dA1");
  });

  it("says what was returned when it is not a value at all", () => {
    const failure = compareValues({ type: "other", description: "a Promise" }, expected, tol, outputs)!;
    expect(failure.message).toContain("a Promise");
  });
});

describe("compareValues on a forged array", () => {
  it("refuses an array whose data does not fill its shape, even when the shape is right", () => {
    const forged: Value = { type: "ndarray", shape: [1, 2], data: [] };
    const failure = compareValues(forged, ndarrayValue([1, 2], [1, 2]), { rtol: 1e-5, atol: 1e-8 }, "Z")!;
    expect(failure.check).toBe("kind");
    expect(failure.message).toContain("does not fill its shape");
  });
});
