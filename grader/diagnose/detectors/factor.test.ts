import { describe, expect, it } from "vitest";
import { ndarrayValue } from "../../values/value";
import { detectFactor } from "./factor";
import { pair, rows, tol } from "./test-helpers";

const expected = rows([0.5, -1, 2], [0, 3, -0.25]);
const times = (k: number) => rows(...[[0.5, -1, 2], [0, 3, -0.25]].map((r) => r.map((x) => x * k)));

describe("detectFactor", () => {
  it("relates a factor of m to a missing average over the examples", () => {
    const finding = detectFactor(pair(times(4), expected, "dW"), tol, 4);
    expect(finding).toContain("dW is m = 4 times the expected values");
    expect(finding).toContain("divide by m");
  });

  it("relates a factor of 1/m to a division by m too many", () => {
    expect(detectFactor(pair(times(0.25), expected, "dA_prev"), tol, 4)).toContain("dA_prev is 1/m times (m = 4) the expected values");
  });

  it("relates -m to a flipped sign and a missing average", () => {
    expect(detectFactor(pair(times(-3), expected), tol, 3)).toContain("-m = -3 times");
  });

  it("gives any other constant factor as a number", () => {
    expect(detectFactor(pair(times(0.8), expected, "dW"), tol, 4)).toContain("dW is 0.8 times the expected values, everywhere");
    expect(detectFactor(pair(times(100), expected, "parameters[\"W1\"]"), tol, undefined)).toContain("100 times");
  });

  it("says when a result is all zeros", () => {
    expect(detectFactor(pair(times(0), expected, "W1"), tol, undefined)).toContain("W1 is all zeros");
  });

  it("reports a single number's factor only when it is m or 1/m", () => {
    const cost = (x: number) => ndarrayValue([], [x]);
    expect(detectFactor(pair(cost(0.9), cost(0.3), "cost"), tol, 3)).toContain("cost is m = 3 times");
    expect(detectFactor(pair(cost(0.7), cost(0.3), "cost"), tol, 3)).toBeUndefined();
  });

  it("stays silent when the ratio is not the same everywhere, or is -1", () => {
    expect(detectFactor(pair(rows([1, 2], [3, 5]), rows([1, 2], [3, 4])), tol, 4)).toBeUndefined();
    expect(detectFactor(pair(times(-1), expected), tol, 4)).toBeUndefined();
  });
});
