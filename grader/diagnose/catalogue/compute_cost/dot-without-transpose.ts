// Catalogued mistake (it throws on the course's cases): Y·log(AL) without the transpose, (1, m)·(1, m), which np.dot refuses.
import * as np from "#np";
import type { NDArray } from "#np";

export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1]; // number of examples

  // The sums over examples are dot products with the transposes: (1, m)·(m, 1) -> (1, 1)
  const log_likelihood = np.add(
    np.dot(Y, np.log(AL)), // MISTAKE: np.dot(Y, np.log(AL).T)
    np.dot(np.subtract(1, Y), np.log(np.subtract(1, AL))), // MISTAKE: the same
  );
  const cost = np.multiply(-1 / m, log_likelihood); // J = -(1/m)·(...), still (1, 1)
  return np.squeeze(cost).item(); // (1, 1) -> () -> a number, as the course's np.squeeze(cost)
}
