import * as np from "#np";
import type { NDArray } from "#np";

export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const cost = (-1 / m) * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL));
  return cost;
}
