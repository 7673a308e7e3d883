import { describe, expect, it } from "vitest";
import { gather } from "../strides";
import { transpose2d } from "./transpose";

describe("transpose2d", () => {
  it("gives the element walk's transpose for shapes inside, across and beyond its 16 × 16 blocks", () => {
    for (const [rows, cols] of [[1, 1], [1, 7], [5, 1], [16, 16], [17, 33], [40, 3], [3, 40], [64, 209]]) {
      const data = Float64Array.from({ length: rows * cols }, (_, i) => i * 1.5 - 7);
      const walked = gather(data, [cols, rows], [1, cols]);
      expect([rows, cols, [...transpose2d(data, rows, cols)]]).toEqual([rows, cols, [...walked]]);
    }
  });
});
