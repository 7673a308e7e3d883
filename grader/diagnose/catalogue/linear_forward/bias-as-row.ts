// Catalogued mistake: the bias added as a row (bᵀ), broadcast over the units instead of over the examples.
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [Z: NDArray, cache: LinearCache] {
  const Z = np.add(np.dot(W, A), b.T); // MISTAKE: b, a column (n[l], 1)
  const cache: LinearCache = [A, W, b];
  return [Z, cache];
}
