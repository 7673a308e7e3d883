import * as np from "#np";
import type { NDArray } from "#np";
import { NotImplementedError } from "./dnn_utils";
import type { LinearCache } from "./dnn_utils";

/**
 * The linear part of a layer's forward step.
 *
 * @param A activations of the previous layer (or the input X), A[l-1]: (n[l-1], m)
 * @param W weights W[l]: (n[l], n[l-1])
 * @param b bias b[l]: (n[l], 1)
 * @returns [Z, cache] with Z[l] = W[l]·A[l-1] + b[l]: (n[l], m), and cache = [A, W, b]
 *
 * Compute Z = W·A + b with np.dot and np.add (b broadcasts over the m columns), keep
 * cache = [A, W, b] for linear_backward, and return [Z, cache].
 */
export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [Z: NDArray, cache: LinearCache] {
  // YOUR CODE STARTS HERE
  throw new NotImplementedError("linear_forward");
  // YOUR CODE ENDS HERE
}
