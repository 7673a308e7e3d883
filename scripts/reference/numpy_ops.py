#!/usr/bin/env python3
"""Writes the numpy reference data that grader/np's tests compare against.

    python3 scripts/reference/numpy_ops.py      (numpy 2.4.6)

Outputs, both committed so the tests never run Python:
  grader/np/testdata/ops.json   inputs, numpy's results or exact error texts, per operation
  grader/np/testdata/repr.json  numpy's repr / str of a range of float64 arrays

Floats are written with Python's repr (shortest round-trip, which JSON.parse reads back to the
same bits); nan / inf / -inf, which JSON lacks, are the strings "nan", "inf", "-inf".

Encodings of arguments and results:
  {"ref": key}                   an NDArray, {"nd": shape, "data": [...]} in the "arrays" table
  {"list": nested}               a nested JS list passed as array_like
  {"raw": value}                 passed as is (shapes, axes, flags)
  number or "nan"/"inf"/"-inf"   a JS number
Each case has "tol": 0 for bit-exact comparison, or {"rtol": r, "atol": a}.
"""

import hashlib
import json
import math
import os
import sys
import warnings

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "grader", "np", "testdata")

EXACT = 0
# exp/log/tanh/pow come from different libms (glibc or numpy's SIMD code vs V8's fdlibm port):
# they agree to an ulp or two, so a few ulps of slack
LIBM = {"rtol": 1e-14, "atol": 0}
# BLAS and pairwise-vs-blocked summation orders: the brief's tight tolerance
ORDER = {"rtol": 1e-12, "atol": 1e-12}


def num(x):
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


ARRAYS = {}


def nd_inline(a):
    a = np.asarray(a, dtype=np.float64)
    return {"nd": list(a.shape), "data": [num(v) for v in a.ravel()]}


def nd(a):
    """An array, stored once in the shared table and referenced by key (inputs repeat a lot)."""
    enc = nd_inline(a)
    key = hashlib.sha1(json.dumps(enc).encode()).hexdigest()[:12]
    ARRAYS[key] = enc
    return {"ref": key}


def nested(x):
    if isinstance(x, (list, tuple)):
        return [nested(v) for v in x]
    return num(x)


def encode_result(fn, r):
    if fn in ("allclose", "array_equal"):
        return {"raw": bool(r)}
    if fn == "shape":
        return {"raw": list(r)}
    if fn == "NDArray.tolist":
        return {"list": nested(r)}
    if fn == "NDArray.item":
        return num(r)
    # numpy answers scalars (and bools) where #np answers 0-d float arrays
    return nd(np.asarray(r, dtype=np.float64))


CASES = []


def case(name, fn, args, call, kwargs=None, tol=EXACT):
    """Runs `call` in numpy and records its result, or the exception numpy raised."""
    entry = {"name": name, "fn": fn, "args": args, "tol": tol}
    if kwargs:
        entry["kwargs"] = kwargs
    try:
        with np.errstate(all="ignore"):
            result = call()
        entry["expect"] = encode_result(fn, result)
    except Exception as e:  # noqa: BLE001 - the exception is the expected result
        entry["error"] = {"name": type(e).__name__, "message": str(e)}
    CASES.append(entry)


rng = np.random.RandomState(0)


def randn(*shape):
    return rng.standard_normal(shape)


SPECIALS = np.array([0.0, -0.0, 1.0, -1.0, 0.5, 2.0, np.nan, np.inf, -np.inf, 1e-300, 1e300, 3.0])


