import { describe, expect, it } from "vitest";
import { LN2_BITS, POLY1_BITS, POLY_BITS, TABLE_BITS } from "./libm-log-data";
import { reference } from "./test-reference";

describe("glibc log tables", () => {
  it("equal, double for double, the struct log_data bytes read from libm.so.6", () => {
    const ours = [...LN2_BITS, ...POLY_BITS, ...POLY1_BITS, ...TABLE_BITS.flatMap((row) => row.split(" "))];
    expect(ours).toEqual(reference.glibcLogTableBits);
  });

  it("agree with hex-float literals of glibc's e_log_data.c (first and last rows, ln2)", () => {
    // 0x1.62e42fefa3800p-1, 0x1.ef35793c76730p-45; tab[0] = {0x1.734f0c3e0de9fp+0, -0x1.7cc7f79e69000p-2};
    // tab[127] = {0x1.756cadbd6130cp-1, 0x1.432eee32fe000p-2}.
    expect(LN2_BITS).toEqual(["3fe62e42fefa3800", "3d2ef35793c76730"]);
    expect(TABLE_BITS[0]).toBe("3ff734f0c3e0de9f bfd7cc7f79e69000");
    expect(TABLE_BITS[127]).toBe("3fe756cadbd6130c 3fd432eee32fe000");
  });
});
