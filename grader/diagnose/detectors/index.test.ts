import { describe, expect, it } from "vitest";
import { ndarrayValue, type Value } from "../../values/value";
import { genericFindings } from "./index";
import { rows, tol } from "./test-helpers";

const triple = (...items: Value[]): Value => ({ type: "sequence", items });

describe("genericFindings", () => {
  const expected = triple(rows([1, 2], [3, 4], [5, 6]), rows([0.5, -1, 2]), rows([0.25]));
  const base = { expected, outputs: ["dA_prev", "dW", "db"], args: [], argNames: [], tolerance: tol, m: 4 };

  it("reports each differing part once, with the most specific observation", () => {
    const actual = triple(rows([1, 3, 5], [2, 4, 6]), rows([2, -4, 8]), ndarrayValue([1], [0.25]));
    const findings = genericFindings({ ...base, actual });
    expect(findings).toHaveLength(3);
    expect(findings[0]).toContain("dA_prev is the expected result transposed");
    expect(findings[1]).toContain("dW is m = 4 times");
    expect(findings[2]).toContain("db is a 1-d array (1,)");
  });

  it("says nothing about the parts that are right", () => {
    const actual = triple(rows([1, 2], [3, 4], [5, 6]), rows([-0.5, 1, -2]), rows([0.25]));
    expect(genericFindings({ ...base, actual })).toEqual([expect.stringContaining("dW has the expected values with the opposite sign")]);
  });

  it("puts where NaN first appears before anything else", () => {
    const actual = triple(rows([1, 2], [3, NaN], [5, 6]), rows([0.5, -1, 2]), rows([0.25]));
    expect(genericFindings({ ...base, actual })[0]).toContain("NaN first appears in dA_prev at [1, 1]");
  });
});
