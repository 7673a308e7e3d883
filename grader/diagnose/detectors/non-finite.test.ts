import { describe, expect, it } from "vitest";
import { ndarrayValue, type Value } from "../../values/value";
import { detectNonFinite } from "./non-finite";

describe("detectNonFinite", () => {
  it("says where NaN first appears and where it spread", () => {
    const caches: Value = {
      type: "sequence",
      items: [ndarrayValue([1, 2], [NaN, NaN]), { type: "sequence", items: [ndarrayValue([2, 2], [1, 2, 3, NaN]), ndarrayValue([1, 1], [Infinity])] }],
    };
    const finding = detectNonFinite(caches, ["AL", "caches"])!;
    expect(finding).toContain("NaN first appears in AL at [0, 0] (2 of its 2 values are not finite)");
    expect(finding).toContain("spreads to caches[0] and caches[1]");
  });

  it("tells Infinity from -Infinity, and handles a number", () => {
    expect(detectNonFinite({ type: "number", value: -Infinity }, "cost")).toContain("-Infinity first appears in cost.");
  });

  it("stays silent when every value is finite", () => {
    expect(detectNonFinite(ndarrayValue([1, 2], [1, 2]), "Z")).toBeUndefined();
  });
});