def binary_cases():
    ops = {
        "add": (np.add, EXACT),
        "subtract": (np.subtract, EXACT),
        "multiply": (np.multiply, EXACT),
        "divide": (np.divide, EXACT),
        "maximum": (np.maximum, EXACT),
        "minimum": (np.minimum, EXACT),
        "power": (np.power, LIBM),
        "greater": (np.greater, EXACT),
        "greater_equal": (np.greater_equal, EXACT),
        "less": (np.less, EXACT),
        "less_equal": (np.less_equal, EXACT),
        "equal": (np.equal, EXACT),
        "not_equal": (np.not_equal, EXACT),
    }
    shapes = [
        ((3, 4), (3, 4)),
        ((3, 4), ()),
        ((), (3, 4)),
        ((3, 4), (3, 1)),
        ((3, 1), (1, 4)),
        ((4,), (3, 4)),
        ((2, 1, 3), (4, 1)),
        ((5, 1), (5, 209)),
        ((0, 3), (3,)),
    ]
    for name, (f, tol) in ops.items():
        for sa, sb in shapes:
            a, b = randn(*sa), randn(*sb)
            if name == "power":
                a = np.abs(a) + 0.1
            case(f"{name} {sa} {sb}", name, [nd(a), nd(b)], lambda: f(a, b), tol=tol)
        # every pair of special values, to pin NaN, infinity and signed-zero handling
        x = np.repeat(SPECIALS, len(SPECIALS))
        y = np.tile(SPECIALS, len(SPECIALS))
        case(f"{name} special values", name, [nd(x), nd(y)], lambda: f(x, y), tol=tol)
        case(f"{name} of two numbers", name, [1.5, -2.0], lambda: f(1.5, -2.0), tol=tol)
        case(f"{name} of a number and a nested list", name, [2.0, {"list": [[1.0, 2.0], [3.0, 4.0]]}],
             lambda: f(2.0, np.array([[1.0, 2.0], [3.0, 4.0]])), tol=tol)
        case(f"{name} broadcast error", name, [nd(np.zeros((3, 4))), nd(np.zeros((2, 1)))],
             lambda: f(np.zeros((3, 4)), np.zeros((2, 1))))
    case("power with negative bases and integer exponents", "power",
         [nd([-2.0, -1.5, -3.0, 2.0]), nd([2.0, 3.0, -2.0, 0.5])],
         lambda: np.power(np.array([-2.0, -1.5, -3.0, 2.0]), np.array([2.0, 3.0, -2.0, 0.5])), tol=LIBM)
    case("add broadcast error lists every operand", "add", [nd(np.zeros(3)), nd(np.zeros(4))],
         lambda: np.add(np.zeros(3), np.zeros(4)))


def unary_cases():
    ops = {
        "negative": (np.negative, EXACT),
        "abs": (np.abs, EXACT),
        "square": (np.square, EXACT),
        "sqrt": (np.sqrt, EXACT),
        "exp": (np.exp, LIBM),
        "log": (np.log, LIBM),
        "tanh": (np.tanh, LIBM),
        "isnan": (np.isnan, EXACT),
        "isfinite": (np.isfinite, EXACT),
    }
    for name, (f, tol) in ops.items():
        a = randn(4, 5) * 3
        if name in ("sqrt", "log"):
            a = np.abs(a)
        case(f"{name} of a matrix", name, [nd(a)], lambda: f(a), tol=tol)
        case(f"{name} of special values", name, [nd(SPECIALS)], lambda: f(SPECIALS), tol=tol)
        case(f"{name} of a number", name, [0.75], lambda: f(0.75), tol=tol)
        wide = np.linspace(-30, 30, 121)
        if name in ("sqrt", "log"):
            wide = np.abs(wide) + 1e-3
        case(f"{name} over a wide range", name, [nd(wide)], lambda: f(wide), tol=tol)


def where_cases():
    c = np.array([[1.0, 0.0, np.nan], [0.0, -2.0, 0.0]])
    x, y = randn(2, 3), randn(3)
    case("where picks by truthiness, nan counting as true", "where", [nd(c), nd(x), nd(y)],
         lambda: np.where(c, x, y))
    case("where with number branches", "where", [nd(c), 1.0, 0.0], lambda: np.where(c, 1.0, 0.0))
    case("where broadcast error", "where", [nd(np.zeros(3)), nd(np.zeros(2)), nd(np.zeros(4))],
         lambda: np.where(np.zeros(3), np.zeros(2), np.zeros(4)))


