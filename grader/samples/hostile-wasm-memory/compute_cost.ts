import * as np from "#np";
import type { NDArray } from "#np";

export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  // YOUR CODE STARTS HERE
  const logprobs = np.add(np.dot(Y, np.log(AL).T), np.dot(np.subtract(1, Y), np.log(np.subtract(1, AL)).T));
  const cost = np.multiply(-1 / m, logprobs);
  // YOUR CODE ENDS HERE
  return np.squeeze(cost).item();
}
