import { describe, expect, it } from "vitest";
import { detectSignFlip } from "./sign";
import { pair, rows, tol } from "./test-helpers";

describe("detectSignFlip", () => {
  it("recognises every value with the opposite sign", () => {
    expect(detectSignFlip(pair(rows([-1, 2], [0, -3.5]), rows([1, -2], [0, 3.5]), "dW"), tol)).toContain("dW has the expected values with the opposite sign");
  });

  it("stays silent when only some values flip", () => {
    expect(detectSignFlip(pair(rows([-1, -2]), rows([1, -2])), tol)).toBeUndefined();
  });

  it("stays silent when the expected values are all zero", () => {
    expect(detectSignFlip(pair(rows([0, 0]), rows([0, 0])), tol)).toBeUndefined();
  });
});
