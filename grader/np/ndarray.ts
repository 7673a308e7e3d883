import { IndexError, inTypeScriptWords, ValueError } from "./errors";
import { array_str } from "./format";
import { shapeText } from "./shapetext";
import { transpose2d } from "./kernels/transpose";
import { permuteData, sizeOf } from "./strides";

/** Nested JS arrays as `tolist()` returns them: a number for 0-d, arrays of arrays otherwise. */
export type NestedList = number | NestedList[];

const OWNED = Symbol("owned");
/** Set by fromOwned for the one constructor call it makes. */
let creating: typeof OWNED | undefined;

let publicData: (a: NDArray) => Float64Array;
let replaceData: (a: NDArray, values: Float64Array) => void;

/** An array's values, for `#np`'s own code: no copy, and no mark that code outside may hold them. Never write to them. */
export let valuesOf: (a: NDArray) => Float64Array;

/** For `dot` and `matmul`: a lazy transpose's source values (shape[1] × shape[0], row-major), or undefined if the array has its own. */
export let pendingTranspose: (a: NDArray) => Float64Array | undefined;

/**
 * A result made only when first read (by `data`, printing or any `#np` function): `make` must
 * give the same values whenever it runs, so it may only read values that cannot change (lent).
 */
export let fromDeferred: (make: () => Float64Array, shape: readonly number[]) => NDArray;

/** A placeholder for fromDeferred's one constructor call. */
const ONE = new Float64Array(1);

/**
 * Values that stay as they are for as long as the caller holds them (the product keeps copies in
 * WebAssembly memory by their identity): undefined where code outside `#np` may hold them;
 * otherwise the array hands out a copy of them from then on.
 */
export let lendValues: (a: NDArray) => Float64Array | undefined;

/**
 * The array type students write against: float64, row-major, any number of dimensions
 * (0-d, 1-d and 2-d are what the course needs). Mirrors numpy's ndarray where the course uses it.
 * Unlike numpy there are no views: `T`, `reshape` and friends return arrays with their own data.
 *
 * Inside, a matrix's `.T` is made lazily (issue 14: the course transposes its 20 MB image matrix
 * every iteration only to multiply by it): the new array keeps its source's values and transposes
 * them when something reads its `data`, while `dot` and `matmul` hand the untransposed values to
 * the product, which packs them transposed for free (kernels/product.ts). That is sound only
 * while nobody can write to the shared values, so each array knows whether code outside `#np`
 * may hold its values (`#exposed`: they came through the constructor, or out through `data`):
 * such an array's `.T` is a copy at once, as before. And an array whose values are shared with a
 * lazy transpose (`#lent`) hands a copy out through `data`, so a later write cannot reach the
 * transpose. Students see none of this: `data`, `shape`, printing and equality are as before.
 */
export class NDArray {
  /** Dimensions, as numpy's `a.shape`. */
  readonly shape: number[];
  /** Elements in row-major (C) order (an own accessor, so that equality and JSON see it as before). */
  declare readonly data: Float64Array;
  /** The values; undefined while this array is a lazy transpose (then #transposeOf holds its source's). */
  #values: Float64Array | undefined;
  /** A lazy `.T` of a matrix: the matrix's row-major values (shape[1] × shape[0]). */
  #transposeOf: Float64Array | undefined;
  /** A deferred result (fromDeferred): makes the values when first read. */
  #make: (() => Float64Array) | undefined;
  /** While #values is undefined: the element count, and for a lazy `.T` its source's rows (shape may be written to). */
  #pendingSize = 0;
  #sourceRows = 0;
  #sourceCols = 0;
  /** Code outside `#np` may hold #values (so may write to them). */
  #exposed: boolean;
  /** #values are also read by a lazy transpose (or a copy kept by the product): `data` hands out a copy. */
  #lent = false;

  constructor(data: Float64Array, shape: readonly number[]) {
    const owned = creating === OWNED;
    creating = undefined;
    const size = shape.reduce((p, d) => p * d, 1);
    if (data.length !== size) {
      throw new Error(`cannot make an array of shape (${shape.join(",")}) from ${data.length} values`);
    }
    this.shape = [...shape];
    Object.defineProperty(this, "data", DATA);
    this.#values = data;
    this.#transposeOf = undefined;
    this.#make = undefined;
    this.#exposed = !owned;
  }

