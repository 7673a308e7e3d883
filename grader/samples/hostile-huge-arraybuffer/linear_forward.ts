// Asks for a 4 GB buffer "to cache results". The memory cap (prlimit --data) makes the
// allocation fail with a RangeError instead of succeeding lazily: an error of this function only.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  // YOUR CODE STARTS HERE
  const scratch = new Float64Array(new ArrayBuffer(4 * 1024 ** 3));
  scratch[0] = 1;
  const Z = np.add(np.dot(W, A), b);
  // YOUR CODE ENDS HERE
  return [Z, [A, W, b]];
}
