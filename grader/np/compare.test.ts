import { describe, expect, it } from "vitest";
import { allclose, isclose, NUMPY_TOLERANCE, withinTolerance } from "./compare";

// Exact in binary, so the boundary is the formula's and not rounding's: atol + rtol·|b| = 0.5 + 0.25·4 = 1.5.
const tolerance = { rtol: 0.25, atol: 0.5 };
const b = 4;
const justOutside = b + 1.5 + 2 ** -40;

describe("withinTolerance, numpy's |a − b| ≤ atol + rtol·|b|", () => {
  it("accepts a value exactly atol + rtol·|b| away, on either side, and nothing further", () => {
    expect(withinTolerance(b + 1.5, b, tolerance)).toBe(true);
    expect(withinTolerance(b - 1.5, b, tolerance)).toBe(true);
    expect(withinTolerance(justOutside, b, tolerance)).toBe(false);
    expect(withinTolerance(b - 1.5 - 2 ** -40, b, tolerance)).toBe(false);
  });

  it("depends on rtol and on atol: a little less of either puts the boundary value outside", () => {
    expect(withinTolerance(b + 1.5, b, { ...tolerance, rtol: 0.24 })).toBe(false);
    expect(withinTolerance(b + 1.5, b, { ...tolerance, atol: 0.49 })).toBe(false);
    expect(withinTolerance(justOutside, b, { ...tolerance, rtol: 0.26 })).toBe(true);
    expect(withinTolerance(justOutside, b, { ...tolerance, atol: 0.51 })).toBe(true);
  });

  it("scales rtol with the expected value (numpy's b), not with the actual one", () => {
    // |9.05 − 10| = 0.95 ≤ 0.1·|10| but > 0.1·|9.05|: close only with 10 as the expected side.
    const rtolOnly = { rtol: 0.1, atol: 0 };
    expect(withinTolerance(9.05, 10, rtolOnly)).toBe(true);
    expect(withinTolerance(10, 9.05, rtolOnly)).toBe(false);
    expect(allclose([9.05], [10], rtolOnly)).toBe(true);
    expect(allclose([10], [9.05], rtolOnly)).toBe(false);
  });

  it("treats NaN and infinities as numpy does: NaN close to NaN only with equal_nan, an infinity only to itself", () => {
    expect(withinTolerance(NaN, NaN, NUMPY_TOLERANCE)).toBe(false);
    expect(withinTolerance(NaN, NaN, NUMPY_TOLERANCE, true)).toBe(true);
    expect(withinTolerance(NaN, 1, NUMPY_TOLERANCE, true)).toBe(false);
    expect(withinTolerance(Infinity, Infinity, NUMPY_TOLERANCE)).toBe(true);
    expect(withinTolerance(-Infinity, Infinity, NUMPY_TOLERANCE)).toBe(false);
    expect(withinTolerance(1e308, Infinity, { rtol: 1, atol: 1 })).toBe(false);
    expect(withinTolerance(Infinity, 1e308, { rtol: 1, atol: 1 })).toBe(false);
  });

  it("is what np.isclose applies to each pair of elements, with numpy's defaults", () => {
    expect(NUMPY_TOLERANCE).toEqual({ rtol: 1e-5, atol: 1e-8 });
    const a = [b + 1.5, justOutside, 1 + 1e-5, 1 + 1.1e-5];
    const want = [b, b, 1, 1];
    expect([...isclose(a.slice(0, 2), want.slice(0, 2), tolerance).data]).toEqual([1, 0]);
    expect([...isclose(a.slice(2), want.slice(2)).data]).toEqual([1, 0]);
  });
});
