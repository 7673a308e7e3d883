// The function is there but not exported.
import * as np from "#np";
import type { NDArray } from "#np";

function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const logprobs = np.add(np.dot(Y, np.log(AL).T), np.dot(np.subtract(1, Y), np.log(np.subtract(1, AL)).T));
  return np.squeeze(np.multiply(-1 / m, logprobs)).item();
}

export const cost = compute_cost;