def reduction_cases():
    arrays = {
        "(3,4)": randn(3, 4),
        "(5,300)": randn(5, 300),
        "(300,1)": randn(300, 1),
        "(2,3,4)": randn(2, 3, 4),
        "(4,130,3)": randn(4, 130, 3),
        "(7,)": randn(7),
        "()": np.array(1.25),
        "(0,3)": np.zeros((0, 3)),
    }
    axes = [None, 0, 1, -1, 2, (0, 1), (0, 2), (1, 2)]
    funcs = {"sum": (np.sum, ORDER), "mean": (np.mean, ORDER), "max": (np.max, EXACT), "min": (np.min, EXACT)}
    for fname, (f, tol) in funcs.items():
        for label, a in arrays.items():
            for axis in axes:
                for keep in (False, True):
                    kw = {"axis": list(axis) if isinstance(axis, tuple) else axis, "keepdims": keep}
                    case(f"{fname} {label} axis={axis} keepdims={keep}", fname, [nd(a)],
                         lambda: f(a, axis=axis, keepdims=keep), kwargs=kw, tol=tol)
        case(f"{fname} of a nested list", fname, [{"list": [[1.0, 2.0], [3.0, 4.5]]}],
             lambda: f(np.array([[1.0, 2.0], [3.0, 4.5]])), tol=tol)
        case(f"{fname} with a repeated axis", fname, [nd(np.zeros((2, 2)))],
             lambda: f(np.zeros((2, 2)), axis=(0, 0)), kwargs={"axis": [0, 0]})
        case(f"{fname} of a 0-d array over axis 1", fname, [nd(np.array(1.0))],
             lambda: f(np.array(1.0), axis=1), kwargs={"axis": 1})
    nan_row = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, -np.inf]])
    for fname in ("max", "min", "sum"):
        f = getattr(np, fname)
        for axis in (None, 0, 1):
            case(f"{fname} propagates nan, axis={axis}", fname, [nd(nan_row)],
                 lambda: f(nan_row, axis=axis), kwargs={"axis": axis})


def pairwise_cases():
    """Sums whose value depends on numpy's pairwise order; #np reproduces it, so bit-exact."""
    for n in (7, 8, 9, 16, 127, 128, 129, 209, 1000, 4097, 12288):
        a = randn(n) * 10.0 ** rng.uniform(-8, 8, n)
        case(f"pairwise sum of {n} values of mixed magnitude", "sum", [nd(a)], lambda: np.sum(a))
    m = randn(20, 209) * 10.0 ** rng.uniform(-8, 8, (20, 209))
    case("row sums keep numpy's pairwise order", "sum", [nd(m)],
         lambda: np.sum(m, axis=1, keepdims=True), kwargs={"axis": 1, "keepdims": True})
    case("column sums keep numpy's row-by-row order", "sum", [nd(m)],
         lambda: np.sum(m, axis=0), kwargs={"axis": 0})
    case("mean over a row of 209", "mean", [nd(m)], lambda: np.mean(m, axis=1), kwargs={"axis": 1})
    case("sum of negative zeros is +0", "sum", [nd(np.full(10, -0.0))], lambda: np.sum(np.full(10, -0.0)))
    case("sum of an empty array is 0", "sum", [nd(np.zeros(0))], lambda: np.sum(np.zeros(0)))
    case("mean of an empty array is nan", "mean", [nd(np.zeros(0))], lambda: np.mean(np.zeros(0)))


