// Catalogued mistake: the cache holds [W, A, b] instead of [A, W, b].
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [Z: NDArray, cache: LinearCache] {
  const Z = np.add(np.dot(W, A), b);
  const cache = [W, A, b] as LinearCache; // MISTAKE: [A, W, b]
  return [Z, cache];
}
