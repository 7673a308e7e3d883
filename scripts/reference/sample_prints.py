"""Writes grader/samples/prints-arrays/expected.json: what Python's print() shows for the arrays the
sample's linear_forward prints on the course's case (numpy's str form). Run from the project root:
python3 scripts/reference/sample_prints.py"""
import contextlib
import io
import json

import numpy as np

case = json.load(open("fixtures/linear_forward.json"))["cases"][0]
A, W, b = [np.array(a["data"]).reshape(a["shape"]) for a in case["args"]]
Z = np.dot(W, A) + b
printed = io.StringIO()
with contextlib.redirect_stdout(printed):
    print(Z)
    print("W =", W)
    print(f"b is {b}")
expected = {
    "description": "a correct linear_forward that prints its arrays: the captured output is what Python's print() "
    "prints (numpy's str), not numpy's repr; output from numpy " + np.__version__ + " on the same arrays",
    "exercises": {
        "linear_forward": {
            "status": "pass",
            "score": 10,
            "cases": {"course": {"status": "pass", "output": printed.getvalue()}},
        }
    },
}
with open("grader/samples/prints-arrays/expected.json", "w") as f:
    json.dump(expected, f, indent=2, ensure_ascii=False)
