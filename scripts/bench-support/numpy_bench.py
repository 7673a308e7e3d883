#!/usr/bin/env python3
"""numpy's side of `npm run bench:np` and `npm run bench:train`: the same operations, timed the same
way (warm-up calls, then the median and minimum of timed runs, in CPU time and in wall time, as
scripts/bench-support/timing.ts does), printed as one JSON object. The
caller sets OPENBLAS_NUM_THREADS=1 (and OMP_, MKL_) so numpy runs on one thread, as `#np` does.

    numpy_bench.py np              # the 512 x 512 dot and the [12288, 20, 7, 5, 1] forward pass
    numpy_bench.py train N         # N iterations of the four-layer model on 12288 x 209, with its costs
"""

import contextlib
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reference"))
from course_published import L_model_forward, initialize_parameters_deep  # noqa: E402
from numpy_dnn_app import L_layer_model, make_data  # noqa: E402


def stats(times):
    times = sorted(times)
    mid = len(times) // 2
    median = times[mid] if len(times) % 2 else (times[mid - 1] + times[mid]) / 2
    return {"median": median, "min": times[0]}


def timed(fn, runs, warmup=2):
    for _ in range(warmup):
        fn()
    cpu, wall = [], []
    for _ in range(runs):
        c0, w0 = time.process_time(), time.perf_counter()
        fn()
        wall.append((time.perf_counter() - w0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return {"cpu": stats(cpu), "wall": stats(wall), "runs": runs}


def bench_np(dot_runs, fwd_runs):
    np.random.seed(1)
    A = np.random.randn(512, 512)
    B = np.random.randn(512, 512)
    X = np.random.rand(12288, 209)
    parameters = initialize_parameters_deep([12288, 20, 7, 5, 1])
    return {
        "dot": timed(lambda: np.dot(A, B), dot_runs),
        "forward": timed(lambda: L_model_forward(X, parameters), fwd_runs),
    }


def bench_train(iterations):
    X, Y = make_data(12288, 209, 2)
    c0, w0 = time.process_time(), time.perf_counter()
    # the course's model prints its last iteration's cost even without print_cost; stdout is the JSON
    with contextlib.redirect_stdout(sys.stderr):
        _, costs = L_layer_model(X, Y, [12288, 20, 7, 5, 1], 0.0075, iterations)
    return {"cpu": time.process_time() - c0, "wall": time.perf_counter() - w0, "costs": costs}


def main():
    info = {"numpy": np.__version__}
    if sys.argv[1] == "np":
        print(json.dumps({**info, **bench_np(int(sys.argv[2]), int(sys.argv[3]))}))
    else:
        print(json.dumps({**info, **bench_train(int(sys.argv[2]))}))


if __name__ == "__main__":
    main()
