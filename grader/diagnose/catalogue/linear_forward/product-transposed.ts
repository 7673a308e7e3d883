// Catalogued mistake: the product written Aᵀ·Wᵀ, which is Z transposed: (m, n[l]) instead of (n[l], m).
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [Z: NDArray, cache: LinearCache] {
  const Z = np.add(np.dot(A.T, W.T), b); // MISTAKE: np.dot(W, A)
  const cache: LinearCache = [A, W, b];
  return [Z, cache];
}
