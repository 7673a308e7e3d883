// Catalogued mistake: the average taken twice: np.mean over the examples, then divided by m again.
import * as np from "#np";
import type { NDArray } from "#np";

export function compute_cost(AL: NDArray, Y: NDArray): number {
  const m = Y.shape[1];
  const terms = np.add(np.multiply(Y, np.log(AL)), np.multiply(np.subtract(1, Y), np.log(np.subtract(1, AL))));
  const cost = np.multiply(-1 / m, np.mean(terms)); // MISTAKE: np.mean already divides by m
  return np.squeeze(cost).item();
}
