import { describe, expect, it } from "vitest";
import * as np from "./index";
import { AxisError, NDArray, ValueError } from "./index";

const CONTRACT = [
  "NDArray", "array", "asarray", "zeros", "ones", "zeros_like", "ones_like", "full", "arange", "eye",
  "add", "subtract", "multiply", "divide", "power", "maximum", "minimum", "negative", "exp", "log", "sqrt",
  "abs", "tanh", "square", "where", "isnan", "isfinite", "greater", "greater_equal", "less", "less_equal",
  "equal", "not_equal", "dot", "matmul", "sum", "mean", "max", "min", "squeeze", "reshape", "transpose",
  "expand_dims", "shape", "allclose", "array_equal", "formatArray", "ValueError", "random",
];

describe("the #np module", () => {
  it("exports every name of the design contract", () => {
    const missing = CONTRACT.filter((name) => !(name in np));
    expect(missing).toEqual([]);
  });

  it("re-exports np.random from the random module", () => {
    expect(typeof np.random.seed).toBe("function");
    expect(typeof np.random.randn).toBe("function");
  });
});

describe("NDArray", () => {
  it("keeps the (data, shape) constructor and reports ndim, size and dtype", () => {
    const a = new NDArray(Float64Array.of(1, 2, 3, 4, 5, 6), [2, 3]);
    expect([a.ndim, a.size, a.dtype]).toEqual([2, 6, "float64"]);
    expect(new NDArray(Float64Array.of(7), []).ndim).toBe(0);
  });

  it("reshapes from numbers or from one array, with one -1 inferred", () => {
    const a = np.arange(6);
    expect(a.reshape(3, 2).shape).toEqual([3, 2]);
    expect(a.reshape([3, -1]).shape).toEqual([3, 2]);
    expect(a.reshape(-1).shape).toEqual([6]);
  });

  it("returns new data from reshape, T and copy, so writes do not leak back", () => {
    const a = np.array([[1, 2], [3, 4]]);
    for (const b of [a.reshape(4), a.T, a.copy(), np.squeeze(a), np.array(a)]) {
      b.data[0] = 99;
      expect(a.data[0]).toBe(1);
    }
  });

  it("keeps T's values apart from its source's whichever is written first, and whoever made the source", () => {
    const sources = () => [np.arange(6).reshape(2, 3), new NDArray(Float64Array.of(0, 1, 2, 3, 4, 5), [2, 3])];
    for (const a of sources()) {
      const t = a.T;
      a.data[1] = 99; // after T was taken: T keeps the value it had
      expect(t.tolist()).toEqual([[0, 3], [1, 4], [2, 5]]);
      expect(a.tolist()).toEqual([[0, 99, 2], [3, 4, 5]]);
    }
    for (const a of sources()) {
      const t = a.T;
      t.data[1] = 99;
      expect(a.tolist()).toEqual([[0, 1, 2], [3, 4, 5]]);
      expect(t.T.tolist()).toEqual([[0, 1, 2], [99, 4, 5]]);
    }
    for (const a of sources()) {
      const [t, tt] = [a.T, a.T.T];
      expect(np.dot(a, t).tolist()).toEqual([[5, 14], [14, 50]]); // T read by the product, never made
      a.data[0] = 7;
      expect([t.item(0, 0), tt.item(0, 0), a.item(0, 0)]).toEqual([0, 0, 7]);
      tt.data[0] = 8;
      expect([t.item(0, 0), tt.item(0, 0), a.item(0, 0)]).toEqual([0, 8, 7]);
    }
  });

  it("multiplies by what a big array holds now, after a product kept its values and a write went through data", () => {
    const X = np.ones([1100, 1000]); // big enough for the product to keep its values in wasm memory
    const W = np.ones([2, 1100]);
    expect(np.dot(W, X).item(0, 0)).toBe(1100);
    expect(np.dot(W, X.T.T).item(0, 0)).toBe(1100);
    X.data[0] = 101; // X hands out a copy of the values the product keeps, and uses it from now on
    expect(np.dot(W, X).item(0, 0)).toBe(1200);
    expect(np.dot(W.T.T, X.T.T).item(0, 0)).toBe(1200);
    expect(np.dot(np.ones([2, 1000]), X.T).item(0, 0)).toBe(1100);
  });

  it("gives a big product's values as they were at the call, however late they are read", () => {
    const W = np.ones([1100, 3]);
    const Z = np.ones([3, 1000]); // a 1100 × 1000 result: made when first read
    const [P, Q] = [np.dot(W, Z), np.matmul(W.T.T, Z)];
    expect([P.shape, P.size, Q.size]).toEqual([[1100, 1000], 1100000, 1100000]);
    W.data[0] = 5;
    Z.data[0] = 7;
    expect([P.item(0, 0), Q.item(0, 0), P.item(1, 0)]).toEqual([3, 3, 3]);
    expect(np.dot(W, Z).item(0, 0)).toBe(37);
    const R = np.dot(W.T.T, Z); // from arrays whose values went out: made at once, the same values
    expect(np.array_equal(R, np.dot(W, Z))).toBe(true);
  });

  it("shows a lazy T exactly as the transpose it stands for: data, size, equality, JSON, printing", () => {
    const a = np.arange(6).reshape(2, 3);
    const made = new NDArray(Float64Array.of(0, 3, 1, 4, 2, 5), [3, 2]);
    expect(a.T).toEqual(made);
    expect(Object.keys(a.T)).toEqual(["shape", "data"]);
    expect(JSON.stringify(a.T)).toBe(JSON.stringify(made));
    expect([a.T.size, String(a.T), a.T.item(5)]).toEqual([6, String(made), 5]);
    expect(np.transpose(a).tolist()).toEqual(made.tolist());
  });

  it("transposes with T by reversing the axes", () => {
    const a = np.arange(24).reshape(2, 3, 4);
    expect(a.T.shape).toEqual([4, 3, 2]);
    expect(a.T.item(3, 2, 1)).toBe(a.item(1, 2, 3));
    expect(np.array([[1, 2, 3]]).T.tolist()).toEqual([[1], [2], [3]]);
  });

  it("gives a number from item() of a size-1 array and numpy's error otherwise", () => {
    expect(np.array([[0.25]]).item()).toBe(0.25);
    expect(() => np.zeros([2, 2]).item()).toThrow("can only convert an array of size 1 to a number; this one has shape (2, 2)");
  });

  it("turns into nested lists with tolist, and into a number when 0-d", () => {
    expect(np.array([[1, 2], [3, 4]]).tolist()).toEqual([[1, 2], [3, 4]]);
    expect(np.sum(np.array([1, 2])).tolist()).toBe(3);
  });
});

