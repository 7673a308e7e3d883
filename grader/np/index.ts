/**
 * `#np`: the numpy subset the course uses, with numpy's names, semantics and error texts.
 *
 * Conventions that differ from numpy, on purpose:
 * - every array is float64; comparisons and isnan/isfinite give 0/1 floats, not bools;
 * - functions numpy would answer with a scalar (np.sum(a), np.dot(v, w), np.exp(2)) return a
 *   0-d NDArray; `.item()` turns it into a number;
 * - there are no views: reshape, T, transpose and squeeze return arrays with their own data;
 * - keyword arguments are an options object: np.sum(a, { axis: 1, keepdims: true }).
 */
export { NDArray, type NestedList } from "./ndarray";
export type { ArrayLike } from "./convert";
export { ValueError, AxisError, IndexError } from "./errors";
export { array, asarray, zeros, ones, zeros_like, ones_like, full, full_like, arange, eye, type ShapeLike } from "./create";
export {
  add,
  subtract,
  multiply,
  divide,
  power,
  maximum,
  minimum,
  negative,
  exp,
  log,
  sqrt,
  abs,
  tanh,
  square,
} from "./elementwise";
export {
  greater,
  greater_equal,
  less,
  less_equal,
  equal,
  not_equal,
  isnan,
  isfinite,
  where,
  isclose,
  allclose,
  array_equal,
  type AllcloseOptions,
} from "./compare";
export { broadcastShapes as broadcast_shapes } from "./broadcast";
export { sum, mean, max, min, type ReduceOptions, type ReduceArg } from "./reduce";
export { dot, matmul } from "./linalg";
export { shape, reshape, squeeze, transpose, expand_dims } from "./shape";
export { formatArray, array_repr, array_str, type FormatOptions, type PrintOptions } from "./format";
export * as random from "./random/index";
