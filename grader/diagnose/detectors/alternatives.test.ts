import { describe, expect, it } from "vitest";
import { ndarrayValue, type Value } from "../../values/value";
import { genericMistake, type Alternative } from "./alternatives";
import { rows, tol } from "./test-helpers";

const seq = (...items: Value[]): Value => ({ type: "sequence", items });
const oneMinus = { name: "1 minus", explain: (label: string) => `${label} is 1 - expected`, hint: "h" };
const alternative = (id: string, value: Value): Alternative => ({ id, value, name: id, explain: (label) => `${id} at ${label}`, hint: "h" });

describe("genericMistake", () => {
  const expected = seq(rows([0.2, 0.7]), rows([1, 2]));

  it("names a part equal to 1 - expected", () => {
    const found = genericMistake(seq(rows([0.8, 0.3]), rows([1, 2])), expected, ["A", "cache"], tol, [], oneMinus);
    expect(found).toEqual({ id: "generic/one-minus", name: "1 minus", explanation: "A is 1 - expected", hint: "h" });
  });

  it("names the alternative every wrong part equals (the other activation, dZ at Z)", () => {
    const relu = seq(rows([0, 1.5]), rows([1, 2]));
    const found = genericMistake(relu, expected, ["A", "cache"], tol, [alternative("generic/other-activation", relu)], oneMinus);
    expect(found?.id).toBe("generic/other-activation");
    expect(found?.explanation).toBe("generic/other-activation at A");
  });

  it("names the right values returned in another order", () => {
    const reordered = { name: "order", explain: (a: string, b: string) => `${a} holds ${b}`, hint: "h" };
    const found = genericMistake(seq(rows([1, 2]), rows([0.2, 0.7])), expected, ["A", "cache"], tol, [], oneMinus, reordered);
    expect(found).toEqual({ id: "generic/reordered", name: "order", explanation: "A holds cache", hint: "h" });
  });

  it("names nothing for a result that is merely wrong, or right", () => {
    const wrong = seq(rows([0.5, 0.1]), rows([1, 2]));
    expect(genericMistake(wrong, expected, ["A", "cache"], tol, [alternative("x", seq(rows([0, 1.5]), rows([1, 2])))], oneMinus)).toBeUndefined();
    expect(genericMistake(expected, expected, ["A", "cache"], tol, [alternative("x", expected)], oneMinus)).toBeUndefined();
    expect(genericMistake(ndarrayValue([1], [0.5]), ndarrayValue([1], [0.5]), "x", tol, [], oneMinus)).toBeUndefined();
  });
});
