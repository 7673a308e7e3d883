// Catalogued mistake: the cost returned as the (1, 1) array np.dot gives, not as a number.
import * as np from "#np";
import type { NDArray } from "#np";

export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const log_likelihood = np.add(np.dot(Y, np.log(AL).T), np.dot(np.subtract(1, Y), np.log(np.subtract(1, AL)).T));
  const cost = np.multiply(-1 / m, log_likelihood);
  return cost as unknown as number; // MISTAKE: np.squeeze(cost).item()
}