def dot_cases():
    pairs = [
        ((3, 2), (2, 4)),
        ((2, 3), (3,)),
        ((3,), (3, 2)),
        ((5,), (5,)),
        ((7, 33), (33, 5)),
        ((20, 64), (64, 209)),
        ((1, 20), (20, 1)),
        ((2, 3, 4), (5, 4, 6)),
        ((2, 3, 4), (4,)),
        ((2, 3, 4), (4, 2)),
        ((0, 3), (3, 2)),
        ((3, 0), (0, 2)),
    ]
    for sa, sb in pairs:
        a, b = randn(*sa), randn(*sb)
        case(f"dot {sa} {sb}", "dot", [nd(a), nd(b)], lambda: np.dot(a, b), tol=ORDER)
        if len(sa) > 0 and len(sb) > 0 and not (len(sa) > 2 or len(sb) > 2):
            case(f"matmul {sa} {sb}", "matmul", [nd(a), nd(b)], lambda: np.matmul(a, b), tol=ORDER)
    s = randn(2, 2)
    case("dot of a number and a matrix", "dot", [3.0, nd(s)], lambda: np.dot(3.0, s))
    case("dot of a matrix and a 0-d array", "dot", [nd(s), nd(np.array(2.0))], lambda: np.dot(s, np.array(2.0)))
    case("dot of nested lists", "dot", [{"list": [[1.0, 2.0], [3.0, 4.0]]}, {"list": [[5.0], [6.0]]}],
         lambda: np.dot([[1.0, 2.0], [3.0, 4.0]], [[5.0], [6.0]]), tol=ORDER)
    for sa, sb in [((3, 2), (3, 2)), ((3,), (2,)), ((2, 3), (2,)), ((2,), (3, 2)), ((2, 3, 4), (5, 6)),
                   ((4,), (2, 5, 6))]:
        case(f"dot error {sa} {sb}", "dot", [nd(np.zeros(sa)), nd(np.zeros(sb))],
             lambda: np.dot(np.zeros(sa), np.zeros(sb)))
    a, b = randn(2, 1, 3, 4), randn(5, 4, 2)
    case("matmul broadcasts stacks", "matmul", [nd(a), nd(b)], lambda: np.matmul(a, b), tol=ORDER)
    a3, v = randn(2, 3, 4), randn(4)
    case("matmul of a stack and a vector", "matmul", [nd(a3), nd(v)], lambda: np.matmul(a3, v), tol=ORDER)
    for label, sa, sb in [("scalar first", (), (2, 3)), ("scalar second", (2, 3), ()),
                          ("core mismatch", (3, 2), (3, 2)), ("vector mismatch", (3,), (2,)),
                          ("stack mismatch", (2, 2, 3), (3, 3, 2))]:
        case(f"matmul error, {label}", "matmul", [nd(np.zeros(sa)), nd(np.zeros(sb))],
             lambda: np.matmul(np.zeros(sa), np.zeros(sb)))


