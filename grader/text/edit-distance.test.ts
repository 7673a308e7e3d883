import { describe, expect, it } from "vitest";
import { editDistance } from "./edit-distance";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("linear_foward", "linear_forward")).toBe(1);
    expect(editDistance("zero", "zeros")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("counts a swap of neighbours as one edit only when asked (a typing slip in a flag)", () => {
    expect(editDistance("onyl", "only")).toBe(2);
    expect(editDistance("onyl", "only", { swaps: true })).toBe(1);
  });
});
