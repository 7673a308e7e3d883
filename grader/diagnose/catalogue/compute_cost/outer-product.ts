// Catalogued mistake: np.dot with the transpose on the wrong factor: Yᵀ·log(AL) is an (m, m) outer product, not a sum over the examples.
import * as np from "#np";
import type { NDArray } from "#np";

export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const log_likelihood = np.add(
    np.dot(Y.T, np.log(AL)), // MISTAKE: np.dot(Y, np.log(AL).T), (1, m)·(m, 1)
    np.dot(np.subtract(1, Y).T, np.log(np.subtract(1, AL))), // MISTAKE: the same
  );
  const cost = np.multiply(-1 / m, np.sum(log_likelihood));
  return np.squeeze(cost).item();
}