def shape_cases():
    a = randn(1, 3, 1)
    case("squeeze all length-1 axes", "squeeze", [nd(a)], lambda: np.squeeze(a))
    for axis in (0, 2, -1, [0, 2]):
        case(f"squeeze axis={axis}", "squeeze", [nd(a), {"raw": axis}],
             lambda: np.squeeze(a, axis=tuple(axis) if isinstance(axis, list) else axis))
    case("squeeze error on a longer axis", "squeeze", [nd(a), {"raw": 1}], lambda: np.squeeze(a, axis=1))
    case("squeeze axis out of bounds", "squeeze", [nd(a), {"raw": 5}], lambda: np.squeeze(a, axis=5))
    case("squeeze a (1,1) cost", "squeeze", [nd([[0.5]])], lambda: np.squeeze(np.array([[0.5]])))
    b = randn(2, 3, 4)
    for axes in ([1, 0, 2], [2, 0, 1], [-1, 0, 1]):
        case(f"transpose axes={axes}", "transpose", [nd(b), {"raw": axes}], lambda: np.transpose(b, axes))
    case("transpose reverses axes", "transpose", [nd(b)], lambda: np.transpose(b))
    case("transpose wrong axis count", "transpose", [nd(b), {"raw": [0, 1]}], lambda: np.transpose(b, (0, 1)))
    case("transpose repeated axis", "transpose", [nd(b), {"raw": [0, 0, 1]}], lambda: np.transpose(b, (0, 0, 1)))
    case("transpose axis out of bounds", "transpose", [nd(b), {"raw": [0, 1, 3]}],
         lambda: np.transpose(b, (0, 1, 3)))
    c = randn(2, 3)
    for axis in (0, 1, 2, -1, [0, 3]):
        case(f"expand_dims axis={axis}", "expand_dims", [nd(c), {"raw": axis}],
             lambda: np.expand_dims(c, tuple(axis) if isinstance(axis, list) else axis))
    case("expand_dims axis out of bounds", "expand_dims", [nd(c), {"raw": -4}], lambda: np.expand_dims(c, -4))
    case("expand_dims repeated axis", "expand_dims", [nd(c), {"raw": [0, 0]}], lambda: np.expand_dims(c, (0, 0)))
    for newshape in ([3, 2], [-1], [6, 1], [1, -1], [3, -1], [-1, 4], [4, 2], [2, -1, 4], [5, -1], [7], [-1, -1]):
        case(f"reshape to {newshape}", "reshape", [nd(c), {"raw": newshape}], lambda: np.reshape(c, newshape))
        case(f"NDArray.reshape to {newshape}", "NDArray.reshape", [nd(c), {"raw": newshape}],
             lambda: c.reshape(*newshape))
    case("reshape a size-1 array to 0-d", "NDArray.reshape", [nd([[2.5]]), {"raw": []}],
         lambda: np.array([[2.5]]).reshape(()))
    for x in (nd(c), nd(np.array(1.0)), nd(np.zeros((0, 3))), {"list": [[1.0, 2.0, 3.0]]}, 4.0):
        arr = decode_for_numpy(x)
        case(f"shape of a {type(arr).__name__} of shape {np.shape(arr)}", "shape", [x], lambda: np.shape(arr))
    for x in (nd(randn(2, 3, 4)), nd(randn(3)), nd(np.array(5.0)), nd(randn(1, 4))):
        arr = decode_for_numpy(x)
        case(f"T of shape {arr.shape}", "NDArray.T", [x], lambda: arr.T)
        case(f"tolist of shape {arr.shape}", "NDArray.tolist", [x], lambda: arr.tolist())


def decode_for_numpy(x):
    if isinstance(x, dict) and "ref" in x:
        enc = ARRAYS[x["ref"]]
        return np.array([float(v) for v in enc["data"]]).reshape(enc["nd"])
    if isinstance(x, dict) and "list" in x:
        return np.array(x["list"], dtype=np.float64)
    return x


def item_cases():
    a = randn(2, 3)
    for args in ([], [4], [-1], [10], [-7], [1, 2], [-1, -3], [1, 5], [1, 2, 3]):
        case(f"item{tuple(args)} of (2,3)", "NDArray.item", [nd(a), {"raw": args}], lambda: a.item(*args))
    for shape in ((), (1,), (1, 1)):
        b = np.full(shape, 0.25)
        case(f"item() of shape {shape}", "NDArray.item", [nd(b), {"raw": []}], lambda: b.item())


def creation_cases():
    for x in ([1, 2, 3], [[1, 2], [3, 4]], [[[1], [2]], [[3], [4]]], [], [[], []], 7, [[1.5, -2.0]]):
        case(f"array from {json.dumps(x)}", "array", [{"list": x} if isinstance(x, list) else x],
             lambda: np.array(x, dtype=np.float64))
    for x in ([[1, 2], [3, 4, 5]], [[[1], [2]], [[3], [4, 5]]], [1, [2]], [[1, 2], 3]):
        case(f"array from ragged {json.dumps(x)}", "array", [{"list": x}], lambda: np.array(x, dtype=np.float64))
    for fn in ("zeros", "ones"):
        f = getattr(np, fn)
        for shape in (3, [2, 3], [], [0, 2], [2, -3], -1):
            case(f"{fn}({shape})", fn, [{"raw": shape}], lambda: f(shape))
    case("full((2,3), 7)", "full", [{"raw": [2, 3]}, 7.0], lambda: np.full((2, 3), 7.0))
    c = randn(2, 3)
    case("zeros_like", "zeros_like", [nd(c)], lambda: np.zeros_like(c))
    case("ones_like", "ones_like", [nd(c)], lambda: np.ones_like(c))
    for args in ([5], [1, 4], [0, 1, 0.3], [1, 0, -0.25], [0.5, 3.5], [3, 1]):
        case(f"arange{tuple(args)}", "arange", list(args), lambda: np.arange(*args, dtype=np.float64))
    for args in ([3], [2, 3], [3, 3, 1], [3, 4, -2]):
        case(f"eye{tuple(args)}", "eye", list(args), lambda: np.eye(*args))


