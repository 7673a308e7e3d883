"""Small HDF5 files of the course's layout, and a numpy trace of training on them, for the tests of
grader/train (tests never run python: they read what this wrote).

Writes grader/train/testdata/:
- course/train_catvnoncat.h5, test_catvnoncat.h5: the course's names and layout (uint8 images
  (m, 8, 8, 3), int64 labels (m,), list_classes) with 24 and 10 random images whose label depends
  on their pixels, so that a network can learn it;
- names2024/train.h5, test.h5: the same data under the 2024 notebook's names;
- bad/*: files that are wrong in one way each (a missing dataset, a label of 2, a 3-d x, images
  too large for the network to come back from the sandbox);
- trace.json: what the course's code computes on course/: costs every 100 iterations and at the
  last, and train/test accuracy, of the L-layer [192, 20, 7, 5, 1] and two-layer (192, 7, 1)
  models, learning rate 0.0075, 300 iterations, with the course's helpers (dnn_app_utils) written
  out below.

Usage: python3 scripts/reference/train_testdata.py
"""
import json
import os

import h5py
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "grader", "train", "testdata")
ITERATIONS, RATE = 300, 0.0075


def write(path, split, x, y, classes=True):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with h5py.File(path, "w") as f:
        f.create_dataset(f"{split}_set_x", data=x)
        f.create_dataset(f"{split}_set_y", data=y)
        if classes:
            f.create_dataset("list_classes", data=np.array([b"non-cat", b"cat"], dtype="S7"))


def make_data():
    rng = np.random.RandomState(7)
    x = rng.randint(0, 256, (34, 8, 8, 3)).astype(np.uint8)
    # Bright red in the top half: "cat". A pixel rule, so the label can be learnt.
    y = (x[:, :4, :, 0].mean(axis=(1, 2)) > x[:, 4:, :, 0].mean(axis=(1, 2))).astype(np.int64)
    return (x[:24], y[:24]), (x[24:], y[24:])


# The course's helpers (dnn_app_utils_v3), as the notebook runs them.
def sigmoid(Z):
    return 1 / (1 + np.exp(-Z)), Z


def relu(Z):
    return np.maximum(0, Z), Z


def relu_backward(dA, Z):
    dZ = np.array(dA, copy=True)
    dZ[Z <= 0] = 0
    return dZ


def sigmoid_backward(dA, Z):
    s = 1 / (1 + np.exp(-Z))
    return dA * s * (1 - s)


def initialize_parameters(n_x, n_h, n_y):
    np.random.seed(1)
    return {"W1": np.random.randn(n_h, n_x) * 0.01, "b1": np.zeros((n_h, 1)), "W2": np.random.randn(n_y, n_h) * 0.01, "b2": np.zeros((n_y, 1))}


