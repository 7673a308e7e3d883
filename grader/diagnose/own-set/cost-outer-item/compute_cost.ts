import * as np from "#np";
import type { NDArray } from "#np";

export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const first = np.dot(Y.T, np.log(AL));
  const second = np.dot(np.subtract(1, Y).T, np.log(np.subtract(1, AL)));
  const cost = np.multiply(-1 / m, np.add(first, second));
  return cost.item();
}
