import { describe, expect, it } from "vitest";
import { formatArray } from "../np/format";
import { NUMPY_TOLERANCE as tolerance } from "../np/compare";
import type { TensorJson } from "../results/types";
import { comparisonView } from "./tensor-view";
import { leaksIn } from "../hidden/leak-guard";

const tensor = (shape: number[], data: TensorJson["data"]): TensorJson => ({ shape, data });
const range = (n: number, f: (i: number) => number = (i) => i) => Array.from({ length: n }, (_, i) => f(i));
const texts = (rows: { cells: { text: string }[] }[]) => rows.map((r) => r.cells.map((c) => c.text));
const flags = (rows: { cells: { differs: boolean }[] }[]) => rows.map((r) => r.cells.map((c) => c.differs));

describe("comparisonView", () => {
  it("shows a small array cell by cell, highlighting exactly the cells beyond numpy's allclose tolerance", () => {
    const view = comparisonView(
      { label: "Z", actual: tensor([2, 2], [1, 2 + 1e-9, 3.1, "NaN"]), expected: tensor([2, 2], [1, 2, 3, 4]), tolerance },
      false,
    );
    expect(texts(view.actual.rows)).toEqual([["1.", "2."], ["3.1", "nan"]]);
    expect(flags(view.actual.rows)).toEqual([[false, false], [true, true]]);
    expect(flags(view.expected!.rows)).toEqual([[false, false], [true, true]]);
    expect(view.actual.columns).toEqual(["0", "1"]);
    expect(view.actual.rows.map((r) => r.index)).toEqual(["0", "1"]);
    expect(view.differing).toBe(2);
    expect(view.total).toBe(4);
    expect(view.differences).toEqual([
      { index: "[1, 0]", actual: "3.1", expected: "3." },
      { index: "[1, 1]", actual: "nan", expected: "4." },
    ]);
  });

  it("marks cells with the case's own tolerance, the expected value as numpy's b, as the check judges them", () => {
    // 0.5 + 0.25·4 = 1.5 exactly; |9.05 − 10| = 0.95 ≤ 0.1·|10| but > 0.1·|9.05|.
    const own = { rtol: 0.25, atol: 0.5 };
    const marks = (actual: number[], expected: number[], t: { rtol: number; atol: number }) =>
      flags(comparisonView({ label: "Z", actual: tensor([actual.length], actual), expected: tensor([expected.length], expected), tolerance: t }, false).actual.rows)[0];
    expect(marks([5.5, 5.5 + 2 ** -40], [4, 4], own)).toEqual([false, true]);
    expect(marks([5.5], [4], { ...own, rtol: 0.24 })).toEqual([true]);
    expect(marks([5.5], [4], { ...own, atol: 0.49 })).toEqual([true]);
    expect(marks([9.05, 10], [10, 9.05], { rtol: 0.1, atol: 0 })).toEqual([false, true]);
  });

  it("summarises arrays of more than 100 elements like numpy: three rows and columns each side of the ellipsis", () => {
    const data = range(20 * 30, (i) => i / 8);
    const view = comparisonView({ label: "W1", actual: tensor([20, 30], data), expected: tensor([20, 30], data), tolerance }, false);
    expect(view.actual.summarised).toBe(true);
    expect(view.actual.columns).toEqual(["0", "1", "2", "…", "27", "28", "29"]);
    expect(view.actual.rows.map((r) => r.index)).toEqual(["0", "1", "2", "…", "17", "18", "19"]);
    expect(view.actual.rows[3].cells.every((c) => c.ellipsis)).toBe(true);
    expect(view.actual.rows[0].cells[0].text).toBe("0.");
    expect(view.actual.rows[6].cells[6].text).toBe("74.875");
    expect(view.actual.numpy).toBe(formatArray({ shape: [20, 30], data: Float64Array.from(data) }, { style: "str", threshold: 100 }));
    expect(view.actual.numpy).toContain("...");
    expect(view.differing).toBe(0);
  });

  it("keeps a 100-element array whole, and marks tables wider than a printed page", () => {
    const view = comparisonView({ label: "A", actual: tensor([2, 50], range(100)), tolerance }, false);
    expect(view.actual.summarised).toBe(false);
    expect(view.actual.rows[0].cells).toHaveLength(50);
    expect(view.actual.wide).toBe(true);
    expect(comparisonView({ label: "A", actual: tensor([3, 5], range(15)), tolerance }, false).actual.wide).toBe(false);
  });

  it("compares no cells when the shapes differ, and says so", () => {
    const view = comparisonView({ label: "Z", actual: tensor([2, 1], [1, 2]), expected: tensor([1, 2], [1, 2]), tolerance }, false);
    expect(view.shapes_differ).toBe(true);
    expect(view.differing).toBeNull();
    expect(flags(view.actual.rows).flat().some(Boolean)).toBe(false);
    expect(view.expected!.shape).toBe("(1, 2)");
  });

  it("drops a hidden case's expected array even when the comparison holds one", () => {
    const view = comparisonView({ label: "Z", actual: tensor([1, 2], [1, 2]), expected: tensor([1, 2], [0.7654321, 2]), tolerance }, true);
    expect(view.expected).toBeNull();
    expect(view.differing).toBeNull();
    expect(view.differences).toEqual([]);
    expect(leaksIn(JSON.stringify(view), [0.7654321])).toEqual([]);
  });

  it("shows 0-d and 1-d arrays as a single row, without row numbers", () => {
    const scalar = comparisonView({ label: "cost", actual: tensor([], [0.5]), tolerance }, false);
    expect(texts(scalar.actual.rows)).toEqual([["0.5"]]);
    expect(scalar.actual.columns).toEqual([]);
    const vector = comparisonView({ label: "b", actual: tensor([3], [1, 2, 3]), tolerance }, false);
    expect(vector.actual.rows.map((r) => r.index)).toEqual([""]);
    expect(vector.actual.shape).toBe("(3,)");
  });
});
