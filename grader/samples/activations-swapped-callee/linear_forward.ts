import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

/**
 * The linear part of a layer's forward step.
 *
 * @param A activations of the previous layer (or the input X), A[l-1]: (n[l-1], m)
 * @param W weights W[l]: (n[l], n[l-1])
 * @param b bias b[l]: (n[l], 1)
 * @returns [Z, cache] with Z[l] = W[l]·A[l-1] + b[l]: (n[l], m), and cache = [A, W, b] for the backward pass
 */
export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [Z: NDArray, cache: LinearCache] {
  const Z = np.add(np.dot(W, A), b); // Z = W·A_prev + b, b broadcast over the m columns
  const cache: LinearCache = [A, W, b]; // what linear_backward needs to compute dA_prev, dW, db
  return [Z, cache];
}
