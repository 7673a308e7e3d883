/**
 * A synthetic Results object that holds every status, a diagnosis with a hint file, a large array,
 * a hidden case and hostile student text: for the report's tests and for looking at the report
 * (`npm run report:screenshot -- --showcase`) before real submissions produce all of these.
 */
import { messages } from "../messages/messages";
import { NUMPY_TOLERANCE } from "../np/compare";
import { RESULTS_FORMAT_VERSION, type CaseResult, type CaseStatus, type ExerciseResult, type Results, type TensorJson } from "../results/types";

/** Student-controlled text that must come out of every report as inert, escaped text. */
export const HOSTILE = "<script>alert(1)</script> {{constructor}} {{#each}} </pre> &amp; ```";

/** A value the hidden case's expected array holds, which no report may print in any form. */
export const HIDDEN_EXPECTED_VALUE = 0.7654321;

/** The tolerance the course's fixtures grade with. */
const tolerance = NUMPY_TOLERANCE;

function tensor(shape: number[], value: (i: number) => TensorJson["data"][number]): TensorJson {
  const size = shape.reduce((a, b) => a * b, 1);
  return { shape, data: Array.from({ length: size }, (_, i) => value(i)) };
}

function aCase(name: string, status: CaseStatus, message: string, extra: Partial<CaseResult> = {}): CaseResult {
  return { name, status, message, duration_ms: 1.5, output: "", hidden: false, ...extra };
}

function exercise(name: string, status: CaseStatus, cases: CaseResult[], extra: Partial<ExerciseResult> = {}): ExerciseResult {
  const score = status === "pass" ? 10 : 0;
  return { name, status, score, max_score: 10, message: cases.find((c) => c.status !== "pass")?.message ?? `all ${cases.length} cases passed`, cases, ...extra };
}

export function showcaseResults(): Results {
  const weights = tensor([3, 2], (i) => [0.01624345, -0.00611756, -0.00528172, -0.01072969, 0.00865408, -0.02301539][i]);
  const exercises: ExerciseResult[] = [
    exercise("initialize_parameters", "pass", [aCase("3-2-1", "pass", "passed")]),
    exercise("initialize_parameters_deep", "fail", [
      aCase("5-4-3", "fail", "W1 has shape (3, 2); expected (2, 3). Check the order of the dimensions.", {
        check: "shape",
        output: `W1 = [[ 0.01624345 -0.00611756]\n ...]\n${HOSTILE}\n\u001b[31mred\u001b[0m`,
        comparison: { label: "W1", actual: weights, expected: { shape: [2, 3], data: weights.data }, tolerance },
        diagnosis: {
          mistake: {
            id: "transposed-weights",
            name: "W built transposed",
            explanation: "W[l] has n[l] rows and n[l-1] columns: yours is the other way round.",
            hint: "np.random.randn(layer_dims[l], layer_dims[l - 1]) takes the rows first.",
            hint_file: "exercises/hints/initialize_parameters_deep.md#hint-2-the-shape-of-each-layers-parameters",
          },
          findings: ["the result is the expected one transposed"],
        },
      }),
    ]),
    exercise("linear_forward", "fail", [
      aCase("course", "fail", "Z[0, 1] is 2.5; expected 1.5 (1 of 2 values differ). The shapes are right, so look at the formula.", {
        check: "values",
        comparison: { label: "Z", actual: { shape: [1, 2], data: [3.26295337, 2.5] }, expected: { shape: [1, 2], data: [3.26295337, 1.5] }, tolerance },
      }),
      aCase("hidden-1", "fail", "Z[0, 0] is 1.25 (1 of 1 values differ). The shapes are right, so look at the formula.", {
        check: "values",
        hidden: true,
        // The pipeline never puts a hidden case's expected array in the results; the report must not show it even if it did.
        comparison: { label: "Z", actual: { shape: [1, 1], data: [1.25] }, expected: { shape: [1, 1], data: [HIDDEN_EXPECTED_VALUE] }, tolerance },
        diagnosis: { findings: ["every value is off by the same amount: check how b is added"] },
      }),
    ]),
    exercise("linear_activation_forward", "pass", [aCase("sigmoid", "pass", "passed"), aCase("relu", "pass", "passed")], {
      with_own_dependencies: {
        status: "fail",
        message: "fails with your own linear_forward",
        cases: [
          aCase("sigmoid", "fail", "A[1, 0] is 0.5; expected 0.62245933 (40 of 80 values differ).", {
            check: "values",
            // 80 values: shown in full, wider than a phone, so the table scrolls in its own box.
            comparison: { label: "A", actual: tensor([2, 40], (i) => (i < 40 ? 1 / (1 + Math.exp(-i / 10)) : 0.5)), expected: tensor([2, 40], (i) => 1 / (1 + Math.exp(-(i % 40) / 10 - 0.5))), tolerance },
          }),
        ],
      },
    }),
    exercise("L_model_forward", "error", [
      aCase("course", "error", `threw TypeError: ${HOSTILE}`, { check: "threw", location: "L_model_forward.ts:14:7", output: `TypeError: ${HOSTILE}\n    at L_model_forward (L_model_forward.ts:14:7)` }),
    ]),
    exercise("compute_cost", "timeout", [aCase("course", "timeout", "did not return within 3 s, the time limit: look for a loop that never ends.", { check: "timeout" })]),
    exercise("linear_backward", "fail", [
      aCase("course", "fail", "dW[1, 150] is 1; expected 0.5 (300 of 600 values differ). The shapes are right, so look at the formula.", {
        check: "values",
        comparison: {
          label: "dW",
          actual: tensor([4, 150], (i) => (i % 2 === 0 ? i / 100 : "NaN")),
          expected: tensor([4, 150], (i) => i / 100),
          tolerance,
        },
      }),
    ]),
    exercise("linear_activation_backward", "crashed", [
      aCase("relu", "crashed", "the process running your code ended the process (exit code 7); the other functions were graded in a fresh one.", { check: "crashed", output: "\nNode.js v20.20.2" }),
    ]),
    exercise("L_model_backward", "invalid-submission", [
      aCase("course", "invalid-submission", 'does not compile: L_model_backward.ts:8:35: Expected ")" but found ";"', { check: "load", location: "L_model_backward.ts:8:35" }),
    ]),
    exercise("update_parameters", "not-attempted", [aCase("course", "not-attempted", messages.case.notAttempted("update_parameters"), { check: "threw" })]),
    exercise("two_layer_model", "not-attempted", [aCase("course", "not-attempted", messages.case.missingFile("two_layer_model.ts", ["Two_Layer_Model.ts"]), { check: "missing" })]),
  ];
  return {
    format_version: RESULTS_FORMAT_VERSION,
    grader: { name: "dnn-step-by-step-grader", version: "0.1.0" },
    status: "ok",
    message: "20/110",
    score: 20,
    max_score: 110,
    submission: { path: "submissions/<img src=x onerror=alert(1)>", digest: "sha256:0", files: ["linear_forward.ts", `${HOSTILE}.ts`] },
    fixtures_digest: "sha256:0",
    started_at: "2025-01-01T00:00:00.000Z",
    duration_ms: 0,
    timings_ms: { startup: 0, bundle: 0, run: 0 },
    exercises,
    parts: [
      { id: "step-by-step", title: "Step by Step", score: 20, max_score: 100, exercises: exercises.slice(0, 10).map((e) => e.name) },
      { id: "application", title: "Application", score: 0, max_score: 10, exercises: ["two_layer_model"] },
    ],
    warnings: [`network isolation is not available: ${HOSTILE}`],
  };
}
