// A real mistake: the cost left as a (1, 1) array instead of a number.
import * as np from "#np";
import type { NDArray } from "#np";

export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const logprobs = np.add(np.dot(Y, np.log(AL).T), np.dot(np.subtract(1, Y), np.log(np.subtract(1, AL)).T));
  return np.multiply(-1 / m, logprobs) as unknown as number;
}
