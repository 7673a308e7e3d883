import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { array_repr, formatArray } from "./format";
import { formatPositional, formatScientific, pyFloatRepr, type Trim } from "./floatstr";
import { num, reprs, toNDArray } from "./test-reference";

describe(`printing matches numpy ${reprs.numpy}`, () => {
  for (const c of reprs.cases) {
    const a = toNDArray(c);
    it(`prints ${c.name} exactly as numpy's repr`, () => {
      expect(formatArray(a, c.options)).toBe(c.repr);
    });
    it(`prints ${c.name} exactly as numpy's str`, () => {
      expect(formatArray(a, { ...c.options, style: "str" })).toBe(c.str);
    });
  }

  it("prints numpy's str for toString and console.log, as Python's print does; np.array_repr gives the repr", () => {
    for (const c of reprs.cases.filter((x) => x.options === undefined || Object.keys(x.options).length === 0)) {
      const a = toNDArray(c);
      expect(String(a)).toBe(c.str);
      expect(`${a}`).toBe(c.str);
      expect(inspect(a)).toBe(c.str);
      expect(array_repr(a)).toBe(c.repr);
    }
  });

  it("prints a 2-d array as print(np.array([[1., 2.], [3., 4.]])) does", () => {
    const a = toNDArray({ nd: [2, 2], data: [1, 2, 3, 4] });
    expect(inspect(a)).toBe("[[1. 2.]\n [3. 4.]]");
    expect(array_repr(a)).toBe("array([[1., 2.],\n       [3., 4.]])");
  });
});

describe("float64 to text matches numpy's format_float_* and str", () => {
  for (const c of reprs.floats) {
    const x = num(c.x);
    it(`formats ${c.x} (${c.kind} ${JSON.stringify(c.options)}) as ${JSON.stringify(c.out)}`, () => {
      const o = c.options;
      const opts = {
        precision: o.precision as number | undefined,
        minDigits: o.min_digits as number | undefined,
        trim: o.trim as Trim | undefined,
        padLeft: o.pad_left as number | undefined,
        padRight: o.pad_right as number | undefined,
        expDigits: o.exp_digits as number | undefined,
      };
      const got =
        c.kind === "positional"
          ? formatPositional(x, opts)
          : c.kind === "scientific"
            ? formatScientific(x, opts)
            : pyFloatRepr(x);
      expect(got).toBe(c.out);
    });
  }
});
