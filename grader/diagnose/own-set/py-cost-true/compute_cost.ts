import * as np from "#np";
import type { NDArray } from "#np";

export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const logprobs = np.add(np.multiply(Y, np.log(AL)), np.multiply(np.subtract(1, Y), np.log(np.subtract(1, AL))));
  const cost = np.multiply(-1 / m, np.sum(logprobs, { axis: 1, keepdims: True }));
  return np.squeeze(cost).item();
}
