#!/usr/bin/env python3
"""The course's published cases, recomputed with numpy, written as JSON for the TypeScript tests.

The week-4 assignment ("Building your Deep Neural Network: Step by Step") checks each function on
inputs drawn from numpy's legacy global generator. This script implements the course's reference
functions in numpy, exactly as the course's notebook does, runs every test-case recipe, asserts the
spot values the course prints, and writes

    grader/fixtures/testdata/course-published.json
    { "<function>": { "<case>": { "args": [...], "expected": ... } } }

Encoding: an ndarray becomes {"shape": [...], "data": [...]} (row-major; Python's float repr
round-trips float64, so no precision is lost), a tuple or list a JSON array, a dict an object with
the same keys (in insertion order), a float/int a number, a string a string.

The project's own tests read the JSON and never need python. Regenerate with

    python3 scripts/reference/course_published.py            # check spot values, write the JSON
    python3 scripts/reference/course_published.py --readme   # also print the notebook's outputs

Made with numpy 2.4.6; the output is byte-for-byte reproducible.
"""

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "grader" / "fixtures" / "testdata" / "course-published.json"


# --- The course's given helpers ------------------------------------------------------------------


def sigmoid(Z):
    A = 1 / (1 + np.exp(-Z))
    return A, Z


def relu(Z):
    A = np.maximum(0, Z)
    return A, Z


def relu_backward(dA, cache):
    Z = cache
    dZ = np.array(dA, copy=True)
    dZ[Z <= 0] = 0
    return dZ


def sigmoid_backward(dA, cache):
    Z = cache
    s = 1 / (1 + np.exp(-Z))
    return dA * s * (1 - s)


# --- The course's reference implementations ------------------------------------------------------


def initialize_parameters(n_x, n_h, n_y):
    np.random.seed(1)
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def initialize_parameters_deep(layer_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


def linear_forward(A, W, b):
    Z = np.dot(W, A) + b
    cache = (A, W, b)
    return Z, cache


def linear_activation_forward(A_prev, W, b, activation):
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = relu(Z)
    cache = (linear_cache, activation_cache)
    return A, cache


def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(
            A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "relu"
        )
        caches.append(cache)
    AL, cache = linear_activation_forward(
        A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid"
    )
    caches.append(cache)
    return AL, caches


def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = -1 / m * (np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T))
    cost = np.squeeze(cost)
    return cost


def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = 1 / m * np.dot(dZ, A_prev.T)
    db = 1 / m * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db


def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    return dA_prev, dW, db


def L_model_backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    current_cache = caches[L - 1]
    dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, current_cache, "sigmoid")
    grads["dA" + str(L - 1)] = dA_prev_temp
    grads["dW" + str(L)] = dW_temp
    grads["db" + str(L)] = db_temp
    for l in reversed(range(L - 1)):
        current_cache = caches[l]
        dA_prev_temp, dW_temp, db_temp = linear_activation_backward(
            grads["dA" + str(l + 1)], current_cache, "relu"
        )
        grads["dA" + str(l)] = dA_prev_temp
        grads["dW" + str(l + 1)] = dW_temp
        grads["db" + str(l + 1)] = db_temp
    return grads


def update_parameters(params, grads, learning_rate):
    parameters = {key: value.copy() for key, value in params.items()}
    L = len(parameters) // 2
    for l in range(L):
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
    return parameters


# --- The course's test-case recipes (RECIPES.md section 2) ---------------------------------------


def randn_all(seed, *shapes):
    """Seed the global generator, then one randn call per shape, all from the same stream."""
    np.random.seed(seed)
    return [np.random.randn(*shape) for shape in shapes]


