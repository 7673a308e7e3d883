#!/usr/bin/env python3
"""Writes the numpy reference data that grader/np/random's tests compare against.

Run from the repository root on the machine whose numbers we reproduce (numpy 2.4.6, glibc 2.36,
x86-64 with FMA + AVX2):

    python3 scripts/reference/numpy_random.py

It writes, into grader/np/random/testdata/:
  randn-seed{1,2,3}.f64.gz   1,000,000 np.random.randn draws after np.random.seed(s),
                             float64 little-endian, gzip (mtime 0, so reruns are byte-identical)
  log-unit-interval.f64.gz   200,000 pairs (x, log(x)) for x in (0, 1], float64 little-endian
  numpy-random.json          small cases: 32-bit outputs, rand, shaped randn, call sequences
                             that carry the Gaussian cache over, log special/hard cases (hex bits),
                             and the bytes of glibc's log table for a cross-check

The tests only read these files; they never run python.

Which log is "numpy's log"? numpy's legacy Gaussian (mtrand*.so) calls the C library's log
(it imports log@GLIBC_2.2.5), so the log references below come from libm itself (ctypes), and the
script checks that math.log and a Python re-run of legacy_gauss agree with it and with numpy.
np.log is NOT the same function on this machine: with AVX-512 available numpy dispatches float64
log to its own SIMD kernel, which differs from glibc in the last bit for about 0.3% of inputs
(the JSON records the count); with NPY_DISABLE_CPU_FEATURES="AVX512_ICL X86_V4" it falls back to
libm and agrees exactly.
"""
import ctypes
import gzip
import json
import math
import os
import platform
import struct
import sys

import mpmath
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "grader", "np", "random", "testdata")
DRAWS = 1_000_000
LOG_SAMPLE = 200_000

libm = ctypes.CDLL("libm.so.6")
libm.log.restype = ctypes.c_double
libm.log.argtypes = [ctypes.c_double]


def bits(x: float) -> str:
    return struct.pack(">d", x).hex()


