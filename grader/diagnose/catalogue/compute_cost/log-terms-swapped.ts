// Catalogued mistake: log(1 - a) paired with y and log(a) with 1 - y.
import * as np from "#np";
import type { NDArray } from "#np";

export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const log_likelihood = np.add(
    np.dot(Y, np.log(np.subtract(1, AL)).T), // MISTAKE: y pairs with log(a)
    np.dot(np.subtract(1, Y), np.log(AL).T), // MISTAKE: 1 - y pairs with log(1 - a)
  );
  const cost = np.multiply(-1 / m, log_likelihood);
  return np.squeeze(cost).item();
}
