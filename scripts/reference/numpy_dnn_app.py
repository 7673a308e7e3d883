"""The application's four-layer training in numpy ("Deep Neural Network - Application"), for the
training trace (training_trace.py) and the benches' numpy side (scripts/bench-support/numpy_bench.py).

The model is course_application.py's: Part 1's functions from course_published.py and the
application's deep initialiser (seed 1, W / sqrt(n[l-1])). The inputs are drawn from numpy's legacy generator,
which `#np` reproduces, so the TypeScript side builds the very same X and Y from the same seed:
X = floor(rand(n_x, m) * 256) / 255 (pixels of the course's scale), Y = (rand(1, m) > 0.5).
"""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import course_application as app  # noqa: E402  (the course's models, on Part 1's functions)


def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000):
    """The course's L_layer_model; returns the cost at iterations 0, 100, ... as [iteration, cost]."""
    trace = []
    parameters, _ = app.L_layer_model(X, Y, layers_dims, learning_rate, num_iterations, trace=trace)
    return parameters, [t for t in trace if t[0] % 100 == 0]


def make_data(n_x, m, seed):
    np.random.seed(seed)
    X = np.floor(np.random.rand(n_x, m) * 256) / 255
    Y = (np.random.rand(1, m) > 0.5).astype(np.float64)
    return X, Y
