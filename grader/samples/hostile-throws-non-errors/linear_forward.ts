// Throws a bare string instead of an Error.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  // YOUR CODE STARTS HERE
  if (W.shape[1] !== A.shape[0]) throw "shapes do not match";
  throw "TODO: finish linear_forward";
  // YOUR CODE ENDS HERE
}
