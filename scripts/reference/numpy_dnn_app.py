"""The application's four-layer training in numpy ("Deep Neural Network - Application"), for the
training trace (training_trace.py) and the benches' numpy side (scripts/bench-support/numpy_bench.py).

Part 1's functions are the course's, from course_published.py; the application changes only the
deep initialiser (seed 1, W / sqrt(n[l-1])). The inputs are drawn from numpy's legacy generator,
which `#np` reproduces, so the TypeScript side builds the very same X and Y from the same seed:
X = floor(rand(n_x, m) * 256) / 255 (pixels of the course's scale), Y = (rand(1, m) > 0.5).
"""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from course_published import (  # noqa: E402
    L_model_backward,
    L_model_forward,
    compute_cost,
    update_parameters,
)


def initialize_parameters_deep(layer_dims):
    np.random.seed(1)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000):
    """The course's L_layer_model; returns the cost at iterations 0, 100, ... as [iteration, cost]."""
    np.random.seed(1)
    costs = []
    parameters = initialize_parameters_deep(layers_dims)
    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0:
            costs.append([i, float(cost)])
    return parameters, costs


def make_data(n_x, m, seed):
    np.random.seed(seed)
    X = np.floor(np.random.rand(n_x, m) * 256) / 255
    Y = (np.random.rand(1, m) > 0.5).astype(np.float64)
    return X, Y
