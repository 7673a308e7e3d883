import * as np from "#np";
import type { NDArray } from "#np";
import { NotImplementedError } from "./dnn_utils";

/**
 * The cross-entropy cost.
 *
 * @param AL predicted probabilities, A[L]: (1, m)
 * @param Y true labels, 0 or 1: (1, m)
 * @returns J = -(1/m) Σ_i (y_i log(a_i) + (1 - y_i) log(1 - a_i)), as a plain number
 *
 * Use np.log, np.multiply, np.subtract and np.sum (or np.dot with a transpose to do the sum).
 * The result must be a JS number, not an array: e.g. np.squeeze(cost).item().
 */
export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1]; // number of examples

  // YOUR CODE STARTS HERE
  throw new NotImplementedError("compute_cost");
  // YOUR CODE ENDS HERE
}