def initialize_parameters_deep(layer_dims):
    np.random.seed(1)
    p = {}
    for l in range(1, len(layer_dims)):
        p["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(layer_dims[l - 1])
        p["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return p


def linear_activation_forward(A_prev, W, b, activation):
    Z = W.dot(A_prev) + b
    A, activation_cache = sigmoid(Z) if activation == "sigmoid" else relu(Z)
    return A, ((A_prev, W, b), activation_cache)


def L_model_forward(X, parameters):
    caches, A, L = [], X, len(parameters) // 2
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters["W%d" % l], parameters["b%d" % l], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters["W%d" % L], parameters["b%d" % L], "sigmoid")
    caches.append(cache)
    return AL, caches


def compute_cost(AL, Y):
    m = Y.shape[1]
    cost = (1.0 / m) * (-np.dot(Y, np.log(AL).T) - np.dot(1 - Y, np.log(1 - AL).T))
    return np.squeeze(cost)


def linear_backward(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = 1.0 / m * np.dot(dZ, A_prev.T)
    db = 1.0 / m * np.sum(dZ, axis=1, keepdims=True)
    return np.dot(W.T, dZ), dW, db


def linear_activation_backward(dA, cache, activation):
    linear_cache, activation_cache = cache
    dZ = relu_backward(dA, activation_cache) if activation == "relu" else sigmoid_backward(dA, activation_cache)
    return linear_backward(dZ, linear_cache)


def L_model_backward(AL, Y, caches):
    grads, L = {}, len(caches)
    Y = Y.reshape(AL.shape)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    for l in reversed(range(L - 1)):
        grads["dA" + str(l)], grads["dW" + str(l + 1)], grads["db" + str(l + 1)] = linear_activation_backward(grads["dA" + str(l + 1)], caches[l], "relu")
    return grads


def update_parameters(params, grads, learning_rate):
    parameters = params.copy()
    for l in range(len(parameters) // 2):
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
    return parameters


def predict(X, y, parameters):
    m = X.shape[1]
    probas, _ = L_model_forward(X, parameters)
    p = (probas > 0.5).astype(float)
    return float(np.sum((p == y) / m))


def two_layer_model(X, Y, layers_dims, learning_rate, num_iterations):
    np.random.seed(1)
    trace = []
    (n_x, n_h, n_y) = layers_dims
    parameters = initialize_parameters(n_x, n_h, n_y)
    for i in range(num_iterations):
        A1, cache1 = linear_activation_forward(X, parameters["W1"], parameters["b1"], "relu")
        A2, cache2 = linear_activation_forward(A1, parameters["W2"], parameters["b2"], "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
        parameters = update_parameters(parameters, {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}, learning_rate)
        if i % 100 == 0 or i == num_iterations - 1:
            trace.append([i, float(cost)])
    return parameters, trace


def L_layer_model(X, Y, layers_dims, learning_rate, num_iterations):
    np.random.seed(1)
    trace = []
    parameters = initialize_parameters_deep(layers_dims)
    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0 or i == num_iterations - 1:
            trace.append([i, float(cost)])
    return parameters, trace


def main():
    (train_x, train_y), (test_x, test_y) = make_data()
    write(f"{OUT}/course/train_catvnoncat.h5", "train", train_x, train_y)
    write(f"{OUT}/course/test_catvnoncat.h5", "test", test_x, test_y)
    write(f"{OUT}/names2024/train.h5", "train", train_x, train_y)
    write(f"{OUT}/names2024/test.h5", "test", test_x, test_y, classes=False)
    write(f"{OUT}/bad/no-x/train.h5", "test", train_x, train_y)  # train.h5 holding test_set_*
    write(f"{OUT}/bad/no-x/test.h5", "test", test_x, test_y)
    write(f"{OUT}/bad/label-2/train.h5", "train", train_x, np.where(train_y == 1, 2, 0))
    write(f"{OUT}/bad/label-2/test.h5", "test", test_x, test_y)
    write(f"{OUT}/bad/flat/train.h5", "train", train_x.reshape(24, 64, 3), train_y)
    write(f"{OUT}/bad/flat/test.h5", "test", test_x, test_y)
    big = np.zeros((1, 120, 120, 3), np.uint8)  # 43,200 inputs: W1 too large to come back
    write(f"{OUT}/bad/too-large/train.h5", "train", big, np.zeros(1, np.int64))
    write(f"{OUT}/bad/too-large/test.h5", "test", big, np.zeros(1, np.int64))
    os.makedirs(f"{OUT}/bad/not-hdf5", exist_ok=True)
    open(f"{OUT}/bad/not-hdf5/train.h5", "w").write("not an HDF5 file\n")
    write(f"{OUT}/bad/not-hdf5/test.h5", "test", test_x, test_y)

    # The course's pre-processing.
    X = train_x.reshape(train_x.shape[0], -1).T / 255
    Xt = test_x.reshape(test_x.shape[0], -1).T / 255
    Y, Yt = train_y.reshape(1, -1), test_y.reshape(1, -1)
    trace = {"iterations": ITERATIONS, "learning_rate": RATE, "first_column": X[:, 0].tolist()}
    for name, model, dims in (("L-layer", L_layer_model, [X.shape[0], 20, 7, 5, 1]), ("two-layer", two_layer_model, (X.shape[0], 7, 1))):
        parameters, costs = model(X, Y, dims, RATE, ITERATIONS)
        trace[name] = {"layers_dims": list(dims), "costs": costs, "train_accuracy": predict(X, Y, parameters), "test_accuracy": predict(Xt, Yt, parameters)}
    with open(f"{OUT}/trace.json", "w") as f:
        json.dump(trace, f, indent=1)
        f.write("\n")
    print(json.dumps({k: v for k, v in trace.items() if k != "first_column"}))


if __name__ == "__main__":
    main()
