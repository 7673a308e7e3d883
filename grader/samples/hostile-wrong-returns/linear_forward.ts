// Written as an async function: it returns a Promise, not [Z, cache].
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export async function linear_forward(A: NDArray, W: NDArray, b: NDArray): Promise<[NDArray, LinearCache]> {
  // YOUR CODE STARTS HERE
  const Z = np.add(np.dot(W, A), b);
  // YOUR CODE ENDS HERE
  return [Z, [A, W, b]];
}
