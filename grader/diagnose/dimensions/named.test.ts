import { describe, expect, it } from "vitest";
import { loadExercises } from "../../course/exercises";
import { loadFixtures } from "../../fixtures/load";
import { compareValues } from "../../check/compare";
import { messages } from "../../messages/messages";
import { arraysIn, ndarrayValue, type Value } from "../../values/value";
import { namedShapeFromExpected, namedShapeFromInputs } from "./named";

const exercises = loadExercises();
const fixtures = loadFixtures(exercises.map((e) => e.name));
const courseCase = (fn: string) => fixtures.byFunction.get(fn)!.cases[0];

/** The finding for a wrong `actual` shape at `path` of `fn`'s first course case. */
function finding(fn: string, path: (string | number)[], label: string, actual: number[]): string {
  const named = namedShapeFromInputs(fn, courseCase(fn).args, path);
  expect(named, `${fn} ${label}`).toBeDefined();
  return messages.diagnosis.namedShape(label, named!, actual);
}

describe("named dimensions from a function's own inputs", () => {
  it("say that linear_forward's Z must be (n[l], m), with n[l] from the rows of W and m from the columns of A", () => {
    const text = finding("linear_forward", [0], "Z", [2, 1]);
    expect(text).toContain("Z is Z[l]: Z[l] must be (n[l], m) = (1, 2); yours is (2, 1).");
    expect(text).toContain('It breaks the dimension table\'s rule "Z[l] and A[l] are (n[l], m)"');
    expect(text).toContain("n[l] = 1 (the rows of W) and m = 2 (the columns of A)");
  });

  it("number the layers of L_model_forward's caches: caches[1][1] is Z[2]", () => {
    const text = finding("L_model_forward", [1, 1, 1], "caches[1][1]", [4, 3]);
    expect(text).toContain("caches[1][1] is Z[2]: Z[2] must be (n[2], m) = (3, 4); yours is (4, 3).");
    expect(text).toContain('n[2] = 3 (the rows of parameters["W2"]) and m = 4 (the columns of X)');
  });

  it("know that L_model_forward's AL is A[L] of the network its parameters describe", () => {
    expect(finding("L_model_forward", [0], "AL", [4, 1])).toContain("AL is A[3]: A[3] must be (n[3], m) = (1, 4)");
  });

  it("give a derivative the shape of what it differentiates", () => {
    const text = finding("L_model_backward", ["dW1"], 'grads["dW1"]', [4, 3]);
    expect(text).toContain("dW[1] must be (n[1], n[0]) = (3, 4); yours is (4, 3)");
    expect(text).toContain('"every derivative has the shape of what it differentiates" (dW[1] has the shape of W[1])');
    expect(finding("linear_backward", [2], "db", [3])).toContain("db is db[l]: db[l] must be (n[l], 1) = (3, 1); yours is (3,)");
    expect(finding("linear_backward", [0], "dA_prev", [4, 5])).toContain("dA[l-1] must be (n[l-1], m) = (5, 4)");
  });

  it("take an initialiser's dimensions from its number arguments", () => {
    const text = finding("initialize_parameters", ["W1"], 'parameters["W1"]', [3, 2]);
    expect(text).toContain("W[1] must be (n[1], n[0]) = (2, 3); yours is (3, 2)");
    expect(text).toContain("n[1] = 2 (n_h) and n[0] = 3 (n_x)");
    expect(finding("initialize_parameters_deep", ["W2"], 'parameters["W2"]', [4, 3])).toContain("n[2] = 3 (layer_dims[2]) and n[1] = 4 (layer_dims[1])");
  });

  it("apply the bias rule to update_parameters' biases", () => {
    expect(finding("update_parameters", ["b1"], 'parameters["b1"]', [3, 4])).toContain('rule "b[l] is (n[l], 1)"');
  });

  it("are unknown for places the table does not describe, and for the cost", () => {
    expect(namedShapeFromInputs("linear_forward", courseCase("linear_forward").args, [1, 7])).toBeUndefined();
    expect(namedShapeFromInputs("compute_cost", courseCase("compute_cost").args, [])).toBeUndefined();
    expect(namedShapeFromInputs("no_such_function", [], [0])).toBeUndefined();
  });
});

describe("the dimension table", () => {
  for (const exercise of exercises) {
    for (const c of fixtures.byFunction.get(exercise.name)!.cases) {
      it(`gives every array of ${exercise.name}'s "${c.name}" case its expected shape, from the inputs and from the expected value alike`, () => {
        const arrays = [...arraysIn(c.expected)];
        if (exercise.name === "compute_cost") expect(arrays).toEqual([]);
        for (const [path, want] of arrays) {
          const fromInputs = namedShapeFromInputs(exercise.name, c.args, path);
          expect(fromInputs?.shape, JSON.stringify(path)).toEqual(want.shape);
          const fromExpected = namedShapeFromExpected(exercise.outputs, path, want.shape);
          // the same quantity, except that a result's own layer count is unknown without the inputs
          expect(fromExpected?.quantity.shape.length, JSON.stringify(path)).toBe(fromInputs!.quantity.shape.length);
          if (!(exercise.name === "L_model_forward" && path.length === 1)) expect(fromExpected?.quantity).toEqual(fromInputs!.quantity);
        }
      });
    }
  }
});

describe("the case message of a shape failure", () => {
  it("names the rule and the dimensions, after the shapes it always gave", () => {
    const c = courseCase("linear_forward");
    const actual: Value = { type: "sequence", items: [ndarrayValue([2, 1], [0, 0]), (c.expected as Extract<Value, { type: "sequence" }>).items[1]] };
    const failure = compareValues(actual, c.expected, { rtol: 1e-5, atol: 1e-8 }, ["Z", "cache"])!;
    expect(failure.message).toContain("Z has shape (2, 1); expected (1, 2). Z is Z[l]: Z[l] must be (n[l], m) = (1, 2) by the dimension table\'s rule \"Z[l] and A[l] are (n[l], m)\"");
    expect(failure.message).toContain("check the order of the factors in np.dot");
  });

  it("keeps the plain message where the table has nothing to say", () => {
    const failure = compareValues(ndarrayValue([2], [1, 2]), ndarrayValue([1, 2], [1, 2]), { rtol: 1e-5, atol: 1e-8 }, "something_else")!;
    expect(failure.message).toBe("something_else has shape (2,); expected (1, 2). Check the order of the factors in np.dot and the dimension table in exercises/README.md.");
  });
});

describe("Part 2's shape messages", () => {
  it("tell a model's W1 by layers_dims: W[1] must be (n[1], n[0])", () => {
    const c = courseCase("two_layer_model");
    const [parameters, costs] = (c.expected as Extract<Value, { type: "sequence" }>).items as [Extract<Value, { type: "mapping" }>, Value];
    const transposed = parameters.entries.map(([k, v]): [string, Value] => (k === "W1" && v.type === "ndarray" ? [k, ndarrayValue([v.shape[1], v.shape[0]], v.data)] : [k, v]));
    const actual: Value = { type: "sequence", items: [{ type: "mapping", entries: transposed }, costs] };
    const failure = compareValues(actual, c.expected, { rtol: 1e-5, atol: 1e-8 }, ["parameters", "costs"])!;
    expect(failure.message).toContain("W[1] must be (n[1], n[0]) = (4, 10)");
    const named = namedShapeFromInputs("two_layer_model", c.args, [0, "W1"])!;
    expect(named.dimensions.map((d) => [d.symbol, d.value, d.source?.arg])).toEqual([["n[1]", 4, "layers_dims[1]"], ["n[0]", 10, "layers_dims[0]"]]);
  });
});