def allclose_cases():
    a = randn(3, 4)
    b = a * (1 + 1e-6)
    c = a + 1e-3
    case("allclose within rtol", "allclose", [nd(a), nd(b)], lambda: np.allclose(a, b))
    case("allclose outside rtol", "allclose", [nd(a), nd(c)], lambda: np.allclose(a, c))
    case("allclose with rtol and atol", "allclose", [nd(a), nd(c)], lambda: np.allclose(a, c, rtol=0, atol=1e-2),
         kwargs={"rtol": 0, "atol": 1e-2})
    case("allclose is asymmetric (|b| scales rtol)", "allclose", [nd([1.0]), nd([1.1])],
         lambda: np.allclose([1.0], [1.1], rtol=0.095, atol=0), kwargs={"rtol": 0.095, "atol": 0})
    case("allclose reversed", "allclose", [nd([1.1]), nd([1.0])],
         lambda: np.allclose([1.1], [1.0], rtol=0.095, atol=0), kwargs={"rtol": 0.095, "atol": 0})
    n1 = np.array([1.0, np.nan, np.inf])
    case("allclose nan is not close", "allclose", [nd(n1), nd(n1)], lambda: np.allclose(n1, n1))
    case("allclose equal_nan", "allclose", [nd(n1), nd(n1)], lambda: np.allclose(n1, n1, equal_nan=True),
         kwargs={"equal_nan": True})
    case("allclose inf vs large", "allclose", [nd([np.inf]), nd([1e308])], lambda: np.allclose([np.inf], [1e308]))
    case("allclose broadcasts", "allclose", [nd(a), nd(a[0])], lambda: np.allclose(a, a[0]))
    case("allclose number and array", "allclose", [0.5, nd(np.full((2, 2), 0.5))],
         lambda: np.allclose(0.5, np.full((2, 2), 0.5)))
    case("allclose broadcast error", "allclose", [nd(np.zeros(2)), nd(np.zeros(3))],
         lambda: np.allclose(np.zeros(2), np.zeros(3)))
    case("isclose elementwise", "isclose", [nd([1.0, 2.0, np.nan]), nd([1.0 + 1e-9, 2.1, np.nan])],
         lambda: np.isclose([1.0, 2.0, np.nan], [1.0 + 1e-9, 2.1, np.nan]))
    case("array_equal same", "array_equal", [nd(a), nd(a.copy())], lambda: np.array_equal(a, a.copy()))
    case("array_equal shape differs", "array_equal", [nd(np.zeros((2, 3))), nd(np.zeros(3))],
         lambda: np.array_equal(np.zeros((2, 3)), np.zeros(3)))
    case("array_equal nan", "array_equal", [nd(n1), nd(n1)], lambda: np.array_equal(n1, n1))
    case("array_equal equal_nan", "array_equal", [nd(n1), nd(n1)], lambda: np.array_equal(n1, n1, equal_nan=True),
         kwargs={"equal_nan": True})


# ---------------------------------------------------------------- repr

