import { describe, expect, it } from "vitest";
import { gather } from "../strides";
import { transpose2d } from "./transpose";

describe("transpose2d", () => {
  it("gives the element walk's transpose for shapes inside, across and beyond its blocks (64 rows, 4 columns)", () => {
    const shapes = [[1, 1], [1, 7], [5, 1], [16, 16], [17, 33], [40, 3], [3, 40], [64, 209], [130, 6]];
    for (const [rows, cols] of shapes) {
      const data = Float64Array.from({ length: rows * cols }, (_, i) => i * 1.5 - 7);
      const walked = gather(data, [cols, rows], [1, cols]);
      expect([rows, cols, [...transpose2d(data, rows, cols)]]).toEqual([rows, cols, [...walked]]);
    }
  });
});
