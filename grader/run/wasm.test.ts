/**
 * `#np`'s WebAssembly product inside the real sandbox (bubblewrap, the memory cap, Node's
 * permission flags): a training-sized product runs there on the FMA kernel, which only the
 * WebAssembly path computes (its bits differ from the JS path's), and its memory leaves the
 * student's own arrays their room under the cap.
 */
import { setFlagsFromString } from "node:v8";
import { afterAll, describe, expect, it } from "vitest";
import * as np from "../np/index";
import { chooseWasm } from "../np/kernels/gemm-wasm";
import type { Value } from "../values/value";
import { createSandbox, type Job } from "./sandbox";

const sandbox = createSandbox({});
afterAll(() => {
  sandbox.close();
  chooseWasm(undefined);
});

/** The course's first-layer products on images of its size, the same inputs here and in the child. */
const products = `
const np = globalThis[Symbol.for("dnn-grader.np")];
module.exports.f = () => {
  np.random.seed(1);
  const X = np.random.rand(12288, 209);
  const W1 = np.divide(np.random.randn(20, 12288), Math.sqrt(12288));
  const dZ = np.random.randn(20, 209);
  const Z1 = np.dot(W1, X);
  const dA0 = np.dot(W1.T, dZ);
  // then the student's own arrays: 1 GB more under the 3 GB cap (untouched pages cost no memory)
  const kept = [];
  let mb = 0;
  try {
    while (mb < 1024) kept.push(new Float64Array(2 * 1024 * 1024)), (mb += 16);
  } catch {}
  return [Z1, np.sum(dA0).item(), mb];
};`;

function inParent(): [Float64Array, number] {
  np.random.seed(1);
  const X = np.random.rand(12288, 209);
  const W1 = np.divide(np.random.randn(20, 12288), Math.sqrt(12288));
  const dZ = np.random.randn(20, 209);
  return [np.dot(W1, X).data, np.sum(np.dot(W1.T, dZ)).item()];
}

describe("#np's WebAssembly product in the sandbox", () => {
  it("runs a training-sized product on the FMA kernel inside bubblewrap and the memory cap", async () => {
    const job: Job = { key: "wasm", source: { code: products }, exportName: "f", cases: [[]], timeoutMs: 30_000 };
    const [result] = await sandbox.runJobs([job]);
    expect(result.load.kind).toBe("loaded");
    const outcome = result.load.kind === "loaded" ? result.outcomes[0] : undefined;
    expect(outcome?.kind).toBe("returned");
    const value = (outcome as { value: Value }).value;
    expect(value.type).toBe("sequence");
    const [z1, sum, room] = (value as Extract<Value, { type: "sequence" }>).items as [
      Extract<Value, { type: "ndarray" }>,
      Extract<Value, { type: "number" }>,
      Extract<Value, { type: "number" }>,
    ];
    expect(z1.shape).toEqual([20, 209]);
    expect(room.value).toBe(1024);

    setFlagsFromString("--experimental-wasm-relaxed-simd"); // the sandbox's Node has it
    expect(chooseWasm("fma")).toBe("fma");
    const [fmaZ1, fmaSum] = inParent();
    expect(chooseWasm("none")).toBe("none");
    const [jsZ1] = inParent();
    // the child's bits are the FMA kernel's, not the JS path's (which the plain kernel shares)
    expect(z1.data).toEqual([...fmaZ1]);
    expect(sum.value).toBe(fmaSum);
    expect(z1.data).not.toEqual([...jsZ1]);
  }, 60_000);
});
