import * as np from "#np";
import type { NDArray } from "#np";

export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const cost = np.multiply(-1 / m, np.add(np.dot(Y, np.log(AL)), np.dot(np.subtract(1, Y), np.log(np.subtract(1, AL)))));
  return np.squeeze(cost).item();
}
