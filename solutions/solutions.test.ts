/**
 * The reference solutions reproduce the course's published outputs, and every stub fails as
 * "not attempted".
 *
 * The expected values come from grader/fixtures/testdata/course-published.json, which
 * scripts/reference/course_published.py computes with numpy 2.4.6 from the course's recipes.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as np from "#np";
import { NDArray } from "#np";

import * as exercise_utils from "../exercises/dnn_utils";
import { NotImplementedError } from "../exercises/dnn_utils";
import { L_model_backward as L_model_backward_stub } from "../exercises/L_model_backward";
import { L_model_forward as L_model_forward_stub } from "../exercises/L_model_forward";
import { compute_cost as compute_cost_stub } from "../exercises/compute_cost";
import { initialize_parameters as initialize_parameters_stub } from "../exercises/initialize_parameters";
import { initialize_parameters_deep as initialize_parameters_deep_stub } from "../exercises/initialize_parameters_deep";
import { linear_activation_backward as linear_activation_backward_stub } from "../exercises/linear_activation_backward";
import { linear_activation_forward as linear_activation_forward_stub } from "../exercises/linear_activation_forward";
import { linear_backward as linear_backward_stub } from "../exercises/linear_backward";
import { linear_forward as linear_forward_stub } from "../exercises/linear_forward";
import { update_parameters as update_parameters_stub } from "../exercises/update_parameters";

import { L_model_backward } from "./L_model_backward";
import { L_model_forward } from "./L_model_forward";
import { compute_cost } from "./compute_cost";
import * as solution_utils from "./dnn_utils";
import { initialize_parameters } from "./initialize_parameters";
import { initialize_parameters_deep } from "./initialize_parameters_deep";
import { linear_activation_backward } from "./linear_activation_backward";
import { linear_activation_forward } from "./linear_activation_forward";
import { linear_backward } from "./linear_backward";
import { linear_forward } from "./linear_forward";
import { update_parameters } from "./update_parameters";

import { L_layer_model as L_layer_model_stub } from "../exercises/L_layer_model";
import { two_layer_model as two_layer_model_stub } from "../exercises/two_layer_model";
import { L_layer_model } from "./L_layer_model";
import { two_layer_model } from "./two_layer_model";

// never[] accepts every signature, so one table can hold all ten functions
type AnyFunction = (...args: never[]) => unknown;

/** In the assignment's order. */
const SOLUTIONS: Record<string, AnyFunction> = {
  initialize_parameters,
  initialize_parameters_deep,
  linear_forward,
  linear_activation_forward,
  L_model_forward,
  compute_cost,
  linear_backward,
  linear_activation_backward,
  L_model_backward,
  update_parameters,
};

const STUBS: Record<string, AnyFunction> = {
  initialize_parameters: initialize_parameters_stub,
  initialize_parameters_deep: initialize_parameters_deep_stub,
  linear_forward: linear_forward_stub,
  linear_activation_forward: linear_activation_forward_stub,
  L_model_forward: L_model_forward_stub,
  compute_cost: compute_cost_stub,
  linear_backward: linear_backward_stub,
  linear_activation_backward: linear_activation_backward_stub,
  L_model_backward: L_model_backward_stub,
  update_parameters: update_parameters_stub,
};

// --- The published cases -------------------------------------------------------------------------

interface EncodedTensor {
  shape: number[];
  data: number[];
}
type Encoded = number | string | EncodedTensor | Encoded[] | { [key: string]: Encoded };
interface Case {
  args: Encoded[];
  expected: Encoded;
}

const PUBLISHED: Record<string, Record<string, Case>> = JSON.parse(
  readFileSync(new URL("../grader/fixtures/testdata/course-published.json", import.meta.url), "utf8"),
);

function isTensor(value: Encoded): value is EncodedTensor {
  return typeof value === "object" && !Array.isArray(value) && "shape" in value && "data" in value;
}

/** JSON back to what the course passes: arrays become NDArrays, lists tuples, objects dicts. */
function decode(value: Encoded): unknown {
  if (typeof value !== "object") return value;
  if (isTensor(value)) return new NDArray(Float64Array.from(value.data), value.shape);
  if (Array.isArray(value)) return value.map(decode);
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, decode(v)]));
}

/** Fresh inputs for every call, so that no test can see what another one did to them. */
function argsOf(fn: string, caseName: string): never[] {
  return PUBLISHED[fn][caseName].args.map(decode) as never[];
}

// --- Comparison ----------------------------------------------------------------------------------

/** The course's checker: |got - expected| < 1.5e-6 per element. */
const COURSE_TOLERANCE = 1.5e-6;
/** Much tighter than the course, to show that the solutions compute what numpy computes. */
const NUMPY_RTOL = 1e-12;

function maxAbsDifference(got: NDArray, expected: NDArray): number {
  let worst = 0;
  got.data.forEach((g, i) => {
    worst = Math.max(worst, Math.abs(g - expected.data[i]));
  });
  return worst;
}

