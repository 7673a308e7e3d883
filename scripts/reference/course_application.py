#!/usr/bin/env python3
"""Part 2 of the week ("Deep Neural Network – Application"): the course's unit-test runs of
two_layer_model and L_layer_model, recomputed with numpy, written as JSON for the TypeScript tests.

The course's public tests draw `np.random.seed(1); X = randn(10, 10)`, then `Y = randn(1, 10)` for the
two-layer model (real-valued targets) or a fixed label row for the L-layer model, and run each model
with two (learning_rate, num_iterations) pairs. This script implements the models as the course's
notebook does, on top of the Part 1 functions of course_published.py and the application's own
deep initialiser (seed 1, W / sqrt(n[l-1])), asserts the values the course publishes (the cost, the
line `print_cost` prints last, the parameters' printed digits), and writes

    grader/fixtures/testdata/application-published.json
    { "<function>": { "<case>": { "args": [...], "expected": [parameters, costs], "printed": [...] } } }

in course_published.py's encoding (`print_cost`, a boolean, as JSON's false). `printed` holds the
lines the run prints with print_cost=True. The project's tests read the JSON and never need python:

    python3 scripts/reference/course_application.py            # check published values, write the JSON
    python3 scripts/reference/course_application.py --readme   # also print the README's expected outputs

Made with numpy 2.4.6; the output is byte-for-byte reproducible.
"""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import course_published as p1  # noqa: E402  (the Part 1 functions, as the course writes them)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "grader" / "fixtures" / "testdata" / "application-published.json"


# --- The application's helpers (dnn_app_utils) ---------------------------------------------------


def initialize_parameters_deep(layer_dims):
    """The application's version: seed 1 and 1/sqrt(n[l-1]) where Part 1 has seed 3 and 0.01."""
    np.random.seed(1)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


# --- The two models, as the notebook's solution writes them --------------------------------------
# (`trace`, not the course's: a list that gets [iteration, cost] of every iteration, for the
# training traces of numpy_dnn_app.py and train_testdata.py.)


def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False, trace=None):
    np.random.seed(1)
    costs = []
    (n_x, n_h, n_y) = layers_dims
    parameters = p1.initialize_parameters(n_x, n_h, n_y)
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    for i in range(0, num_iterations):
        A1, cache1 = p1.linear_activation_forward(X, W1, b1, "relu")
        A2, cache2 = p1.linear_activation_forward(A1, W2, b2, "sigmoid")
        cost = p1.compute_cost(A2, Y)
        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = p1.linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, dW1, db1 = p1.linear_activation_backward(dA1, cache1, "relu")
        grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
        parameters = p1.update_parameters(parameters, grads, learning_rate)
        W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
        if print_cost and i % 100 == 0 or i == num_iterations - 1:
            print("Cost after iteration {}: {}".format(i, np.squeeze(cost)))
        if i % 100 == 0 or i == num_iterations:
            costs.append(cost)
        if trace is not None:  # every iteration's cost, for the other scripts' traces
            trace.append([i, float(cost)])
    return parameters, costs


def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False, trace=None):
    np.random.seed(1)
    costs = []
    parameters = initialize_parameters_deep(layers_dims)
    for i in range(0, num_iterations):
        AL, caches = p1.L_model_forward(X, parameters)
        cost = p1.compute_cost(AL, Y)
        grads = p1.L_model_backward(AL, Y, caches)
        parameters = p1.update_parameters(parameters, grads, learning_rate)
        if print_cost and i % 100 == 0 or i == num_iterations - 1:
            print("Cost after iteration {}: {}".format(i, np.squeeze(cost)))
        if i % 100 == 0 or i == num_iterations:
            costs.append(cost)
        if trace is not None:  # every iteration's cost, for the other scripts' traces
            trace.append([i, float(cost)])
    return parameters, costs


# --- The unit tests' recipes, and what each run prints -------------------------------------------


def cases():
    np.random.seed(1)
    X = np.random.randn(10, 10)
    Y = np.random.randn(1, 10)
    for lr, n in [(0.0075, 2), (0.1, 3)]:
        yield "two_layer_model", f"lr {lr}, {n} iterations", [X, Y, [10, 4, 1], lr, n, False]
    np.random.seed(1)
    X = np.random.randn(10, 10)
    Y = np.array([[1, 1, 1, 1, 0, 0, 0, 1, 1, 0]])
    for lr, n in [(0.0075, 2), (0.02, 3)]:
        yield "L_layer_model", f"lr {lr}, {n} iterations", [X, Y, [10, 5, 6, 1], lr, n, False]


