import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BINARY_FROM, decodeWire, encodeWire } from "../values/wire";
import type { NDArrayValue } from "../values/value";
import { callInSandbox } from "./sandboxed";
import { trainLimits } from "./settings";

/** Numbers that JSON text would round if it were not written with care, and the non-finite ones. */
function awkward(n: number): number[] {
  const out = Array.from({ length: n }, (_, i) => Math.sin(i + 1) / 3 ** (i % 40));
  out[3] = NaN;
  out[4] = Infinity;
  out[5] = -Infinity;
  out[6] = Number.MIN_VALUE;
  return out;
}

describe("arrays on the way to the child (callee answers, training data)", () => {
  it("travel as base64 float64s from BINARY_FROM numbers on, and come back bit for bit", () => {
    const big: NDArrayValue = { type: "ndarray", shape: [BINARY_FROM, 1], data: awkward(BINARY_FROM) };
    const wire = encodeWire(big);
    expect(wire.type).toBe("ndarray-f64");
    expect(decodeWire(wire)).toEqual(big);
    expect(encodeWire({ type: "ndarray", shape: [2], data: [1, 2] }).type).toBe("ndarray");
  });

  it("reach the student's function intact in the sandbox, while its prints stream out as it runs", async () => {
    const X: NDArrayValue = { type: "ndarray", shape: [3, 40_000], data: awkward(120_000) };
    const streamed: string[] = [];
    const called = await callInSandbox({ dir: join(import.meta.dirname, "testdata", "echo"), functionName: "echo", args: [X], timeoutMs: 20_000, limits: trainLimits, bound: 200_000, onOutput: (t) => streamed.push(t) });
    if (!called.ok) throw new Error(called.message);
    expect(called.value).toEqual(X);
    expect(streamed.join("")).toBe("first line\nsecond line\n");
  });
});
