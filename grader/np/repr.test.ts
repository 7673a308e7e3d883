import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { formatArray } from "./format";
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

  it("uses the repr for toString and console.log", () => {
    const c = reprs.cases[0];
    const a = toNDArray(c);
    expect(String(a)).toBe(c.repr);
    expect(`${a}`).toBe(c.repr);
    expect(inspect(a)).toBe(c.repr);
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