def cases():
    """Every case as (function, case name, args). Inputs are built before any function runs."""
    yield "initialize_parameters", "3-2-1", [3, 2, 1]
    yield "initialize_parameters", "4-3-2", [4, 3, 2]
    yield "initialize_parameters_deep", "5-4-3", [[5, 4, 3]]
    yield "initialize_parameters_deep", "4-3-2", [[4, 3, 2]]

    A, W, b = randn_all(1, (3, 2), (1, 3), (1, 1))
    yield "linear_forward", "course", [A, W, b]

    A_prev, W, b = randn_all(2, (3, 2), (1, 3), (1, 1))
    yield "linear_activation_forward", "sigmoid", [A_prev, W, b, "sigmoid"]
    yield "linear_activation_forward", "relu", [A_prev, W, b, "relu"]

    X, W1, b1, W2, b2, W3, b3 = randn_all(6, (5, 4), (4, 5), (4, 1), (3, 4), (3, 1), (1, 3), (1, 1))
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}
    yield "L_model_forward", "course", [X, parameters]

    Y = np.asarray([[1, 1, 0]])
    AL = np.array([[0.8, 0.9, 0.4]])
    yield "compute_cost", "course", [AL, Y]

    dZ, A, W, b = randn_all(1, (3, 4), (5, 4), (3, 5), (3, 1))
    yield "linear_backward", "course", [dZ, (A, W, b)]

    dA, A, W, b, Z = randn_all(2, (1, 2), (3, 2), (1, 3), (1, 1), (1, 2))
    yield "linear_activation_backward", "sigmoid", [dA, ((A, W, b), Z), "sigmoid"]
    yield "linear_activation_backward", "relu", [dA, ((A, W, b), Z), "relu"]

    np.random.seed(3)
    AL = np.random.randn(1, 2)
    Y = np.array([[1, 0]])  # drawn from nothing: the stream goes on with A1
    A1, W1, b1, Z1 = (np.random.randn(*s) for s in [(4, 2), (3, 4), (3, 1), (3, 2)])
    A2, W2, b2, Z2 = (np.random.randn(*s) for s in [(3, 2), (1, 3), (1, 1), (1, 2)])
    caches = (((A1, W1, b1), Z1), ((A2, W2, b2), Z2))
    yield "L_model_backward", "course", [AL, Y, caches]

    W1, b1, W2, b2 = randn_all(2, (3, 4), (3, 1), (1, 3), (1, 1))
    dW1, db1, dW2, db2 = randn_all(3, (3, 4), (3, 1), (1, 3), (1, 1))
    params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    yield "update_parameters", "course", [params, grads, 0.1]


# --- Spot values the course prints (RECIPES.md sections 3 and 4) ---------------------------------


def check_spot(label, got, printed):
    """`printed` is what the course shows with 8 decimals: `got` must round to it."""
    got = np.asarray(got, dtype=float)
    printed = np.asarray(printed, dtype=float)
    assert got.shape == printed.shape, f"{label}: shape {got.shape}, course prints {printed.shape}"
    assert np.all(np.abs(got - printed) <= 5e-9 + 1e-15), f"{label}: {got} but the course prints {printed}"
    print(f"  ok  {label} = {np.array2string(got, precision=8, separator=', ')}")


def check_exact(label, got, expected):
    assert got == expected, f"{label}: {got!r}, expected {expected!r}"
    print(f"  ok  {label} = {got!r}")


def check_generator():
    np.random.seed(1)
    check_exact("seed 1, randn(5)", np.random.randn(5).tolist(), [
        1.6243453636632417, -0.6117564136500754, -0.5281717522634557, -1.0729686221561705, 0.8654076293246785,
    ])
    np.random.seed(3)
    check_exact("seed 3, randn(2,3)", np.random.randn(2, 3).tolist(), [
        [1.7886284734303186, 0.43650985051198943, 0.09649746807200862],
        [-1.8634927033644908, -0.27738820251439905, -0.35475897926898675],
    ])
    np.random.seed(1)
    check_exact("seed 1, randn(10000)[-1]", float(np.random.randn(10000)[-1]), -1.4378698926788949)
    np.random.seed(1)
    check_exact("seed 1, rand(2)", np.random.rand(2).tolist(), [0.417022004702574, 0.7203244934421581])


def check_spot_values(out):
    e = lambda fn, case: out[fn][case]["expected"]
    p = e("initialize_parameters", "3-2-1")
    check_spot("initialize_parameters(3,2,1) W1[0]", p["W1"][0], [0.01624345, -0.00611756, -0.00528172])
    check_spot("initialize_parameters(3,2,1) W2", p["W2"], [[0.01744812, -0.00761207]])
    p = e("initialize_parameters_deep", "5-4-3")
    check_spot("initialize_parameters_deep([5,4,3]) W1[0]", p["W1"][0],
               [0.01788628, 0.0043651, 0.00096497, -0.01863493, -0.00277388])
    check_spot("linear_forward Z", e("linear_forward", "course")[0], [[3.26295337, -1.23429987]])
    check_spot("linear_activation_forward sigmoid A", e("linear_activation_forward", "sigmoid")[0],
               [[0.96890023, 0.11013289]])
    check_spot("linear_activation_forward relu A", e("linear_activation_forward", "relu")[0], [[3.43896131, 0.0]])
    check_spot("L_model_forward AL", e("L_model_forward", "course")[0],
               [[0.03921668, 0.70498921, 0.19734387, 0.04728177]])
    assert len(e("L_model_forward", "course")[1]) == 3, "L_model_forward must return 3 caches"
    cost = e("compute_cost", "course")
    check_spot("compute_cost", cost, 0.27977656)
    assert abs(cost - 0.2797765635793422) < 1e-15, f"compute_cost: {cost!r}"
    check_spot("linear_backward db", e("linear_backward", "course")[2], [[-0.14713786], [-0.11313155], [-0.13209101]])
    check_spot("linear_activation_backward sigmoid db", e("linear_activation_backward", "sigmoid")[2], [[-0.05729622]])
    check_spot("linear_activation_backward relu db", e("linear_activation_backward", "relu")[2], [[-0.20837892]])
    g = e("L_model_backward", "course")
    check_spot("L_model_backward db2", g["db2"], [[0.15187861]])
    check_exact("L_model_backward dA0[:, 0]", g["dA0"][:, 0].tolist(), [0.0, 0.0, 0.0, 0.0])
    check_exact("L_model_backward keys", sorted(g), ["dA0", "dA1", "dW1", "dW2", "db1", "db2"])
    check_spot("update_parameters b2", e("update_parameters", "course")["b2"], [[-0.84610769]])