/** Walks `expected` and checks `got` has the same structure, shapes and values; `where` names the spot. */
function expectMatches(got: unknown, expected: Encoded, where: string): void {
  if (isTensor(expected)) {
    const want = decode(expected) as NDArray;
    expect(got, `${where} should be an NDArray`).toBeInstanceOf(NDArray);
    const array = got as NDArray;
    expect(array.shape, `${where}: shape`).toEqual(want.shape);
    expect(maxAbsDifference(array, want), `${where}: largest |got - expected|`).toBeLessThan(COURSE_TOLERANCE);
    expect(np.allclose(array, want, { rtol: NUMPY_RTOL, atol: 0 }), `${where}: allclose(rtol=${NUMPY_RTOL})`).toBe(true);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(got), `${where} should be a tuple`).toBe(true);
    const items = got as unknown[];
    expect(items.length, `${where}: length`).toBe(expected.length);
    expected.forEach((item, i) => expectMatches(items[i], item, `${where}[${i}]`));
  } else if (typeof expected === "object") {
    expect(typeof got, `${where} should be an object`).toBe("object");
    const record = got as Record<string, unknown>;
    // exactly the expected keys: the course's checker rejects extra ones
    expect(Object.keys(record).sort(), `${where}: keys`).toEqual(Object.keys(expected).sort());
    for (const [key, item] of Object.entries(expected)) expectMatches(record[key], item, `${where}.${key}`);
  } else if (typeof expected === "number") {
    expect(typeof got, `${where} should be a number`).toBe("number");
    const [a, b] = [np.array([got as number]), np.array([expected])];
    expect(np.allclose(a, b), `${where}: allclose (the course's check)`).toBe(true);
    expect(np.allclose(a, b, { rtol: NUMPY_RTOL, atol: 0 }), `${where}: allclose(rtol=${NUMPY_RTOL})`).toBe(true);
  } else {
    expect(got, where).toBe(expected);
  }
}

// --- Tests ---------------------------------------------------------------------------------------

describe("the reference solutions", () => {
  it("cover exactly the ten functions of the published cases", () => {
    expect(Object.keys(SOLUTIONS).sort()).toEqual(Object.keys(PUBLISHED).sort());
  });

  for (const [fn, cases] of Object.entries(PUBLISHED)) {
    for (const [caseName, { expected }] of Object.entries(cases)) {
      it(`${fn} reproduces the course's "${caseName}" case`, () => {
        expectMatches(SOLUTIONS[fn](...argsOf(fn, caseName)), expected, fn);
      });
    }
  }

  it("update_parameters leaves its inputs untouched and returns new arrays", () => {
    const args = argsOf("update_parameters", "course");
    const [params, grads] = args as unknown as [Record<string, NDArray>, Record<string, NDArray>];
    const snapshot = (d: Record<string, NDArray>) =>
      Object.fromEntries(Object.entries(d).map(([key, a]) => [key, { shape: [...a.shape], data: Array.from(a.data) }]));
    const [paramsBefore, gradsBefore] = [snapshot(params), snapshot(grads)];

    // the course's checker calls it three times with the same objects
    const results = [1, 2, 3].map(() => update_parameters(params, grads, 0.1));

    expect(snapshot(params)).toEqual(paramsBefore);
    expect(snapshot(grads)).toEqual(gradsBefore);
    for (const result of results) {
      expectMatches(result, PUBLISHED.update_parameters.course.expected, "update_parameters");
      for (const key of Object.keys(params)) expect(result[key]).not.toBe(params[key]);
    }
  });

  it("solutions/dnn_utils is the very same module as exercises/dnn_utils", () => {
    expect(Object.keys(solution_utils).sort()).toEqual(Object.keys(exercise_utils).sort());
    for (const [name, value] of Object.entries(exercise_utils)) {
      expect((solution_utils as Record<string, unknown>)[name], name).toBe(value);
    }
  });

  it("relu_backward treats Z = 0 as inactive, and sigmoid_backward gives dA·s·(1 - s)", () => {
    const dA = np.array([[2, 2, 2]]);
    const Z = np.array([[-1, 0, 1]]);
    expect(exercise_utils.relu_backward(dA, Z).tolist()).toEqual([[0, 0, 2]]);
    expect(exercise_utils.sigmoid_backward(dA, Z).tolist()[0][1]).toBe(0.5); // s(0) = 1/2: 2 · 1/2 · 1/2
  });
});

describe("the exercise stubs", () => {
  it("cover exactly the ten functions of the published cases", () => {
    expect(Object.keys(STUBS).sort()).toEqual(Object.keys(PUBLISHED).sort());
  });

  for (const [fn, stub] of Object.entries(STUBS)) {
    it(`${fn} throws NotImplementedError, which the grader reports as "not attempted"`, () => {
      const [firstCase] = Object.keys(PUBLISHED[fn]);
      let thrown: unknown;
      try {
        stub(...argsOf(fn, firstCase));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(NotImplementedError);
      expect((thrown as Error).name).toBe("NotImplementedError");
      expect((thrown as Error).message).toBe(
        `${fn} is not implemented yet: write it between YOUR CODE STARTS HERE and YOUR CODE ENDS HERE`,
      );
    });
  }
});

// --- Part 2 ("Deep Neural Network – Application") ------------------------------------------------


/** The course's four unit-test runs, computed by scripts/reference/course_application.py with numpy. */
const APPLICATION: Record<string, Record<string, Case>> = JSON.parse(
  readFileSync(new URL("../grader/fixtures/testdata/application-published.json", import.meta.url), "utf8"),
);

describe("Part 2's reference solutions and stubs", () => {
  const models: Record<string, [AnyFunction, AnyFunction]> = {
    two_layer_model: [two_layer_model, two_layer_model_stub],
    L_layer_model: [L_layer_model, L_layer_model_stub],
  };

  for (const [fn, cases] of Object.entries(APPLICATION)) {
    for (const [caseName, { args, expected }] of Object.entries(cases)) {
      it(`${fn} reproduces the course's "${caseName}" run`, () => {
        expectMatches(models[fn][0](...(args.map(decode) as never[])), expected, fn);
      });
    }
    it(`the ${fn} stub throws NotImplementedError`, () => {
      const [first] = Object.values(cases);
      expect(() => models[fn][1](...(first.args.map(decode) as never[]))).toThrow(NotImplementedError);
    });
  }
});
