import { IndexError, inTypeScriptWords, ValueError } from "./errors";
import { array_str } from "./format";
import { shapeText } from "./shapetext";
import { permuteData, sizeOf } from "./strides";

/** Nested JS arrays as `tolist()` returns them: a number for 0-d, arrays of arrays otherwise. */
export type NestedList = number | NestedList[];

/**
 * The array type students write against: float64, row-major, any number of dimensions
 * (0-d, 1-d and 2-d are what the course needs). Mirrors numpy's ndarray where the course uses it.
 * Unlike numpy there are no views: `T`, `reshape` and friends return arrays with their own data.
 */
export class NDArray {
  /** Dimensions, as numpy's `a.shape`. */
  readonly shape: number[];
  /** Elements in row-major (C) order. */
  readonly data: Float64Array;

  constructor(data: Float64Array, shape: readonly number[]) {
    const size = shape.reduce((p, d) => p * d, 1);
    if (data.length !== size) {
      throw new Error(`cannot make an array of shape (${shape.join(",")}) from ${data.length} values`);
    }
    this.shape = [...shape];
    this.data = data;
  }

  get ndim(): number {
    return this.shape.length;
  }

  get size(): number {
    return this.data.length;
  }

  /** Always "float64": the only element type here (numpy would keep ints and bools apart). */
  get dtype(): "float64" {
    return "float64";
  }

  /** numpy's `a.T`: the axes reversed. */
  get T(): NDArray {
    if (this.ndim < 2) return this.copy();
    const axes = this.shape.map((_, i) => this.ndim - 1 - i);
    const p = permuteData(this.data, this.shape, axes);
    return new NDArray(p.data, p.shape);
  }

  /** numpy's `a.reshape(2, 3)` or `a.reshape([2, 3])`; one dimension may be -1. */
  reshape(...shape: (number | readonly number[])[]): NDArray {
    const wanted = shape.length === 1 && typeof shape[0] !== "number" ? [...shape[0]] : (shape as number[]);
    return new NDArray(this.data.slice(), resolveShape(wanted, this.size));
  }

  copy(): NDArray {
    return new NDArray(this.data.slice(), this.shape);
  }

  /**
   * numpy's `a.item()`: the single element of a size-1 array as a number. Like numpy it also
   * takes a flat index, or one index per axis.
   */
  item(...index: number[]): number {
    if (index.length === 0) {
      if (this.size !== 1) throw new ValueError(`${inTypeScriptWords["can only convert an array of size 1 to a Python scalar"]}; this one has shape (${this.shape.join(", ")}${this.ndim === 1 ? "," : ""})`);
      return this.data[0];
    }
    if (index.length === 1) {
      const i = index[0];
      if (i < -this.size || i >= this.size) throw new IndexError(`index ${i} is out of bounds for size ${this.size}`);
      return this.data[i < 0 ? i + this.size : i];
    }
    if (index.length !== this.ndim) throw new ValueError("incorrect number of indices for array");
    let flat = 0;
    for (let ax = 0; ax < this.ndim; ax++) {
      const n = this.shape[ax];
      const i = index[ax];
      if (i < -n || i >= n) throw new IndexError(`index ${i} is out of bounds for axis ${ax} with size ${n}`);
      flat = flat * n + (i < 0 ? i + n : i);
    }
    return this.data[flat];
  }

  /**
   * Nested JS arrays (a number for 0-d). Typed `any`, as numpy's own stubs type it, so that
   * `a.tolist()[0][1]` type-checks; the value is always a `NestedList`.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  tolist(): any {
    const build = (axis: number, offset: number): NestedList => {
      if (axis === this.ndim) return this.data[offset];
      const step = sizeOf(this.shape.slice(axis + 1));
      return Array.from({ length: this.shape[axis] }, (_, i) => build(axis + 1, offset + i * step));
    };
    return build(0, 0);
  }

  /** numpy's `str(a)`, as Python's `print(a)` and f-strings show it; `np.array_repr(a)` gives the repr. */
  toString(): string {
    return array_str(this);
  }

  /**
   * Makes console.log and util.inspect print what Python's `print(a)` prints (numpy's str: the form
   * of every expected output in exercises/README.md), instead of the class fields.
   */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return array_str(this);
  }
}

/** Fills in a -1 (any negative, as numpy accepts) and checks the element count, with numpy's texts. */
export function resolveShape(shape: readonly number[], size: number): number[] {
  const unknown = shape.flatMap((d, i) => (d < 0 ? [i] : []));
  if (unknown.length > 1) throw new ValueError("can only specify one unknown dimension");
  const known = shape.reduce((p, d) => (d < 0 ? p : p * d), 1);
  const out = [...shape];
  if (unknown.length === 1 && known !== 0 && size % known === 0) out[unknown[0]] = size / known;
  if (sizeOf(out) !== size || out.some((d) => d < 0 || !Number.isInteger(d))) {
    throw new ValueError(`cannot reshape array of size ${size} into shape ${shapeText(shape)}`);
  }
  return out;
}
