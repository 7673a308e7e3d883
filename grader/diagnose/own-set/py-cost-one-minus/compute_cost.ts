import * as np from "#np";
import type { NDArray } from "#np";

export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const logprobs = np.add(np.multiply(np.log(AL), Y), np.multiply(np.log(1 - AL), np.subtract(1, Y)));
  const cost = np.multiply(-1 / m, np.sum(logprobs));
  return cost.item();
}
