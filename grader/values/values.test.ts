import { describe, expect, it } from "vitest";
import { fromFixtureJson, stringifyFixture, toFixtureJson } from "./fixture-json";
import { BINARY_FROM, decodeWire, encodeWire, wellFormed } from "./wire";
import type { Value } from "./value";

describe("fixture JSON", () => {
  it("round-trips tensors, tuples, dicts, numbers and strings", () => {
    const json = [{ shape: [1, 2], data: [0.5, -1] }, [{ W1: { shape: [1], data: [3] } }, "relu", 0.1]];
    expect(toFixtureJson(fromFixtureJson(json))).toEqual(json);
    expect(fromFixtureJson(json)).toMatchObject({ type: "sequence", items: [{ type: "ndarray", shape: [1, 2] }, { type: "sequence" }] });
  });

  it("prints a tensor's data on one line so files stay readable and stable", () => {
    expect(stringifyFixture({ a: { shape: [2], data: [1, 0.1] } })).toBe('{\n  "a": {\n    "shape": [2],\n    "data": [1, 0.1]\n  }\n}');
  });
});

describe("wire encoding", () => {
  it("carries NaN and infinities through JSON", () => {
    const value: Value = { type: "sequence", items: [{ type: "ndarray", shape: [3], data: [NaN, Infinity, -Infinity] }, { type: "number", value: NaN }] };
    const decoded = decodeWire(JSON.parse(JSON.stringify(encodeWire(value))));
    expect(decoded).toEqual(value);
  });

  it("tells a value whose arrays hold as many numbers as their shapes say from a forged one, at any depth", () => {
    const array = (shape: number[], n: number) => ({ type: "ndarray" as const, shape, data: new Array<number>(n).fill(1) });
    expect(wellFormed({ type: "mapping", entries: [["W1", array([2, 3], 6)], ["b1", array([2, 1], 2)]] })).toBe(true);
    expect(wellFormed({ type: "mapping", entries: [["W1", array([2, 3], 6)], ["b1", array([2, 1], 3)]] })).toBe(false);
    expect(wellFormed({ type: "sequence", items: [{ type: "sequence", items: [array([4000, 4000], 1)] }] })).toBe(false);
  });

  it("sends arrays of BINARY_FROM numbers or more as float64s, every bit kept (NaN, infinities, -0)", () => {
    const data = Array.from({ length: BINARY_FROM + 3 }, (_, i) => (i === 0 ? NaN : i === 1 ? -Infinity : i === 2 ? -0 : Math.PI / i));
    const wire = encodeWire({ type: "ndarray", shape: [data.length, 1], data });
    expect(wire.type).toBe("ndarray-f64");
    const back = decodeWire(JSON.parse(JSON.stringify(wire)));
    expect(back).toEqual({ type: "ndarray", shape: [data.length, 1], data });
    expect(Object.is((back as { data: number[] }).data[2], -0)).toBe(true);
    // Below the threshold: numbers as JSON.
    expect(encodeWire({ type: "ndarray", shape: [BINARY_FROM - 1], data: data.slice(1, BINARY_FROM) }).type).toBe("ndarray");
  });
});
