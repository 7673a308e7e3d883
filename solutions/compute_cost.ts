import * as np from "#np";
import type { NDArray } from "#np";

/**
 * The cross-entropy cost.
 *
 * @param AL predicted probabilities, A[L]: (1, m)
 * @param Y true labels, 0 or 1: (1, m)
 * @returns J = -(1/m) Σ_i (y_i log(a_i) + (1 - y_i) log(1 - a_i)), as a plain number
 */
export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1]; // number of examples

  // The sums over examples are dot products with the transposes: (1, m)·(m, 1) -> (1, 1)
  const log_likelihood = np.add(
    np.dot(Y, np.log(AL).T), //                                  Σ y·log(a)
    np.dot(np.subtract(1, Y), np.log(np.subtract(1, AL)).T), //   Σ (1-y)·log(1-a)
  );
  const cost = np.multiply(-1 / m, log_likelihood); // J = -(1/m)·(...), still (1, 1)
  return np.squeeze(cost).item(); // (1, 1) -> () -> a number, as the course's np.squeeze(cost)
}
