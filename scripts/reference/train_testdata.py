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
  models, learning rate 0.0075, 300 iterations, with the course's models (course_application.py).

Usage: python3 scripts/reference/train_testdata.py
"""
import json
import os

import sys
from pathlib import Path

import h5py
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import course_application as app  # noqa: E402  (the course's models)
import course_published as p1  # noqa: E402  (Part 1's functions, which the models call)

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


def predict(X, y, parameters):
    """The course's predict: class 1 iff AL > 0.5; the accuracy as np.sum((p == y) / m)."""
    m = X.shape[1]
    probas, _ = p1.L_model_forward(X, parameters)
    p = (probas > 0.5).astype(float)
    return float(np.sum((p == y) / m))


def traced(model):
    """`model` of course_application.py, with its cost every 100 iterations and at the last."""

    def run(X, Y, layers_dims, learning_rate, num_iterations):
        trace = []
        parameters, _ = model(X, Y, layers_dims, learning_rate, num_iterations, trace=trace)
        return parameters, [t for t in trace if t[0] % 100 == 0 or t[0] == num_iterations - 1]

    return run


two_layer_model = traced(app.two_layer_model)
L_layer_model = traced(app.L_layer_model)


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
