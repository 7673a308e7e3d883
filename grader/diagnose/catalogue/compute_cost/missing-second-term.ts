// Catalogued mistake: only the y·log(a) term: the examples labelled 0 cost nothing.
import * as np from "#np";
import type { NDArray } from "#np";

export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const log_likelihood = np.dot(Y, np.log(AL).T); // MISTAKE: + (1 - y)·log(1 - a) is missing
  const cost = np.multiply(-1 / m, log_likelihood);
  return np.squeeze(cost).item();
}