# --- Encoding ------------------------------------------------------------------------------------


def encode(value):
    if isinstance(value, np.ndarray):
        return {"shape": list(value.shape), "data": value.ravel().tolist()}
    if isinstance(value, (tuple, list)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {key: encode(v) for key, v in value.items()}
    if isinstance(value, (bool, np.bool_)):
        raise TypeError("booleans do not occur in the course's cases")
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value)
    if isinstance(value, str):
        return value
    raise TypeError(f"cannot encode {type(value).__name__}")


def dump(value, indent=0):
    """JSON with one tensor (or one list of scalars) per line, so diffs stay readable."""
    pad = "  " * indent
    is_leaf = lambda v: not isinstance(v, (dict, list)) or (isinstance(v, dict) and set(v) == {"shape", "data"})
    if isinstance(value, dict) and not is_leaf(value):
        items = [f'{pad}  {json.dumps(k)}: {dump(v, indent + 1)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and not all(not isinstance(v, (dict, list)) for v in value):
        items = [f"{pad}  {dump(v, indent + 1)}" for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, allow_nan=False)


# --- What the notebook prints, for exercises/README.md -------------------------------------------


def readme_blocks(out):
    e = lambda fn, case: out[fn][case]["expected"]
    show = lambda name, a: f"{name} = {a}"
    blocks = {}
    for fn, case in [("initialize_parameters", "3-2-1"), ("initialize_parameters_deep", "5-4-3")]:
        blocks[fn] = [show(k, v) for k, v in e(fn, case).items()]
    blocks["linear_forward"] = [show("Z", e("linear_forward", "course")[0])]
    blocks["linear_activation_forward"] = [
        f"With sigmoid: A = {e('linear_activation_forward', 'sigmoid')[0]}",
        f"With ReLU: A = {e('linear_activation_forward', 'relu')[0]}",
    ]
    AL, caches = e("L_model_forward", "course")
    blocks["L_model_forward"] = [show("AL", AL), f"len(caches) = {len(caches)}"]
    blocks["compute_cost"] = [f"cost = {e('compute_cost', 'course')}"]
    blocks["linear_backward"] = [show(k, v) for k, v in zip(["dA_prev", "dW", "db"], e("linear_backward", "course"))]
    blocks["linear_activation_backward"] = [
        f"With {act}: {k} = {v}"
        for act in ["sigmoid", "relu"]
        for k, v in zip(["dA_prev", "dW", "db"], e("linear_activation_backward", act))
    ]
    g = e("L_model_backward", "course")
    blocks["L_model_backward"] = [show(k, g[k]) for k in ["dA0", "dA1", "dW1", "dW2", "db1", "db2"]]
    blocks["update_parameters"] = [show(k, v) for k, v in e("update_parameters", "course").items()]
    for fn, lines in blocks.items():
        print(f"\n### {fn}\n\n```text\n" + "\n".join(lines) + "\n```")


def main():
    np.set_printoptions(precision=8)  # the notebook's default printing, stated for clarity
    print(f"numpy {np.__version__}")
    check_generator()
    out = {}
    for fn, case, args in cases():
        result = globals()[fn](*args)
        if fn == "compute_cost":
            result = float(np.squeeze(result))
        out.setdefault(fn, {})[case] = {"args": args, "expected": result}
    check_spot_values(out)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(dump(encode(out)) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")
    if "--readme" in sys.argv[1:]:
        readme_blocks(out)


if __name__ == "__main__":
    main()
