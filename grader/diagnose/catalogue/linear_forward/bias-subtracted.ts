// Catalogued mistake: Z = W·A - b.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [Z: NDArray, cache: LinearCache] {
  const Z = np.subtract(np.dot(W, A), b); // MISTAKE: np.add
  const cache: LinearCache = [A, W, b];
  return [Z, cache];
}