  static {
    valuesOf = (a) => a.#values ?? a.#materialize();
    publicData = (a) => {
      let values = valuesOf(a);
      if (a.#lent) {
        a.#values = values = values.slice();
        a.#lent = false;
      }
      a.#exposed = true;
      return values;
    };
    replaceData = (a, values) => {
      a.#values = values;
      a.#transposeOf = undefined;
      a.#make = undefined;
      a.#exposed = true;
      a.#lent = false;
    };
    pendingTranspose = (a) => (a.#values === undefined ? a.#transposeOf : undefined);
    fromDeferred = (make, shape) => {
      const a = fromOwned(ONE, []);
      (a as { shape: number[] }).shape = [...shape];
      a.#values = undefined;
      a.#make = make;
      a.#pendingSize = sizeOf(shape);
      return a;
    };
    lendValues = (a) => {
      if (a.#exposed) return undefined;
      const values = valuesOf(a);
      a.#lent = true;
      return values;
    };
  }

  /** Makes a lazy transpose's or a deferred result's values (once). */
  #materialize(): Float64Array {
    const source = this.#transposeOf;
    const values = source ? transpose2d(source, this.#sourceRows, this.#sourceCols) : (this.#make as () => Float64Array)();
    this.#values = values;
    this.#transposeOf = undefined;
    this.#make = undefined;
    return values;
  }

  get ndim(): number {
    return this.shape.length;
  }

  get size(): number {
    return this.#values?.length ?? this.#pendingSize;
  }

  /** Always "float64": the only element type here (numpy would keep ints and bools apart). */
  get dtype(): "float64" {
    return "float64";
  }

  /** numpy's `a.T`: the axes reversed. */
  get T(): NDArray {
    if (this.ndim < 2) return this.copy();
    const [rows, cols] = this.shape;
    if (this.ndim === 2 && !this.#exposed) {
      // a lazy transpose; that of a lazy transpose is an array over the same source values
      const source = this.#transposeOf;
      if (source !== undefined) return fromOwned(source, [this.#sourceRows, this.#sourceCols], true);
      const values = valuesOf(this);
      this.#lent = true;
      const lazy = fromOwned(values, [cols, rows]);
      lazy.#values = undefined;
      lazy.#transposeOf = values;
      lazy.#pendingSize = values.length;
      lazy.#sourceRows = rows;
      lazy.#sourceCols = cols;
      return lazy;
    }
    const axes = this.shape.map((_, i) => this.ndim - 1 - i);
    const p = permuteData(valuesOf(this), this.shape, axes);
    return fromOwned(p.data, p.shape);
  }

  /** numpy's `a.reshape(2, 3)` or `a.reshape([2, 3])`; one dimension may be -1. */
  reshape(...shape: (number | readonly number[])[]): NDArray {
    const wanted = shape.length === 1 && typeof shape[0] !== "number" ? [...shape[0]] : (shape as number[]);
    return fromOwned(valuesOf(this).slice(), resolveShape(wanted, this.size));
  }

  copy(): NDArray {
    return fromOwned(valuesOf(this).slice(), this.shape);
  }

  /**
   * numpy's `a.item()`: the single element of a size-1 array as a number. Like numpy it also
   * takes a flat index, or one index per axis.
   */
  item(...index: number[]): number {
    if (index.length === 0) {
      if (this.size !== 1) throw new ValueError(`${inTypeScriptWords["can only convert an array of size 1 to a Python scalar"]}; this one has shape (${this.shape.join(", ")}${this.ndim === 1 ? "," : ""})`);
      return valuesOf(this)[0];
    }
    if (index.length === 1) {
      const i = index[0];
      if (i < -this.size || i >= this.size) throw new IndexError(`index ${i} is out of bounds for size ${this.size}`);
      return valuesOf(this)[i < 0 ? i + this.size : i];
    }
    if (index.length !== this.ndim) throw new ValueError("incorrect number of indices for array");
    let flat = 0;
    for (let ax = 0; ax < this.ndim; ax++) {
      const n = this.shape[ax];
      const i = index[ax];
      if (i < -n || i >= n) throw new IndexError(`index ${i} is out of bounds for axis ${ax} with size ${n}`);
      flat = flat * n + (i < 0 ? i + n : i);
    }
    return valuesOf(this)[flat];
  }

  /**
   * Nested JS arrays (a number for 0-d). Typed `any`, as numpy's own stubs type it, so that
   * `a.tolist()[0][1]` type-checks; the value is always a `NestedList`.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  tolist(): any {
    const values = valuesOf(this);
    const build = (axis: number, offset: number): NestedList => {
      if (axis === this.ndim) return values[offset];
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

/** `data`: one accessor pair for every array, so that V8 gives them all one hidden class. */
const DATA: PropertyDescriptor = {
  get(this: NDArray) {
    return publicData(this);
  },
  set(this: NDArray, values: Float64Array) {
    replaceData(this, values); // as a plain field allowed (the hostile samples replace it)
  },
  enumerable: true,
  configurable: true, // as a class field is
};

/**
 * An array over values that `#np` has just made and nobody outside holds (`lent`: that another
 * array shares). Every `#np` function makes its results with this; the constructor, which
 * students call with values they hold, makes arrays whose values count as exposed.
 */
export function fromOwned(values: Float64Array, shape: readonly number[], lent = false): NDArray {
  creating = OWNED;
  const a = new NDArray(values, shape);
  if (lent) lendValues(a);
  return a;
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
