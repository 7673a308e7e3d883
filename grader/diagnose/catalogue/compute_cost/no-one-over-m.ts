// Catalogued mistake: the sum over the examples is not divided by m.
import * as np from "#np";
import type { NDArray } from "#np";

export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const log_likelihood = np.add(np.dot(Y, np.log(AL).T), np.dot(np.subtract(1, Y), np.log(np.subtract(1, AL)).T));
  const cost = np.negative(log_likelihood); // MISTAKE: -(1/m) · log_likelihood
  return np.squeeze(cost).item();
}