describe("numbers and conversions", () => {
  it("returns 0-d arrays where numpy returns scalars", () => {
    for (const r of [np.add(1, 2), np.exp(0), np.sum([1, 2]), np.dot([1, 2], [3, 4]), np.max([[1, 5]])]) {
      expect(r).toBeInstanceOf(NDArray);
      expect(r.shape).toEqual([]);
    }
    expect(np.dot([1, 2], [3, 4]).item()).toBe(11);
  });

  it("returns an NDArray unchanged from asarray and copies it in array", () => {
    const a = np.zeros(3);
    expect(np.asarray(a)).toBe(a);
    expect(np.array(a)).not.toBe(a);
    expect(np.array(a).tolist()).toEqual([0, 0, 0]);
  });

  it("accepts booleans and NDArrays inside nested lists", () => {
    expect(np.array([true, false]).tolist()).toEqual([1, 0]);
    expect(np.array([np.array([1, 2]), np.array([3, 4])]).shape).toEqual([2, 2]);
  });

  it("rejects what is not a number with a TypeError that says what it got", () => {
    expect(() => np.array([1, "2" as unknown as number])).toThrow(/got the string "2"/);
    expect(() => np.add(undefined as unknown as number, 1)).toThrow(TypeError);
  });

  it("accepts shapes as a number or a list in zeros, ones and full", () => {
    expect(np.zeros(3).shape).toEqual([3]);
    expect(np.ones([2, 1]).tolist()).toEqual([[1], [1]]);
    expect(np.full([2], 7).tolist()).toEqual([7, 7]);
  });
});

describe("errors", () => {
  it("throws ValueError instances named like numpy's exceptions", () => {
    let e: unknown;
    try {
      np.add(np.zeros([3, 4]), np.zeros([2, 1]));
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(ValueError);
    expect((e as Error).name).toBe("ValueError");
    expect((e as Error).message).toBe("operands could not be broadcast together with shapes (3,4) (2,1) ");
  });

  it("makes AxisError a ValueError, as numpy does", () => {
    expect(() => np.sum(np.zeros([2, 2]), { axis: 2 })).toThrow(AxisError);
    expect(() => np.sum(np.zeros([2, 2]), { axis: 2 })).toThrow(ValueError);
  });
});

describe("the course's idioms", () => {
  it("computes relu_backward's mask with where and greater", () => {
    const dA = np.array([[2, 2, 2]]);
    const Z = np.array([[-1, 0, 1]]);
    expect(np.where(np.greater(Z, 0), dA, 0).tolist()).toEqual([[0, 0, 2]]);
  });

  it("sums over examples with axis 1 and keepdims, giving a column", () => {
    const dZ = np.array([[1, 2, 3], [4, 5, 6]]);
    expect(np.sum(dZ, { axis: 1, keepdims: true }).tolist()).toEqual([[6], [15]]);
  });

  it("broadcasts a (n, 1) bias over (n, m) activations", () => {
    const Z = np.add(np.dot(np.ones([2, 3]), np.ones([3, 4])), np.array([[1], [2]]));
    expect(Z.tolist()).toEqual([[4, 4, 4, 4], [5, 5, 5, 5]]);
  });

  it("takes the axis as numpy's positional argument too: sum(a, 1)", () => {
    const a = np.array([[1, 2], [3, 4]]);
    expect(np.sum(a, 1).tolist()).toEqual([3, 7]);
    expect(np.max(a, [0, 1]).item()).toBe(4);
    expect(np.mean(a, null).item()).toBe(2.5);
  });

  it("rejects a misspelt option with Python's TypeError text instead of ignoring it", () => {
    const a = np.zeros([2, 2]);
    expect(() => np.sum(a, { keepdim: true } as never)).toThrow("sum() got an unexpected keyword argument 'keepdim'");
    expect(() => np.allclose(a, a, { rtl: 1 } as never)).toThrow("allclose() got an unexpected keyword argument 'rtl'");
  });

  it("squeezes a (1, 1) cost to a 0-d array whose item is a number", () => {
    expect(np.squeeze(np.array([[0.5]])).item()).toBe(0.5);
  });

  it("prints large arrays summarised for reports, and numpy's str on request", () => {
    const s = np.formatArray(np.zeros([12288, 209]));
    expect(s.split("\n")).toHaveLength(7);
    expect(s.endsWith("shape=(12288, 209))")).toBe(true);
    expect(np.formatArray(np.array([[1, 2]]), { style: "str" })).toBe("[[1. 2.]]");
  });
});
