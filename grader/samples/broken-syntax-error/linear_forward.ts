// A typo: a missing closing parenthesis.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [NDArray, LinearCache] {
  // YOUR CODE STARTS HERE
  const Z = np.add(np.dot(W, A), b;
  // YOUR CODE ENDS HERE
  return [Z, [A, W, b]];
}