def write_gz(name: str, values: np.ndarray) -> None:
    raw = np.ascontiguousarray(values, dtype="<f8").tobytes()
    with open(os.path.join(OUT, name), "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
            gz.write(raw)


def seeded(s: int):
    np.random.seed(s)
    return np.random


def python_legacy_gauss(count: int, seed: int) -> list:
    """legacy_gauss re-done in Python with math.log (= libm log): proves numpy uses that log."""
    rs = np.random.RandomState(seed)
    out = []
    while len(out) < count:
        while True:
            x1 = 2.0 * rs.random_sample() - 1.0
            x2 = 2.0 * rs.random_sample() - 1.0
            r2 = x1 * x1 + x2 * x2
            if r2 < 1.0 and r2 != 0.0:
                break
        f = math.sqrt(-2.0 * math.log(r2) / r2)
        out += [f * x2, f * x1]
    return out[:count]


def glibc_log_table() -> list:
    """struct log_data (e_log_data.c) as stored in libm.so.6: 18 constants, then 128 {invc, logc}."""
    path = "/lib/x86_64-linux-gnu/libm.so.6"
    data = open(path, "rb").read()
    head = struct.pack("<ddd", float.fromhex("0x1.62e42fefa38p-1"),
                       float.fromhex("0x1.ef35793c7673p-45"), float.fromhex("-0x1.0000000000001p-1"))
    start = data.find(head)
    assert start >= 0 and data.find(head, start + 1) < 0, "log_data not found exactly once"
    words = struct.unpack("<%dd" % (18 + 256), data[start:start + 8 * (18 + 256)])
    return [bits(w) for w in words]


def correctly_rounded_log(x: float) -> float:
    return float(mpmath.log(mpmath.mpf(x)))


def log_special_cases() -> list:
    tiny = 5e-324
    named = {
        "zero": 0.0, "negative zero": -0.0, "minus one": -1.0, "nan": math.nan,
        "infinity": math.inf, "minus infinity": -math.inf, "one": 1.0, "two": 2.0, "half": 0.5,
        "e": math.e, "smallest subnormal": tiny, "largest subnormal": 2.0**-1022 - tiny,
        "a mid subnormal": 3.1415e-315, "smallest normal": 2.0**-1022, "largest double": sys.float_info.max,
        "1 - 2^-53": 1.0 - 2.0**-53, "1 + 2^-52": 1.0 + 2.0**-52,
        "near-one path lower bound 0.9375": 0.9375, "just below 0.9375": math.nextafter(0.9375, 0),
        "near-one path upper bound (excluded) 1 + 0x1.09p-4": 1.0 + float.fromhex("0x1.09p-4"),
        "just below 1 + 0x1.09p-4": math.nextafter(1.0 + float.fromhex("0x1.09p-4"), 0),
        "table start 0x1.6p-1": 0.6875, "just below 0x1.6p-1": math.nextafter(0.6875, 0),
        "table end 0x1.6p0": 1.375, "just below 0x1.6p0": math.nextafter(1.375, 0),
        "tiny r2 1e-300": 1e-300, "big 1e300": 1e300,
    }
    return [{"why": why, "x": bits(x), "log": bits(libm.log(x))} for why, x in named.items()]


def log_misrounded_cases(rng: np.random.Generator, wanted: int) -> list:
    """Inputs where glibc's log is not the correctly rounded log: only its exact algorithm fits."""
    mpmath.mp.prec = 160
    found = {"near one": [], "table": []}
    while min(len(v) for v in found.values()) < wanted // 2:
        xs = np.concatenate([1.0 - rng.random(20_000), rng.uniform(0.9375, 1.0, 20_000)])
        for x in xs.tolist():
            y = libm.log(x)
            if y != correctly_rounded_log(x):
                path = "near one" if 0.9375 <= x < 1.0 + float.fromhex("0x1.09p-4") else "table"
                if len(found[path]) < wanted // 2:
                    found[path].append({"why": f"glibc not correctly rounded ({path} path)",
                                        "x": bits(x), "log": bits(y)})
    return found["near one"] + found["table"]


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    print("numpy", np.__version__, "glibc", os.confstr("CS_GNU_LIBC_VERSION"), platform.machine())

    for s in (1, 2, 3):
        draws = seeded(s).randn(DRAWS)
        assert python_legacy_gauss(10_000, s) == draws[:10_000].tolist(), "numpy's log is not libm's"
        write_gz(f"randn-seed{s}.f64.gz", draws)

    rng = np.random.default_rng(20240607)
    xs = np.concatenate([
        1.0 - rng.random(LOG_SAMPLE - 10_000),  # uniform in (0, 1], like the Gaussian's r2
        # plus 10,000 spread over all exponents of (0, 1], subnormals included
        np.maximum(np.ldexp(1.0 - rng.random(10_000), -rng.integers(0, 1075, 10_000)), 5e-324),
    ])
    logs = np.array([libm.log(x) for x in xs.tolist()])
    assert all(math.log(x) == y for x, y in zip(xs.tolist(), logs.tolist()))
    write_gz("log-unit-interval.f64.gz", np.column_stack([xs, logs]).ravel())
    np_log_differs = int(np.count_nonzero(np.log(xs) != logs))

    sequences = []
    for s, calls in [
        (1, [["randn", [3]], ["randn", [2, 2]], ["randn", []], ["rand", [2]], ["randn", []]]),
        (2, [["randn", [1]], ["rand", []], ["randn", [1]], ["randn", [2, 3]], ["rand", [3, 2]]]),
        (3, [["randn", []], ["randn", []], ["randn", []], ["rand", [2, 2]], ["randn", [5]]]),
        (4294967295, [["randn", [4]], ["rand", [4]]]),
        (0, [["rand", [3]], ["randn", [3]]]),
    ]:
        gen = seeded(s)
        results = []
        for fn, dims in calls:
            value = getattr(gen, fn)(*dims)
            results.append(value.tolist() if isinstance(value, np.ndarray) else float(value))
        sequences.append({"seed": s, "calls": [{"fn": fn, "dims": dims} for fn, dims in calls],
                          "results": results})

    reference = {
        "generatedWith": {"numpy": np.__version__, "glibc": os.confstr("CS_GNU_LIBC_VERSION"),
                          "machine": platform.machine(), "script": "scripts/reference/numpy_random.py"},
        "next32": {s: seeded(s).mtrand._rand._bit_generator.random_raw(10).tolist() for s in (1, 2, 3)},
        "rand": {s: seeded(s).rand(5).tolist() for s in (1, 2, 3)},
        "randnShape5Seed1": seeded(1).randn(5).tolist(),
        "randnShape2x3Seed3": seeded(3).randn(2, 3).tolist(),
        "rand3x2Seed1": seeded(1).rand(3, 2).tolist(),
        "randn10000LastSeed1": float(seeded(1).randn(10000)[-1]),
        "sequences": sequences,
        "logCases": log_special_cases() + log_misrounded_cases(rng, 200),
        "glibcLogTableBits": glibc_log_table(),
        "npLogDiffersFromLibmOnSample": np_log_differs,
    }
    with open(os.path.join(OUT, "numpy-random.json"), "w") as f:
        json.dump(reference, f, indent=1)
        f.write("\n")
    print("np.log differs from libm log on", np_log_differs, "of", len(xs), "sample inputs")


if __name__ == "__main__":
    main()