def repr_arrays():
    r = np.random.RandomState(1)
    yield "course randn (2,2) with seed 1", r.randn(2, 2), {}
    yield "small integers", np.array([1.0, 2.0, 3.0]), {}
    yield "negative integers in a matrix", np.array([[1.0, -2.0], [3.0, 4.0]]), {}
    yield "halves pad on the right", np.array([1.0, 0.5]), {}
    yield "thirds", np.array([0.1 + 0.2, 1 / 3]), {}
    yield "tie rounds to even at 8 decimals", np.array([1 / 512, 1.0]), {}
    yield "carry into a new digit", np.array([9.999999999, 1.0]), {}
    yield "nearly one", np.array([0.999999999, 1.0000000001]), {}
    yield "ratio 1000 stays positional", np.array([1000.0, 1.0]), {}
    yield "ratio above 1000 goes scientific", np.array([1001.0, 1.0]), {}
    yield "small value goes scientific", np.array([1e-5, 1.0]), {}
    yield "1e-4 stays positional", np.array([1e-4, 1e-3]), {}
    yield "large value goes scientific", np.array([1e8, 1.0]), {}
    yield "just below 1e8", np.array([99999999.0, 1.0]), {}
    yield "mixed magnitudes with signs", np.array([-1.5e-5, 2e10, 3.0]), {}
    yield "scientific with many digits", np.array([123456.789, 1.0]), {}
    yield "tiny", np.array([1e-20]), {}
    yield "three-digit exponents", np.array([1e100, 1e-100, -3.5]), {}
    yield "extremes", np.array([5e-324, 1.7976931348623157e308]), {}
    yield "wide range random", r.randn(6) * 10.0 ** r.uniform(-6, 6, 6), {}
    yield "0-d half", np.array(0.5), {}
    yield "0-d negative zero", np.array(-0.0), {}
    yield "0-d nan", np.array(np.nan), {}
    yield "0-d inf", np.array(np.inf), {}
    yield "0-d -inf", np.array(-np.inf), {}
    yield "0-d large", np.array(1e100), {}
    yield "0-d small", np.array(1e-7), {}
    yield "0-d integer", np.array(3.0), {}
    yield "0-d 123456789", np.array(123456789.0), {}
    yield "0-d cost", np.array(0.2797765635793422), {}
    yield "signed zeros", np.array([-0.0, 0.0]), {}
    yield "nan, one, -inf", np.array([np.nan, 1.0, -np.inf]), {}
    yield "nan and inf only", np.array([np.nan, np.inf]), {}
    yield "single nan", np.array([np.nan]), {}
    yield "single -inf", np.array([-np.inf]), {}
    yield "nan with scientific", np.array([np.nan, 1e-5, 1.0]), {}
    yield "-inf with scientific", np.array([-np.inf, 1e-5]), {}
    yield "1-d randn", r.randn(5), {}
    yield "column (n,1)", r.randn(4, 1), {}
    yield "row (1,n)", r.randn(1, 4), {}
    yield "AL row", np.array([[0.03921668, 0.70498921, 0.19734387]]), {}
    yield "empty (0,)", np.zeros(0), {}
    yield "empty (0,3)", np.zeros((0, 3)), {}
    yield "empty (2,0)", np.zeros((2, 0)), {}
    yield "empty (2,0,3)", np.zeros((2, 0, 3)), {}
    yield "3-d zeros", np.zeros((2, 3, 4)), {}
    yield "4-d randn", r.randn(2, 2, 1, 3), {}
    yield "wide rows wrap at 75", r.randn(3, 30), {}
    yield "long 1-d wraps", r.randn(50), {}
    yield "wide scientific rows", r.randn(2, 12) * 1e-6, {}
    yield "wide integers", np.arange(40.0) * 1e5, {}
    yield "summarised zeros(2000)", np.zeros(2000), {}
    yield "summarised arange(1001)", np.arange(1001.0), {}
    yield "exactly 1000 elements is not summarised", np.arange(1000.0).reshape(10, 100) / 7, {}
    yield "summarised (40,40)", r.randn(40, 40), {}
    yield "summarised (3,400)", r.randn(3, 400), {}
    yield "summarised (1001,1)", r.randn(1001, 1), {}
    yield "summarised (2,1,1001)", np.ones((2, 1, 1001)), {}
    yield "summarised (10,10,11)", r.randn(10, 10, 11), {}
    yield "summary corners decide the format", np.concatenate([[1e-9], np.ones(2000), [2.0]]), {}
    yield "X-like pixels (2000,3)", r.randint(0, 256, (2000, 3)) / 255, {}
    yield "precision 3", r.randn(2, 3), {"precision": 3}
    yield "linewidth 40", r.randn(2, 8), {"linewidth": 40}
    yield "threshold 10 edgeitems 2", np.arange(24.0).reshape(4, 6), {"threshold": 10, "edgeitems": 2}
    yield "suppress small", np.array([1e-10, 1.0, 1000.5]), {"suppress": True}
    yield "precision 2 scientific", np.array([1.23456e-7, 3.0]), {"precision": 2}


