// Catalogued mistake: the cache keeps only [A, W]; linear_backward does not need b, but the course's cache is [A, W, b].
import * as np from "#np";
import type { NDArray } from "#np";
import type { LinearCache } from "./dnn_utils";

export function linear_forward(A: NDArray, W: NDArray, b: NDArray): [Z: NDArray, cache: LinearCache] {
  const Z = np.add(np.dot(W, A), b);
  const cache = [A, W] as unknown as LinearCache; // MISTAKE: [A, W, b]
  return [Z, cache];
}
