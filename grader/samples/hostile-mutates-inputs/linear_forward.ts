// Changes A's numbers in place (through .data) while computing a wrong Z: fails, and says so.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  // YOUR CODE STARTS HERE
  A.data.fill(0);
  const Z = np.add(np.dot(W, A), b);
  // YOUR CODE ENDS HERE
  return [Z, [A, W, b]];
}
