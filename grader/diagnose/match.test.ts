import { describe, expect, it } from "vitest";
import { sameValue } from "./match";
import { ndarrayValue, type Value } from "../values/value";

const tol = { rtol: 1e-5, atol: 1e-8 };
const arr = (shape: number[], data: number[]) => ndarrayValue(shape, data);
const num = (value: number): Value => ({ type: "number", value });

describe("sameValue", () => {
  it("matches arrays of the same shape whose values agree within the tolerance", () => {
    expect(sameValue(arr([1, 2], [1, 2 + 1e-7]), arr([1, 2], [1, 2]), tol)).toBe(true);
    expect(sameValue(arr([1, 2], [1, 2.1]), arr([1, 2], [1, 2]), tol)).toBe(false);
  });

  it("uses the case's tolerance with the reference as numpy's b, as the check does", () => {
    // |9.05 − 10| = 0.95 ≤ 0.1·|10| but > 0.1·|9.05|; 0.5 + 0.25·4 = 1.5 exactly.
    expect(sameValue(num(9.05), num(10), { rtol: 0.1, atol: 0 })).toBe(true);
    expect(sameValue(num(10), num(9.05), { rtol: 0.1, atol: 0 })).toBe(false);
    expect(sameValue(arr([1], [5.5]), arr([1], [4]), { rtol: 0.25, atol: 0.5 })).toBe(true);
    expect(sameValue(arr([1], [5.5]), arr([1], [4]), { rtol: 0.24, atol: 0.5 })).toBe(false);
    expect(sameValue(arr([1], [5.5]), arr([1], [4]), { rtol: 0.25, atol: 0.49 })).toBe(false);
  });

  it("does not match the same numbers in another shape", () => {
    expect(sameValue(arr([2, 1], [1, 2]), arr([1, 2], [1, 2]), tol)).toBe(false);
    expect(sameValue(arr([2], [1, 2]), arr([2, 1], [1, 2]), tol)).toBe(false);
  });

  it("matches NaN with NaN and an infinity with the same infinity only", () => {
    expect(sameValue(arr([1, 2], [NaN, Infinity]), arr([1, 2], [NaN, Infinity]), tol)).toBe(true);
    expect(sameValue(arr([1, 2], [NaN, Infinity]), arr([1, 2], [NaN, -Infinity]), tol)).toBe(false);
    expect(sameValue(num(NaN), num(0), tol)).toBe(false);
  });

  it("compares dicts by key, in any order, and refuses extra or missing keys", () => {
    const a: Value = { type: "mapping", entries: [["W1", num(1)], ["b1", num(2)]] };
    const b: Value = { type: "mapping", entries: [["b1", num(2)], ["W1", num(1)]] };
    const c: Value = { type: "mapping", entries: [["W1", num(1)]] };
    expect(sameValue(a, b, tol)).toBe(true);
    expect(sameValue(c, a, tol)).toBe(false);
    expect(sameValue(a, c, tol)).toBe(false);
  });

  it("tells a number from a (1, 1) array and a tuple from a shorter one", () => {
    expect(sameValue(arr([1, 1], [0.5]), num(0.5), tol)).toBe(false);
    const pair: Value = { type: "sequence", items: [num(1), num(2)] };
    expect(sameValue({ type: "sequence", items: [num(1)] }, pair, tol)).toBe(false);
    expect(sameValue({ type: "sequence", items: [num(1), num(2)] }, pair, tol)).toBe(true);
  });
});
