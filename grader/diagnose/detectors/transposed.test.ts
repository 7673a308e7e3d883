import { describe, expect, it } from "vitest";
import { detectTransposed } from "./transposed";
import { pair, rows, tol } from "./test-helpers";

describe("detectTransposed", () => {
  it("recognises the expected matrix transposed and says how to put it back", () => {
    const finding = detectTransposed(pair(rows([1, 4], [2, 5], [3, 6]), rows([1, 2, 3], [4, 5, 6]), "Z"), tol);
    expect(finding).toContain("Z is the expected result transposed");
    expect(finding).toContain("(3, 2) instead of (2, 3)");
  });

  it("recognises a row returned for a column", () => {
    expect(detectTransposed(pair(rows([1, 2, 3]), rows([1], [2], [3])), tol)).toContain("transposed");
  });

  it("recognises a square matrix transposed", () => {
    expect(detectTransposed(pair(rows([1, 3], [2, 4]), rows([1, 2], [3, 4])), tol)).toContain("transposed");
  });

  it("stays silent when the swapped shape holds other numbers", () => {
    expect(detectTransposed(pair(rows([1, 4], [2, 5], [3, 7]), rows([1, 2, 3], [4, 5, 6])), tol)).toBeUndefined();
  });

  it("stays silent on a 1 x 1 array, which is its own transpose", () => {
    expect(detectTransposed(pair(rows([2]), rows([1])), tol)).toBeUndefined();
  });
});
