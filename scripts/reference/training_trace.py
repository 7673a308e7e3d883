#!/usr/bin/env python3
"""A real training's cost trace from numpy, for grader/np/training-trace.test.ts: the four-layer
model [500, 20, 7, 5, 1] on 40 examples (numpy_dnn_app.make_data, seed 2), 2500 iterations at the
course's learning rate 0.0075, the cost every 100 iterations. `#np` must follow it to a relative
1e-9 (issue 14). Writes grader/np/testdata/training-trace.json; made with numpy 2.4.6 (the same
bytes with one BLAS thread or several, on this machine).

    python3 scripts/reference/training_trace.py
"""

import json
from pathlib import Path

from numpy_dnn_app import L_layer_model, make_data

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "grader" / "np" / "testdata" / "training-trace.json"

SPEC = {"n_x": 500, "m": 40, "seed": 2, "layers_dims": [500, 20, 7, 5, 1], "learning_rate": 0.0075, "num_iterations": 2500}


def main():
    X, Y = make_data(SPEC["n_x"], SPEC["m"], SPEC["seed"])
    _, costs = L_layer_model(X, Y, SPEC["layers_dims"], SPEC["learning_rate"], SPEC["num_iterations"])
    lines = [f'  "{key}": {json.dumps(value)},' for key, value in SPEC.items()]
    rows = ",\n".join(f"    {json.dumps(c)}" for c in costs)
    OUT.write_text("{\n" + "\n".join(lines) + '\n  "costs": [\n' + rows + "\n  ]\n}\n")
    print(f"wrote {OUT}: cost {costs[0][1]} -> {costs[-1][1]}")


if __name__ == "__main__":
    main()
