/**
 * A real training through `#np` follows numpy's: the course's four-layer model (the reference
 * solutions) on 500 features × 40 examples for 2500 iterations, its cost every 100 iterations
 * within a relative 1e-9 of numpy's (scripts/reference/training_trace.py). On the JS path and the
 * plain WebAssembly kernel the trace is the same to the bit; with the FMA kernel, as in the
 * sandbox, it stays within the bound too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { afterAll, describe, expect, it } from "vitest";
import { L_layer_model } from "../../solutions/L_layer_model";
import * as np from "./index";
import { chooseWasm } from "./kernels/gemm-wasm";

interface Trace {
  n_x: number;
  m: number;
  seed: number;
  layers_dims: number[];
  learning_rate: number;
  num_iterations: number;
  costs: [number, number][];
}

const trace = JSON.parse(readFileSync(join(import.meta.dirname, "testdata", "training-trace.json"), "utf8")) as Trace;

afterAll(() => chooseWasm(undefined));

/** numpy_dnn_app.make_data: the same draws from the same legacy generator. */
function makeData(): [np.NDArray, np.NDArray] {
  np.random.seed(trace.seed);
  const pixels = np.random.rand(trace.n_x, trace.m);
  const X = new np.NDArray(pixels.data.map((v) => Math.floor(v * 256) / 255), pixels.shape);
  return [X, np.greater(np.random.rand(1, trace.m), 0.5)];
}

function train(): number[] {
  const [X, Y] = makeData();
  const [, costs] = L_layer_model(X, Y, trace.layers_dims, trace.learning_rate, trace.num_iterations);
  return costs;
}

function worstRelative(costs: number[]): number {
  expect(costs.length).toBe(trace.costs.length);
  return Math.max(...trace.costs.map(([, want], i) => Math.abs(costs[i] - want) / Math.abs(want)));
}

describe("a training through #np", () => {
  it("follows numpy's cost trace to a relative 1e-9, the same bits on the JS path and in plain WebAssembly", () => {
    expect(chooseWasm("plain")).toBe("plain");
    const wasm = train();
    expect(worstRelative(wasm)).toBeLessThan(1e-9);
    expect(chooseWasm("none")).toBe("none");
    expect(train()).toEqual(wasm);
  });

  it("follows it with the FMA kernel the sandbox runs", () => {
    setFlagsFromString("--experimental-wasm-relaxed-simd");
    expect(chooseWasm(undefined)).toBe("fma");
    expect(worstRelative(train())).toBeLessThan(1e-9);
  });
});
