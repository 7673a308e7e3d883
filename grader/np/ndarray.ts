/**
 * The array type students write against: float64, row-major, any number of dimensions
 * (0-d, 1-d and 2-d are what the course needs). Mirrors numpy's ndarray where the course uses it.
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
}