def printed_lines(fn, args):
    """What the run prints with print_cost=True (the notebook's condition also prints the last iteration)."""
    lines = []
    real_print = print
    globals()["print"] = lambda text: lines.append(text)
    try:
        globals()[fn](*args[:5], print_cost=True)
    finally:
        globals()["print"] = real_print
    return lines


# --- Published values (APPLICATION.md, "Unit tests") ---------------------------------------------

PUBLISHED = {
    ("two_layer_model", "lr 0.0075, 2 iterations"): {
        "cost": 0.69315968,
        "printed": "Cost after iteration 1: 0.6915746967050506",
        "spots": {
            ("W1", 0): [0.01624965, -0.00610741, -0.00528734, -0.01072836, 0.008664, -0.02301103,
                        0.01745639, -0.00760949, 0.0031934, -0.00248971],
            ("b1", None): [[1.10437111e-05], [1.78437869e-05], [3.74879549e-05], [-4.42988824e-05]],
            ("W2", None): [[-0.00200283, -0.00888593, -0.00751122, 0.01688162]],
            ("b2", None): [[-0.00689018]],
        },
    },
    ("two_layer_model", "lr 0.1, 3 iterations"): {
        "cost": 0.69315968,
        "printed": "Cost after iteration 2: 0.6524135179683452",
        "spots": {
            ("b2", None): [[-0.13451354]],
            ("W2", None): [[-0.00358725, -0.00911995, -0.00831979, 0.01615845]],
        },
    },
    ("L_layer_model", "lr 0.0075, 2 iterations"): {
        "cost": 0.70723944,
        "printed": "Cost after iteration 1: 0.7070709008912569",
        "spots": {
            ("W1", "0,:3"): [0.51384638, -0.19333098, -0.16705238],
            ("b3", None): [[0.0013201]],
            ("W3", None): [[-0.09079199, -0.08117381, 0.07667568, 0.16665535, 0.08029575, 0.04805811]],
        },
    },
    ("L_layer_model", "lr 0.02, 3 iterations"): {
        "cost": 0.70723944,
        "printed": "Cost after iteration 2: 0.7063462654190897",
        "spots": {("b3", None): [[0.00525865]], ("W3", "0,:3"): [-0.09087434, -0.07882982, 0.07821609]},
    },
}


def check_published(fn, case, parameters, costs, printed):
    want = PUBLISHED[(fn, case)]
    assert len(costs) == 1, f"{fn} {case}: {len(costs)} costs"
    p1.check_spot(f"{fn} {case} costs", [float(np.squeeze(c)) for c in costs], [want["cost"]])
    p1.check_exact(f"{fn} {case} last printed line", printed[-1], want["printed"])
    for (key, index), values in want["spots"].items():
        got = parameters[key]
        if index == 0:
            got = got[0]
        elif index == "0,:3":
            got = got[0, :3]
        p1.check_spot(f"{fn} {case} {key}{'' if index is None else f'[{index}]'}", got, values)


def encode(value):
    return value if isinstance(value, bool) else p1.encode(value)


def main():
    print(f"numpy {np.__version__}")
    out = {}
    for fn, case, args in cases():
        parameters, costs = globals()[fn](*args)
        costs = [float(np.squeeze(c)) for c in costs]
        printed = printed_lines(fn, args)
        check_published(fn, case, parameters, costs, printed)
        encoded_args = [encode(a) for a in args]
        out.setdefault(fn, {})[case] = {"args": encoded_args, "expected": p1.encode([parameters, costs]), "printed": printed}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(p1.dump(out) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")
    if "--readme" in sys.argv[1:]:
        np.set_printoptions(precision=8)
        for fn, case, args in cases():
            parameters, costs = globals()[fn](*args)
            print(f"\n### {fn}, {case}\n\n```text")
            print(f"costs = {[float(np.squeeze(c)) for c in costs]}")
            for key, value in parameters.items():
                print(f"{key} = {value}")
            print("```")


if __name__ == "__main__":
    main()
