/**
 * Cases that throw, end to end through gradeSubmission and the sandbox: the shape error told in the
 * course's dimensions with the fix, the student's own line and variable names, no grader path, no
 * Python wording, and calls that do not exist answered with what does. One grading for all.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gradeSubmission } from "../../grade/grade-submission";
import { paths } from "../../paths";
import type { CaseResult, Results } from "../../results/types";
import schema from "../../results/results.schema.json" with { type: "json" };
import { compileSchema } from "../../validation/ajv";

const head = 'import * as np from "#np";\nimport type { NDArray } from "#np";\n';
const files: Record<string, string> = {
  linear_forward: `${head}import type { LinearCache } from "./dnn_utils";
export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  const Z = np.add(np.dot(A, W), b);
  return [Z, [A, W, b]];
}
`,
  L_model_forward: `${head}import type { LinearActivationCache, Parameters } from "./dnn_utils";
import { linear_activation_forward } from "./linear_activation_forward";
export function L_model_forward(X: NDArray, parameters: Parameters): [NDArray, LinearActivationCache[]] {
  const caches: LinearActivationCache[] = [];
  let A = X;
  const L = Math.floor(Object.keys(parameters).length / 2);
  for (let l = 1; l < L; l++) {
    const A_prev = A;
    const [A, cache] = linear_activation_forward(A_prev, parameters["W" + l], parameters["b" + l], "relu");
    caches.push(cache);
  }
  const [AL, cache] = linear_activation_forward(A, parameters["W" + L], parameters["b" + L], "sigmoid");
  return [AL, [...caches, cache]];
}
`,
  compute_cost: `${head}export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const cost = np.multiply(-1 / m, np.add(np.dot(np.log(AL).T, Y), np.dot(np.log(np.subtract(1, AL)).T, np.subtract(1, Y))));
  return cost.item();
}
`,
  linear_backward: `${head}import type { LinearCache } from "./dnn_utils";
export function linear_backward(dZ: NDArray, cache: LinearCache): [NDArray, NDArray, NDArray] {
  const [A_prev, W] = cache;
  const m = A_prev.shape[1];
  const db = np.multiply(1 / m, dZ.sum(1));
  return [np.dot(W.T, dZ), np.multiply(1 / m, np.dot(dZ, A_prev.T)), db];
}
`,
  linear_activation_backward: `${head}import { relu_backward, sigmoid_backward } from "./dnn_utils";
import type { LinearActivationCache } from "./dnn_utils";
import { linear_backward } from "./linear_backward";
export function linear_activation_backward(dA: NDArray, cache: LinearActivationCache, activation: string): [NDArray, NDArray, NDArray] {
  const [linear_cache, activation_cache] = cache;
  const dZ = activation === "relu" ? relu_backward(dA, cache as never) : sigmoid_backward(dA, cache as never);
  return linear_backward(dZ, linear_cache);
}
`,
  update_parameters: `import * as np from "#np";
import type { Grads, Parameters } from "./dnn_utils";
export function update_parameters(params: Parameters, grads: Grads, learning_rate: number): Parameters {
  const n = np.linalg.norm(grads["dW1"]);
  return params;
}
`,
};

let dir = "";
let results: Results;
const firstFailing = (fn: string): CaseResult => results.exercises.find((e) => e.name === fn)!.cases.find((c) => c.status !== "pass")!;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dnn-thrown-"));
  for (const [fn, text] of Object.entries(files)) writeFileSync(join(dir, `${fn}.ts`), text);
  results = await gradeSubmission({ submissionDir: dir, only: Object.keys(files) });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a case that threw", () => {
  it("is named by the catalogued mistake that throws the same, which heads the function's message", () => {
    const c = firstFailing("linear_forward");
    expect(c.status).toBe("error");
    expect(c.diagnosis?.mistake?.id).toBe("linear_forward/dot-args-swapped");
    expect(results.exercises.find((e) => e.name === "linear_forward")!.message.startsWith("np.dot(A, W): the factors swapped:")).toBe(true);
  });

  it("tells a shape error in the course's dimensions, with the rule and the fix", () => {
    const finding = firstFailing("linear_forward").diagnosis!.findings[0];
    expect(finding).toContain("A, which is A[l-1]: (n[l-1], m) = (3, 2)");
    expect(finding).toContain("W, which is W[l]: (n[l], n[l-1]) = (1, 3)");
    expect(finding).toContain("np.dot(P, Q) needs as many columns in P as rows in Q");
    expect(finding).toContain("Z[l] = W[l]·A[l-1]: put W first, as in np.dot(W, A).");
  });

  it("shows the student's own line: file, line number and text, in the message and in diagnosis.source", () => {
    const c = firstFailing("linear_forward");
    expect(c.diagnosis?.source).toEqual({ file: "linear_forward.ts", line: 5, text: "const Z = np.add(np.dot(A, W), b);" });
    expect(c.message).toContain("(at linear_forward.ts:5:");
    expect(c.message).toContain(": const Z = np.add(np.dot(A, W), b);)");
  });

  it("carries the line in results that the results schema (format 1.2) accepts", () => {
    const validate = compileSchema(schema);
    expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
    expect(results.format_version).toBe("1.2");
  });

  it("names variables as the student wrote them, not as bundling renamed them", () => {
    const c = firstFailing("L_model_forward");
    expect(c.message).toContain("Cannot access 'A' before initialization");
    expect(c.output).not.toMatch(/'A\d'/);
    expect(c.diagnosis?.mistake?.id).toBe("python/redeclared-in-block");
  });

  it("never prints a path of the grader, the solutions or the course's files", () => {
    const text = JSON.stringify(results.exercises);
    expect(text).not.toContain(paths.projectRoot);
    expect(text).not.toContain("solutions/");
    expect(firstFailing("linear_activation_backward").output).toContain("course:dnn_utils.ts:");
  });

  it("says what numpy means in TypeScript's words, with the next step", () => {
    const c = firstFailing("compute_cost");
    expect(JSON.stringify(c)).not.toContain("Python");
    expect(c.message).toContain("can only convert an array of size 1 to a number; this one has shape (3, 3)");
    expect(c.diagnosis?.findings.join(" ")).toContain("Your cost is (3, 3) before .item()");
  });

  it("answers a call of what does not exist with what does", () => {
    const method = firstFailing("linear_backward").diagnosis!;
    expect(method.mistake?.hint).toContain("np.sum(dZ, { axis: 1, keepdims: true })");
    const fn = firstFailing("update_parameters").diagnosis!;
    expect(fn.mistake?.id).toBe("np/no-such-call");
    expect(fn.mistake?.name).toBe("np.linalg.norm is not in #np");
    expect(fn.mistake?.explanation).toContain("np.sqrt(np.sum(np.square(");
  });
});