def repr_cases():
    out = []
    for name, a, opts in repr_arrays():
        a = np.asarray(a, dtype=np.float64)
        po = {k: v for k, v in opts.items() if k in ("precision", "threshold", "edgeitems", "linewidth", "suppress")}
        with np.printoptions(**po):
            rep, st = repr(a), str(a)
        out.append({"name": name, **nd_inline(a), "options": opts, "repr": rep, "str": st})
    return out


FLOAT_VALUES = [0.0, -0.0, 0.5, 1.0, -1.0, 2.5, 0.125, 1 / 512, 1 / 3, 2 / 3, 0.1, 0.3, 1e-5, 1.5e-5,
                123456789.123456789, 999999.99999999, 9.999999999, 0.999999995, 1e16, 1e22, 1e23,
                9.999999999999999e22, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 12345.678901234,
                0.00195312, 0.0049999999, 100.0, 1e8, 4.35, 0.615, -7.125e-7]
FLOAT_OPTIONS = [
    ("positional", {"precision": 8, "trim": "."}),
    ("positional", {"precision": 8, "trim": ".", "pad_left": 4, "pad_right": 9}),
    ("positional", {"precision": 3, "trim": "k", "min_digits": 3}),
    ("positional", {"trim": "0"}),
    ("positional", {"precision": 2, "trim": "-"}),
    ("positional", {"precision": 2, "trim": "-", "pad_right": 3}),
    ("positional", {"precision": 0, "trim": "."}),
    ("scientific", {"precision": 8, "trim": "."}),
    ("scientific", {"precision": 4, "min_digits": 4, "trim": "k", "exp_digits": 3, "pad_left": 3}),
    ("scientific", {"trim": "-"}),
    ("scientific", {"precision": 0, "trim": "."}),
    ("scientific", {"precision": 2, "trim": "0"}),
]


def float_cases():
    r = np.random.RandomState(7)
    values = FLOAT_VALUES + list(r.standard_normal(40) * 10.0 ** r.uniform(-30, 30, 40))
    out = []
    for kind, opts in FLOAT_OPTIONS:
        f = np.format_float_positional if kind == "positional" else np.format_float_scientific
        for x in values:
            out.append({"kind": kind, "x": num(x), "options": opts, "out": f(np.float64(x), **opts)})
    for x in values + [np.nan, np.inf, -np.inf]:
        out.append({"kind": "pyrepr", "x": num(x), "options": {}, "out": str(np.float64(x))})
    return out


def main():
    warnings.simplefilter("ignore", RuntimeWarning)  # mean of empty slices: the nan is the point
    if np.__version__ != "2.4.6":
        print(f"warning: expected numpy 2.4.6, found {np.__version__}", file=sys.stderr)
    for gen in (binary_cases, unary_cases, where_cases, reduction_cases, pairwise_cases, dot_cases, shape_cases,
                item_cases, creation_cases, allclose_cases):
        gen()
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "ops.json"), "w") as f:
        json.dump({"numpy": np.__version__, "arrays": ARRAYS, "cases": CASES}, f, separators=(",", ":"))
        f.write("\n")
    with open(os.path.join(OUT, "repr.json"), "w") as f:
        json.dump({"numpy": np.__version__, "cases": repr_cases(), "floats": float_cases()}, f, indent=1)
        f.write("\n")
    print(f"{len(CASES)} op cases, repr cases written to {OUT}")


if __name__ == "__main__":
    main()
